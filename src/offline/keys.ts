// Pure rules shared by the build (src/offline/plan.ts), the service worker (src/offline/sw.ts)
// and the unit tests: how an address finds its cached file, which language it belongs to,
// and which files never change under their name. No DOM, no Node: both sides bundle it.

export type OfflineLang = 'en' | 'de';

/**
 * The cache key of a path. Pages are folders, cached under the address with the slash
 * (code/486/index.html as "/code/486/"); "/code/486", "/code/486/index.html" and "/de" find
 * the same entry. Files keep their name ("/404.html", "/search-data.json").
 */
export function cacheKey(pathname: string): string {
  const path = pathname.replace(/\/{2,}/g, '/') || '/';
  if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
  if (path.endsWith('/')) return path;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') ? path : `${path}/`;
}

/** The cache key of a built file, given its path relative to the site root ("code/486/index.html"). */
export function keyOfFile(relativePath: string): string {
  return cacheKey(`/${relativePath.split('\\').join('/')}`);
}

/**
 * The language an address belongs to: "/de" and "/de/…" are German, everything else English.
 * Case-insensitive, so that a mistyped "/DE/code/603" still gets the German offline page.
 */
export function langOfPath(pathname: string): OfflineLang {
  return /^\/de(\/|$)/i.test(pathname) ? 'de' : 'en';
}

/** Is this key a page (answered to a navigation) rather than a file a page loads? */
export function isPageKey(key: string): boolean {
  return key.endsWith('/') || key.endsWith('.html');
}

/**
 * Files whose name changes whenever their content does: Vite's hashed bundles in /_astro/ and
 * Pagefind's index chunks (en_3fa9c1….pf_fragment). A cached copy of one of these is right
 * for ever, so it may answer before the network. Everything else may change under the same
 * name with the next build and is asked from the network first.
 */
export function isImmutable(pathname: string): boolean {
  return pathname.startsWith('/_astro/') || pathname.startsWith('/_offline/') || /^\/pagefind\/.*_[0-9a-f]{6,}\.pf_[a-z]+$/.test(pathname);
}

/** The page shown for an address the cache cannot answer while offline. */
export function offlinePageKey(lang: OfflineLang): string {
  return lang === 'de' ? '/de/offline.html' : '/offline.html';
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  png: 'image/png',
  xml: 'application/xml',
  txt: 'text/plain; charset=utf-8',
  wasm: 'application/wasm',
};

/** The Content-Type a cached file is answered with (pages are folders: their key ends in "/"). */
export function contentType(key: string): string {
  if (key.endsWith('/')) return TYPES.html!;
  const ext = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
  return TYPES[ext] ?? 'application/octet-stream';
}

/** One file the offline cache of a language holds. */
export interface OfflineFile {
  /** Cache key: "/code/486/", "/_astro/search.DRs3leU5.js". */
  key: string;
  /** First 16 hex digits of the SHA-256 of the file's bytes. */
  hash: string;
  /** Bytes on disk. */
  size: number;
  /** Bytes gzip would send for this file alone (the size when the file comes on its own). */
  gzip: number;
}

/**
 * One pack: files sent together as one gzip stream (their bytes one after the other, in order).
 * Every page inlines the same stylesheet, and a page is longer than gzip's 32 KB window, so the
 * stream could not see one page's copy from the next: the stylesheet is stored once, at the start
 * (`shared` bytes long), and taken out of each file listed in `cuts` at the offset given there.
 */
export interface OfflinePack {
  url: string;
  /** Bytes of the pack as sent (it is stored gzip-compressed). */
  bytes: number;
  keys: string[];
  /** Length of the shared bytes at the start of the stream (0: none). */
  shared: number;
  /** Files the shared bytes were cut out of, and where to put them back. */
  cuts: Record<string, number>;
}

/** What the worker fetches to warm one language: written by the build as /_offline/<lang>.<hash>.json. */
export interface OfflineManifest {
  lang: OfflineLang;
  version: string;
  /** Pages of the language in the cache (not counting the 404 and offline pages): the footer says it. */
  pages: number;
  files: OfflineFile[];
  packs: OfflinePack[];
}

/** What the build writes into the worker itself: small, so that update checks stay cheap. */
export interface WorkerBuild {
  /** Per language: the cache version and the URL of the manifest listing its files. */
  langs: Record<OfflineLang, { version: string; manifest: string }>;
  /** A last-resort offline page per language, for the seconds before anything is cached. */
  minimal: Record<OfflineLang, string>;
}

/** Name of the cache holding one language at one version. */
export function cacheName(lang: OfflineLang, version: string): string {
  return `sip-codes-${lang}-${version}`;
}

/** The language and version of a cache this worker made, or undefined for any other cache. */
export function parseCacheName(name: string): { lang: OfflineLang; version: string } | undefined {
  const m = /^sip-codes-(en|de)-([0-9a-f]+)$/.exec(name);
  return m ? { lang: m[1] as OfflineLang, version: m[2]! } : undefined;
}

/** Key of the entry that marks a cache as complete; its body is the cache's manifest. */
export const COMPLETE_KEY = '/_offline/complete';

/**
 * Should the worker fetch the missing files of a pack one by one rather than the whole pack?
 * Each request costs its headers (about 600 bytes both ways); the pack costs its size.
 */
export function fetchSingly(missing: OfflineFile[], pack: OfflinePack): boolean {
  return missing.reduce((n, f) => n + f.gzip + 600, 0) < pack.bytes;
}
