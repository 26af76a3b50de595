// Offline support. After the first page has loaded and the browser is idle, the page asks a
// service worker to fetch what search needs in that page's language (Pagefind's index, the
// search code and data), so search keeps working when the network goes away; pages the user
// opened stay readable.
// The worker is written at build time with the list of files and a version that changes
// whenever any of them does, so a new build replaces the old cache.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Pagefind's ready-made UIs: this site has its own, so they are not published.
const UNUSED = ['wasm.unknown.pagefind', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const WORKER = `
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(COMMON)).then(() => self.skipWaiting()));
});
self.addEventListener('message', (event) => {
  const files = event.data && event.data.type === 'warm' && BY_LANG[event.data.lang] ? COMMON.concat(BY_LANG[event.data.lang]) : undefined;
  if (!files) return;
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      const missing = [];
      for (const f of files) if (!(await cache.match(f))) missing.push(f);
      await cache.addAll(missing);
      if (event.source) event.source.postMessage({ type: 'warmed', lang: event.data.lang });
    }),
  );
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so that a new build shows at once; the cache when offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) { const copy = response.clone(); caches.open(CACHE).then((c) => c.put(request, copy)); }
          return response;
        })
        // The search page answers any query (/search/?q=…) from the one cached copy.
        .catch(() => caches.match(request, { ignoreSearch: url.pathname.endsWith('/search/') }).then((hit) => hit || caches.match(url.pathname.startsWith('/de/') ? '/de/404.html' : '/404.html'))),
    );
    return;
  }
  // Search files and scripts: versioned with the build, so the cache is always right.
  // Pagefind adds a cache-busting query to its metadata URL, hence ignoreSearch.
  event.respondWith(caches.match(request, { ignoreSearch: url.pathname.startsWith('/pagefind/') }).then((hit) => hit || fetch(request)));
});
`;

export default function offline(): AstroIntegration {
  return {
    name: 'sip-codes:offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        for (const name of UNUSED) rmSync(join(site, 'pagefind', name), { force: true });
        // Pages are cached under their folder address (/search/), as the browser asks for them.
        const url = (f: string) => `/${relative(site, f).split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1');
        const pagefindFiles = filesUnder(join(site, 'pagefind'));
        // Files every language needs, then each language's own (Pagefind names them en_…, de_…).
        const common = [join(site, 'pagefind', 'pagefind.js'), join(site, 'pagefind', 'pagefind-worker.js'), join(site, 'pagefind', 'pagefind-entry.json'), ...filesUnder(join(site, '_astro')).filter((f) => f.endsWith('.js'))];
        const byLang = Object.fromEntries(
          (['en', 'de'] as const).map((lang) => [
            lang,
            [
              ...pagefindFiles.filter((f) => new RegExp(`(^|[/.])${lang}[_.]`).test(relative(join(site, 'pagefind'), f))),
              join(site, lang === 'en' ? '' : lang, 'search-data.json'),
              join(site, lang === 'en' ? '' : lang, 'search', 'index.html'),
            ].sort(),
          ]),
        );
        const all = [...common, ...byLang.en!, ...byLang.de!];
        const hash = createHash('sha256');
        for (const f of all) hash.update(f).update(readFileSync(f));
        const version = hash.digest('hex').slice(0, 12);
        const size = (fs: string[]) => Math.round(fs.reduce((n, f) => n + statSync(f).size, 0) / 1024);
        writeFileSync(
          join(site, 'sw.js'),
          `// Generated by src/integrations/offline.ts\nconst CACHE = 'sip-codes-${version}';\nconst COMMON = ${JSON.stringify(common.map(url))};\nconst BY_LANG = ${JSON.stringify(Object.fromEntries(Object.entries(byLang).map(([l, fs]) => [l, fs.map(url)])))};\n${WORKER}`,
        );
        logger.info(`service worker: ${size(common)} KiB for every language, then ${size(byLang.en!)} KiB (en) or ${size(byLang.de!)} KiB (de) for offline search`);
      },
    },
  };
}
