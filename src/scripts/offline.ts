// Offline reading, loaded by SearchBox's script once the page has loaded and the browser is idle
// (so it costs nothing before then): registers the service worker and asks it to save every page
// of this language, its search and its files. Not when the reader saves data or is on 2G; a
// worker installed before still answers offline then, and the footer line says so.
const sw = navigator.serviceWorker;
const note = document.querySelector<HTMLElement>('[data-offline-note]');
if (sw && note) {
  const lang = document.documentElement.lang;
  const net = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
  const frugal = !!net?.saveData || /2g/.test(net?.effectiveType ?? '');
  const warm = (worker?: ServiceWorker | null) => worker?.postMessage({ type: 'warm', lang });
  sw.addEventListener('message', (e) => {
    const d = e.data as { type?: string; lang?: string; state?: string; pages?: number } | null;
    if (d?.type !== 'offline' || d.lang !== lang) return;
    note.textContent = d.state === 'ready' ? note.dataset.ready!.replace('{n}', (d.pages ?? 0).toLocaleString(lang)) : d.state === 'saving' ? note.dataset.saving! : '';
  });
  // A new worker (after a deploy) takes over: it saves the new build.
  sw.addEventListener('controllerchange', () => warm(sw.controller));
  if (frugal) warm(sw.controller);
  else sw.register('/sw.js').then(() => sw.ready).then((r) => warm(r.active), () => {});
}

export {};
