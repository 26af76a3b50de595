// What the offline cache of each language holds, derived from the built files alone, so that a
// new kind of page is cached the day it is built, with no list to update:
// - every HTML page of the language (German under /de/), except pages marked
//   <meta name="robots" content="noindex">; the 404 and offline pages are kept all the same;
// - what those pages load: their scripts, icons and web app manifest (and the manifest's
//   icons), and every bundle Vite wrote to /_astro/ (the search code is imported from there);
// - the language's Pagefind index (files named en_… / de_…) and Pagefind's own code;
// - the language's JSON: every .json file at the language's root, and every .json path a
//   script names ("/search-data.json" is fetched as /de/search-data.json on German pages).
// Files both languages need form a third group, "common".
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cacheKey, isPageKey, keyOfFile, langOfPath, offlinePageKey, type OfflineFile, type OfflineLang } from './keys.ts';

export const LANGS: readonly OfflineLang[] = ['en', 'de'];
export type Group = OfflineLang | 'common';

export interface PlannedFile extends OfflineFile {
  /** Path on disk. */
  file: string;
}

export interface Plan {
  /** Files per group; a language's cache holds its own group and "common". */
  groups: Record<Group, PlannedFile[]>;
  /** Keys of the cached pages, per language (the offline pages count for both). */
  pages: Record<OfflineLang, string[]>;
  /** Pages left out because they carry noindex. */
  skippedNoindex: string[];
  /** Links on cached pages to addresses that are not cached ("page → href"). */
  uncachedLinks: string[];
}

/** Every file under dir, as absolute paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const NOINDEX = /<meta\s+(?=[^>]*\bname=["']?robots["']?)(?=[^>]*\bcontent=["'][^"']*\bnoindex\b)[^>]*>/i;
/** The offline and 404 pages are noindex but must be cached: they answer addresses that have no page. */
const FALLBACK_PAGES = new Set(['/404.html', '/de/404.html', offlinePageKey('en'), offlinePageKey('de')]);

export function isNoindex(html: string): boolean {
  return NOINDEX.test(html);
}

/** Same-site paths a page loads as it renders: scripts, stylesheets, icons, manifest, images. */
export function assetsOf(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = /\brel=["']?([^"'>]+)/i.exec(m[0])?.[1]?.toLowerCase() ?? '';
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(m[0])?.[1];
    if (href && /\b(icon|manifest|stylesheet|modulepreload|preload|apple-touch-icon|mask-icon)\b/.test(rel)) found.push(href);
  }
  for (const m of html.matchAll(/<(?:script|img|source)\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)) found.push(m[1]!);
  return found.filter((p) => p.startsWith('/') && !p.startsWith('//')).map((p) => p.split(/[?#]/)[0]!);
}

/** Same-site paths a page links to with <a href>. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref=["']?([^"'\s>]+)/gi)]
    .map((m) => m[1]!)
    .filter((p) => p.startsWith('/') && !p.startsWith('//'))
    .map((p) => p.split(/[?#]/)[0]!);
}

/** JSON paths named in a script ("/search-data.json"). */
export function jsonPathsIn(script: string): string[] {
  return [...new Set([...script.matchAll(/["'`](\/[\w\-./]*\.json)["'`]/g)].map((m) => m[1]!))];
}

const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

export function planOffline(site: string): Plan {
  const all = filesUnder(site).filter((f) => !relative(site, f).startsWith('_offline'));
  const rel = (f: string) => relative(site, f).split('\\').join('/');
  const fileOfKey = (key: string): string | undefined => {
    const path = join(site, key.endsWith('/') ? `${key}index.html` : key);
    return existsSync(path) && statSync(path).isFile() ? path : undefined;
  };
  const wanted: Record<OfflineLang, Set<string>> = { en: new Set(), de: new Set() };
  const pages: Record<OfflineLang, string[]> = { en: [], de: [] };
  const skippedNoindex: string[] = [];
  const html = new Map<string, string>();

  for (const file of all) {
    const r = rel(file);
    if (!r.endsWith('.html') || r.startsWith('_astro/') || r.startsWith('pagefind/')) continue;
    const key = keyOfFile(r);
    const text = readFileSync(file, 'utf8');
    if (isNoindex(text) && !FALLBACK_PAGES.has(key)) {
      skippedNoindex.push(key);
      continue;
    }
    html.set(key, text);
    // The offline page of each language answers for both: a German reader may follow a link to
    // an English page that is not cached, and must be told so in English.
    const langs = key === offlinePageKey('en') || key === offlinePageKey('de') ? LANGS : [langOfPath(key)];
    for (const lang of langs) {
      wanted[lang].add(file);
      pages[lang].push(key);
    }
  }

  // What the cached pages load, and what the web app manifests they link name.
  for (const [key, text] of html) {
    for (const lang of key === offlinePageKey('en') || key === offlinePageKey('de') ? LANGS : [langOfPath(key)]) {
      for (const asset of assetsOf(text)) {
        const file = fileOfKey(cacheKey(asset));
        if (!file) continue;
        wanted[lang].add(file);
        if (file.endsWith('.webmanifest')) {
          const manifest = JSON.parse(readFileSync(file, 'utf8')) as { icons?: { src: string }[] };
          for (const icon of manifest.icons ?? []) {
            const iconFile = icon.src.startsWith('/') ? fileOfKey(cacheKey(icon.src)) : undefined;
            if (iconFile) wanted[lang].add(iconFile);
          }
        }
      }
    }
  }

  const scripts = all.filter((f) => rel(f).startsWith('_astro/'));
  for (const lang of LANGS) for (const f of scripts) wanted[lang].add(f);

  for (const f of all.filter((f) => rel(f).startsWith('pagefind/'))) {
    const own = /(?:^|[/.])(en|de)[_.]/.exec(rel(f).slice('pagefind/'.length))?.[1] as OfflineLang | undefined;
    for (const lang of own ? [own] : LANGS) wanted[lang].add(f);
  }

  for (const lang of LANGS) {
    const root = lang === 'en' ? '' : `${lang}/`;
    for (const f of all) {
      const r = rel(f);
      if (r.endsWith('.json') && r.startsWith(root) && !r.slice(root.length).includes('/')) wanted[lang].add(f);
    }
    for (const script of scripts.filter((f) => f.endsWith('.js'))) {
      for (const path of jsonPathsIn(readFileSync(script, 'utf8'))) {
        // "/x.json" in a script is the English file, and on German pages /de/x.json when that exists.
        const file = langOfPath(path) === 'de' ? (lang === 'de' ? fileOfKey(path) : undefined) : lang === 'en' ? fileOfKey(path) : (fileOfKey(`/${lang}${path}`) ?? fileOfKey(path));
        if (file) wanted[lang].add(file);
      }
    }
  }

  const describe = (file: string): PlannedFile => {
    const bytes = readFileSync(file);
    return { file, key: keyOfFile(rel(file)), hash: hashOf(bytes), size: bytes.length, gzip: gzipSync(bytes).length };
  };
  const byKey = (a: PlannedFile, b: PlannedFile) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const common = [...wanted.en].filter((f) => wanted.de.has(f));
  const groups: Record<Group, PlannedFile[]> = {
    common: common.map(describe).sort(byKey),
    en: [...wanted.en].filter((f) => !wanted.de.has(f)).map(describe).sort(byKey),
    de: [...wanted.de].filter((f) => !wanted.en.has(f)).map(describe).sort(byKey),
  };

  const cachedKeys = new Set(Object.values(groups).flat().map((f) => f.key));
  const uncachedLinks: string[] = [];
  for (const [key, text] of html) {
    for (const link of new Set(linksOf(text))) {
      const target = cacheKey(link);
      if (!cachedKeys.has(target) && (isPageKey(target) || fileOfKey(target))) uncachedLinks.push(`${key} → ${link}`);
    }
  }
  return { groups, pages, skippedNoindex: skippedNoindex.sort(), uncachedLinks: uncachedLinks.sort() };
}

/** A cache version: changes whenever any file of the cache does, and only then. */
export function versionOf(files: readonly OfflineFile[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.key < b.key ? -1 : 1))) h.update(`${f.key}\0${f.hash}\n`);
  return h.digest('hex').slice(0, 12);
}

/** The inline stylesheet most pages of a group carry, byte for byte, if at least two do. */
export function sharedStyle(files: readonly PlannedFile[]): Buffer | undefined {
  const counts = new Map<string, number>();
  for (const f of files) {
    if (!f.file.endsWith('.html')) continue;
    const css = /<style[^>]*>[\s\S]*?<\/style>/.exec(readFileSync(f.file, 'utf8'))?.[0];
    if (css) counts.set(css, (counts.get(css) ?? 0) + 1);
  }
  const [css, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return css && n! > 1 ? Buffer.from(css) : undefined;
}

/**
 * A pack: the shared stylesheet once, then the files' bytes one after the other with that
 * stylesheet cut out, gzip-compressed as one stream (see OfflinePack).
 */
export function packOf(files: readonly PlannedFile[]): { bytes: Buffer; shared: number; cuts: Record<string, number> } {
  const shared = sharedStyle(files) ?? Buffer.alloc(0);
  const cuts: Record<string, number> = {};
  const parts = [shared];
  for (const f of files) {
    const body = readFileSync(f.file);
    const at = shared.length ? body.indexOf(shared) : -1;
    if (at >= 0) {
      cuts[f.key] = at;
      parts.push(body.subarray(0, at), body.subarray(at + shared.length));
    } else parts.push(body);
  }
  return { bytes: gzipSync(Buffer.concat(parts), { level: 9 }), shared: shared.length, cuts };
}

export interface OfflineFigures {
  lang: OfflineLang;
  files: number;
  pages: number;
  /** Bytes of every file as stored in the cache. */
  raw: number;
  /** Bytes sent for a first visit of this language: the worker, the manifest, the packs (gzip transfer). */
  transfer: number;
  /** Bytes sent when the other language is already cached: its common files are copied, not fetched. */
  transferSecond: number;
  /** For comparison: the same files fetched one by one, each gzip-compressed. */
  fileByFile: number;
}

/** The offline figures of a built site, read from what the build wrote (dist/sw.js, dist/_offline/). */
export function offlineFigures(site: string): OfflineFigures[] {
  const dir = join(site, '_offline');
  const sw = gzipSync(readFileSync(join(site, 'sw.js'))).length;
  return LANGS.map((lang) => {
    const name = readdirSync(dir).find((f) => f.startsWith(`${lang}.`) && f.endsWith('.json'));
    if (!name) throw new Error(`no offline manifest for ${lang} in ${dir}`);
    const text = readFileSync(join(dir, name));
    const manifest = JSON.parse(String(text)) as { pages: number; files: OfflineFile[]; packs: { bytes: number }[] };
    const manifestBytes = gzipSync(text).length;
    return {
      lang,
      files: manifest.files.length,
      pages: manifest.pages,
      raw: manifest.files.reduce((n, f) => n + f.size, 0),
      transfer: sw + manifestBytes + manifest.packs.reduce((n, p) => n + p.bytes, 0),
      transferSecond: manifestBytes + manifest.packs[manifest.packs.length - 1]!.bytes,
      fileByFile: sw + manifestBytes + manifest.files.reduce((n, f) => n + f.gzip, 0),
    };
  });
}
