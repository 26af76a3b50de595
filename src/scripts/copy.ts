// Copies a page's ticket line, loaded on the first click of a copy button (SearchBox.astro).
// Where the clipboard API is refused (permission, an old browser, http), the line is shown
// selected in a field, and the browser's own copy command is tried before asking the reader.
export async function copy(button: HTMLButtonElement): Promise<void> {
  const box = button.parentElement!;
  const status = box.querySelector<HTMLElement>('.copy-status')!;
  const field = box.querySelector<HTMLInputElement>('.copy-fallback')!;
  const line = `${button.dataset.copy} ${location.origin}${button.dataset.path}`;
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(line);
    status.textContent = button.dataset.done ?? '';
    return;
  } catch {
    // Refused: fall back to a selected field.
  }
  field.value = line;
  field.hidden = false;
  field.focus();
  field.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  status.textContent = (copied ? button.dataset.done : button.dataset.manual) ?? '';
}
