// On the decoder page only: loads the decoder on the first focus, paste or click, so that
// reading the page costs no script beyond this. Bundled with the search box's script (one
// script per page). The form never submits: without the decoder there is nothing to send it to,
// and the textarea has no name, so nothing pasted can end up in a URL.
const form = document.querySelector<HTMLFormElement>('form[data-decode]');
if (form) {
  let loading: Promise<unknown> | undefined;
  const load = () => (loading ??= import('./decode.ts').then((m) => m.start(form)));
  for (const type of ['focusin', 'pointerdown', 'paste', 'input']) form.addEventListener(type, load, { once: true });
  // A click or Enter before the decoder has loaded is remembered and carried out once it has.
  form.addEventListener('click', (e) => {
    const button = (e.target as Element).closest('button');
    if (button && !form.dataset.started) form.dataset.pending = button.dataset.example ?? (button.hasAttribute('data-clear') ? 'clear' : 'run');
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!form.dataset.started) form.dataset.pending ??= 'run';
    void load();
  });
}
