// The service worker, bundled into dist/sw.js by src/integrations/offline.ts, which puts the
// build's versions and manifest URLs in front of it (BUILD). What it does:
// - Pages and every file whose name does not change with its content (search data, Pagefind's
//   entry file and code): the network first, so the first visit after a deploy shows the new
//   build; the cache only when the network fails (or answers 5xx).
// - Hashed files (/_astro/…, Pagefind's index chunks): the cache first; their name is their
//   content.
// - Offline, an address the cache cannot answer gets the site's offline page in the language
//   of the address; "/code/486" finds the page cached as "/code/486/".
// - Warming: when a page asks (after load, when idle), the worker fills one cache per language
//   and build version, copying unchanged files from the caches it has and fetching the rest (a
//   pack, or file by file when only a few changed), checks every file against its hash, marks
//   the cache complete, and only then deletes that language's older cache. Offline it reads
//   only complete caches, so a page and its files always come from one build.
import {
  COMPLETE_KEY,
  cacheKey,
  cacheName,
  contentType,
  fetchSingly,
  isImmutable,
  langOfPath,
  offlinePageKey,
  parseCacheName,
  type OfflineFile,
  type OfflineLang,
  type OfflineManifest,
  type OfflinePack,
  type WorkerBuild,
} from './keys.ts';

declare const BUILD: WorkerBuild;

// The few service-worker types this file uses (the project's TypeScript lib is the DOM's).
interface SwEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface SwFetchEvent extends SwEvent {
  readonly request: Request;
  readonly clientId: string;
  readonly preloadResponse: Promise<Response | undefined>;
  respondWith(r: Response | Promise<Response>): void;
}
interface SwMessageEvent extends SwEvent {
  readonly data: unknown;
}
interface SwClient {
  readonly url: string;
  postMessage(message: unknown): void;
}
interface SwScope {
  readonly location: Location;
  readonly navigator: { connection?: { saveData?: boolean; effectiveType?: string } };
  readonly clients: {
    get(id: string): Promise<SwClient | undefined>;
    matchAll(o: { type: 'window'; includeUncontrolled: boolean }): Promise<SwClient[]>;
    claim(): Promise<void>;
  };
  readonly registration: { navigationPreload?: { enable(): Promise<void> }; update(): Promise<unknown> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (e: SwEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: SwFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (e: SwMessageEvent) => void): void;
}
declare const self: SwScope;

const LANGS: OfflineLang[] = ['en', 'de'];

/** A message to the pages: the footer line of each page of that language shows it. */
type Status = { type: 'offline'; lang: OfflineLang; state: 'saving' | 'failed' } | { type: 'offline'; lang: OfflineLang; state: 'ready'; pages: number };

// ---------------------------------------------------------------------------------------------
// Reading: only complete caches answer, the current version before older ones.

interface Complete {
  cache: Cache;
  manifest: OfflineManifest;
}
let completeMemo: Promise<Complete[]> | undefined;

/** Every complete cache, the current versions first. Remembered until a cache completes or goes. */
function completeCaches(): Promise<Complete[]> {
  completeMemo ??= (async () => {
    const found: (Complete & { current: boolean })[] = [];
    for (const name of await caches.keys()) {
      const parsed = parseCacheName(name);
      if (!parsed) continue;
      const cache = await caches.open(name);
      const marker = await cache.match(COMPLETE_KEY);
      if (marker) found.push({ cache, manifest: (await marker.json()) as OfflineManifest, current: BUILD.langs[parsed.lang].version === parsed.version });
    }
    return found.sort((a, b) => Number(b.current) - Number(a.current));
  })();
  return completeMemo;
}

/** The cached file for a key: from the complete cache of the given language, else any complete cache. */
async function fromCache(lang: OfflineLang, key: string): Promise<Response | undefined> {
  const all = await completeCaches();
  for (const c of [...all.filter((c) => c.manifest.lang === lang), ...all.filter((c) => c.manifest.lang !== lang)]) {
    const hit = await c.cache.match(key);
    if (hit) return hit;
  }
  return undefined;
}

/** The site's offline page for an address nothing cached answers, with 503 as its status. */
async function offlinePage(lang: OfflineLang): Promise<Response> {
  // A cache still filling has the offline pages first (the common files come first); before
  // even that, the worker's own minimal page.
  const hit = (await fromCache(lang, offlinePageKey(lang))) ?? (await caches.match(offlinePageKey(lang)));
  const headers = { 'content-type': 'text/html; charset=utf-8' };
  return new Response(hit ? hit.body : BUILD.minimal[lang], { status: 503, statusText: 'Offline', headers });
}

/** The language of the page that made a request (a German page's search data is German). */
async function clientLang(event: SwFetchEvent, url: URL): Promise<OfflineLang> {
  const client = event.clientId ? await self.clients.get(event.clientId) : undefined;
  return langOfPath(new URL(client?.url ?? url.href).pathname);
}

async function navigate(event: SwFetchEvent, url: URL): Promise<Response> {
  const lang = langOfPath(url.pathname);
  const key = cacheKey(url.pathname);
  try {
    const response = (await event.preloadResponse) ?? (await fetch(event.request));
    if (response.status < 500) return response;
    return (await fromCache(lang, key)) ?? response;
  } catch {
    return (await fromCache(lang, key)) ?? offlinePage(lang);
  }
}

async function networkFirst(event: SwFetchEvent, url: URL): Promise<Response> {
  const key = cacheKey(url.pathname);
  try {
    const response = await fetch(event.request);
    if (response.status < 500) return response;
    return (await fromCache(await clientLang(event, url), key)) ?? response;
  } catch {
    return (await fromCache(await clientLang(event, url), key)) ?? Response.error();
  }
}

async function cacheFirst(event: SwFetchEvent, url: URL): Promise<Response> {
  // Same name, same bytes: any cache's copy will do, even one still filling.
  return (await caches.match(cacheKey(url.pathname))) ?? fetch(event.request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  if (request.mode === 'navigate') event.respondWith(navigate(event, url));
  else if (isImmutable(url.pathname)) event.respondWith(cacheFirst(event, url));
  else event.respondWith(networkFirst(event, url));
});

// ---------------------------------------------------------------------------------------------
// Life cycle: a new worker takes over at once. It fetches nothing when it installs (that may be
// before a page has painted); pages ask it to warm when they are idle.

self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Navigation preload: the page request starts while the worker boots.
      await self.registration.navigationPreload?.enable().catch(() => {});
      // Half-filled caches of other versions will never complete: drop them. Complete ones stay
      // until their successor is complete, so offline reading never has a gap.
      for (const name of await caches.keys()) {
        const parsed = parseCacheName(name);
        if (!parsed || BUILD.langs[parsed.lang].version === parsed.version) continue;
        if (!(await (await caches.open(name)).match(COMPLETE_KEY))) await caches.delete(name);
      }
      completeMemo = undefined;
      await self.clients.claim();
    })(),
  );
});

// ---------------------------------------------------------------------------------------------
// Warming.

/** Save-Data or a 2G connection: the reader pays for every byte, so nothing is fetched ahead. */
function frugal(): boolean {
  const c = self.navigator.connection;
  return !!c?.saveData || /2g/.test(c?.effectiveType ?? '');
}

async function broadcast(status: Status): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(status);
}

async function hashOf(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Stores one file after checking it is the one this build lists: a deploy mid-way must not mix builds. */
async function store(cache: Cache, file: OfflineFile, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  if (bytes.length !== file.size || (await hashOf(bytes)) !== file.hash) throw new Error(`${file.key} is not the file of this build`);
  await cache.put(file.key, new Response(bytes, { headers: { 'content-type': contentType(file.key) } }));
}

const LOW: RequestInit = { cache: 'no-cache', priority: 'low' };

async function fetchFile(cache: Cache, file: OfflineFile): Promise<void> {
  const response = await fetch(file.key, LOW);
  if (!response.ok) throw new Error(`${file.key}: ${response.status}`);
  await store(cache, file, new Uint8Array(await response.arrayBuffer()));
}

async function fetchPack(cache: Cache, pack: OfflinePack, wanted: Map<string, OfflineFile>, files: Map<string, OfflineFile>): Promise<void> {
  const response = await fetch(pack.url, { priority: 'low' });
  if (!response.ok) throw new Error(`${pack.url}: ${response.status}`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  // The pack is stored gzip-compressed; a server that also compressed it in transit has been
  // undone by the browser already.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  }
  // The shared stylesheet comes first; it goes back into each file it was cut out of.
  const shared = bytes.subarray(0, pack.shared);
  let offset = pack.shared;
  const puts: Promise<void>[] = [];
  for (const key of pack.keys) {
    const file = files.get(key)!;
    const cut = pack.cuts[key];
    const stored = cut === undefined ? file.size : file.size - shared.length;
    let body = bytes.slice(offset, offset + stored);
    offset += stored;
    if (cut !== undefined) {
      const whole = new Uint8Array(file.size);
      whole.set(body.subarray(0, cut), 0);
      whole.set(shared, cut);
      whole.set(body.subarray(cut), cut + shared.length);
      body = whole;
    }
    if (wanted.has(key)) puts.push(store(cache, file, body));
  }
  if (offset !== bytes.length) throw new Error(`${pack.url} does not match its list`);
  await Promise.all(puts);
}

/** Runs task over items, a few at a time. */
async function pool<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(width, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  }));
}

async function cleanUp(lang: OfflineLang, keep: string): Promise<void> {
  for (const name of await caches.keys()) {
    // Older caches of this language, and the single cache of the worker before this one.
    if ((parseCacheName(name)?.lang === lang && name !== keep) || /^sip-codes-[0-9a-f]{12}$/.test(name)) await caches.delete(name);
  }
  completeMemo = undefined;
}

async function readyStatus(lang: OfflineLang): Promise<Status | undefined> {
  const c = (await completeCaches()).find((c) => c.manifest.lang === lang);
  return c && { type: 'offline', lang, state: 'ready', pages: c.manifest.pages };
}

async function fill(lang: OfflineLang): Promise<void> {
  const { version, manifest: manifestUrl } = BUILD.langs[lang];
  const name = cacheName(lang, version);
  const ready = (await caches.keys()).includes(name) && (await (await caches.open(name)).match(COMPLETE_KEY));
  if (!ready && !frugal()) {
    const response = await fetch(manifestUrl, { priority: 'low' });
    if (!response.ok) throw new Error(`${manifestUrl}: ${response.status}`);
    const manifest = (await response.json()) as OfflineManifest;
    if (manifest.version !== version) throw new Error(`${manifestUrl} lists another build`);
    const cache = await caches.open(name);
    const present = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
    let missing = manifest.files.filter((f) => !present.has(f.key));
    if (missing.length) await broadcast({ type: 'offline', lang, state: 'saving' });
    // What another complete cache holds with the same hash comes from there.
    for (const other of await completeCaches()) {
      const hashes = new Map(other.manifest.files.map((f) => [f.key, f.hash]));
      const left: OfflineFile[] = [];
      for (const f of missing) {
        const hit = hashes.get(f.key) === f.hash ? await other.cache.match(f.key) : undefined;
        if (hit) await cache.put(f.key, hit);
        else left.push(f);
      }
      missing = left;
    }
    const wanted = new Map(missing.map((f) => [f.key, f]));
    const files = new Map(manifest.files.map((f) => [f.key, f]));
    for (const pack of manifest.packs) {
      const need = pack.keys.filter((k) => wanted.has(k)).map((k) => wanted.get(k)!);
      if (!need.length) continue;
      // Browsers without DecompressionStream (Safari before 16.4) fetch file by file.
      if (typeof DecompressionStream === 'undefined' || fetchSingly(need, pack)) await pool(need, 4, (f) => fetchFile(cache, f));
      else await fetchPack(cache, pack, wanted, files);
    }
    await cache.put(COMPLETE_KEY, new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }));
  }
  if (ready || !frugal()) await cleanUp(lang, name);
  const status = await readyStatus(lang);
  if (status) await broadcast(status);
  // The reader saved the other language before: bring it to this build too, so that files both
  // languages share (Pagefind's entry file, which a Pagefind worker asks for without saying which
  // language's page it serves) never come from two builds.
  if (!frugal()) {
    for (const c of await completeCaches()) {
      if (c.manifest.lang !== lang && c.manifest.version !== BUILD.langs[c.manifest.lang].version) await warm(c.manifest.lang);
    }
  }
}

const filling = new Map<OfflineLang, Promise<void>>();

function warm(lang: OfflineLang): Promise<void> {
  let running = filling.get(lang);
  if (!running) {
    running = fill(lang)
      .catch(async (error: unknown) => {
        // A device out of space keeps no half-filled cache; the complete one stays.
        if (error instanceof DOMException && error.name === 'QuotaExceededError') await caches.delete(cacheName(lang, BUILD.langs[lang].version));
        // A file that is not this build's, or a manifest that has gone: a newer build is out.
        await self.registration.update().catch(() => {});
        // The complete cache of an earlier build still reads offline, and the footer says so.
        await broadcast((await readyStatus(lang)) ?? { type: 'offline', lang, state: 'failed' });
      })
      .finally(() => filling.delete(lang));
    filling.set(lang, running);
  }
  return running;
}

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; lang?: unknown } | null;
  const lang = LANGS.find((l) => l === data?.lang);
  if (data?.type === 'warm' && lang) event.waitUntil(warm(lang));
});
