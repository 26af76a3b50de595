// Copies a page's ticket line, loaded on the first click of a copy button (SearchBox.astro).
// Where the clipboard API is refused (permission, an old browser, plain http), the line is
// shown selected in a field, and the reader copies it with the usual keys.
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
  status.textContent = button.dataset.manual ?? '';
}
