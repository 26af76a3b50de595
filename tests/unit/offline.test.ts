// The offline rules without a browser: how addresses find cached files, and what the build
// puts in each language's cache, checked on a small site made up for the purpose.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cacheKey, contentType, fetchSingly, isImmutable, langOfPath, parseCacheName, cacheName } from '../../src/offline/keys.ts';
import { assetsOf, isNoindex, jsonPathsIn, packOf, planOffline, versionOf } from '../../src/offline/plan.ts';

test('an address finds its page with or without the slash, and as index.html', () => {
  for (const path of ['/code/486', '/code/486/', '/code/486/index.html', '//code//486']) assert.equal(cacheKey(path), '/code/486/');
  for (const path of ['/de', '/de/', '/de/index.html']) assert.equal(cacheKey(path), '/de/');
  assert.equal(cacheKey('/'), '/');
  assert.equal(cacheKey('/index.html'), '/');
  assert.equal(cacheKey('/freeswitch-cause/ORIGINATOR_CANCEL'), '/freeswitch-cause/ORIGINATOR_CANCEL/');
  assert.equal(cacheKey('/404.html'), '/404.html');
  assert.equal(cacheKey('/de/search-data.json'), '/de/search-data.json');
  assert.equal(cacheKey('/pagefind/fragment/en_1440428.pf_fragment'), '/pagefind/fragment/en_1440428.pf_fragment');
});

test('the language of an address is German under /de, whatever its case, and English elsewhere', () => {
  for (const path of ['/de', '/de/', '/de/code/486', '/DE/code/603', '/de/keine-seite']) assert.equal(langOfPath(path), 'de');
  for (const path of ['/', '/code/486/', '/decode/', '/demo', '/no-such-page']) assert.equal(langOfPath(path), 'en');
});

test('only files named after their content are answered from the cache before the network', () => {
  for (const path of ['/_astro/search.DRs3leU5.js', '/pagefind/fragment/en_1440428.pf_fragment', '/pagefind/index/de_24e3d11.pf_index', '/pagefind/pagefind.en_d94b75797f.pf_meta']) {
    assert.equal(isImmutable(path), true, path);
  }
  for (const path of ['/', '/code/486/', '/search-data.json', '/de/search-data.json', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/sw.js', '/manifest.webmanifest']) {
    assert.equal(isImmutable(path), false, path);
  }
});

test('cached files are answered with the type their name says', () => {
  assert.equal(contentType('/code/486/'), 'text/html; charset=utf-8');
  assert.equal(contentType('/404.html'), 'text/html; charset=utf-8');
  assert.equal(contentType('/manifest.webmanifest'), 'application/manifest+json');
  assert.equal(contentType('/icons/icon-192.png'), 'image/png');
  assert.equal(contentType('/pagefind/wasm.en.pagefind'), 'application/octet-stream');
});

test('cache names carry language and version, and other caches are not taken for ours', () => {
  assert.deepEqual(parseCacheName(cacheName('de', 'c5127fe7fe8a')), { lang: 'de', version: 'c5127fe7fe8a' });
  assert.equal(parseCacheName('sip-codes-3b83e2b2c720'), undefined);
  assert.equal(parseCacheName('workbox-precache'), undefined);
});

test('noindex is read from the robots meta tag in either attribute order, and only there', () => {
  assert.equal(isNoindex('<meta name="robots" content="noindex">'), true);
  assert.equal(isNoindex('<meta content="noindex, follow" name="robots" />'), true);
  assert.equal(isNoindex('<meta name="robots" content="index, follow">'), false);
  assert.equal(isNoindex('<meta name="description" content="noindex is a word here">'), false);
});

test('a page loads its scripts, icons and manifest, not the pages it links or its alternates', () => {
  const html = '<link rel="icon" href="/favicon.svg"><link rel="manifest" href="/de/manifest.webmanifest"><link rel="canonical" href="https://x.example/code/1/"><link rel="alternate" type="application/json" href="/api/code/1.json"><script type="module" src="/_astro/a.js?v=1"></script><a href="/code/2/">2</a>';
  assert.deepEqual(assetsOf(html), ['/favicon.svg', '/de/manifest.webmanifest', '/_astro/a.js']);
  assert.deepEqual(jsonPathsIn('fetch(l("/search-data.json",e));x=`/decode-data.json`;y="/a.js"'), ['/search-data.json', '/decode-data.json']);
});

test('a rebuild with any changed file gets a new cache version, and only then', () => {
  const files = [{ key: '/', hash: 'a', size: 1, gzip: 1 }, { key: '/code/1/', hash: 'b', size: 1, gzip: 1 }];
  assert.equal(versionOf(files), versionOf([...files].reverse()));
  assert.notEqual(versionOf(files), versionOf([files[0]!, { ...files[1]!, hash: 'c' }]));
});

test('a few changed files are fetched one by one, many as the pack', () => {
  const pack = { url: '/_offline/en.x.pack', bytes: 600_000, keys: [], shared: 0, cuts: {} };
  assert.equal(fetchSingly([{ key: '/code/1/', hash: 'a', size: 20_000, gzip: 7_000 }], pack), true);
  const many = Array.from({ length: 100 }, (_, i) => ({ key: `/code/${i}/`, hash: 'a', size: 20_000, gzip: 7_000 }));
  assert.equal(fetchSingly(many, pack), false);
});

describeSite();

function describeSite(): void {
  let site: string;
  // Every page inlines the same stylesheet, as the site's pages do (the packs store it once).
  const page = (lang: string, body: string, head = '') =>
    `<!doctype html><html lang="${lang}"><head><link rel="icon" href="/favicon.svg"><link rel="manifest" href="${lang === 'de' ? '/de' : ''}/manifest.webmanifest">${head}<style>body{margin:0}</style><script type="module" src="/_astro/box.js"></script></head><body>${body}</body></html>`;
  const noindex = '<meta name="robots" content="noindex">';
  const files: Record<string, string> = {
    'index.html': page('en', '<a href="/code/1/">1</a><a href="/code/2">2</a><a href="/de/">de</a><a href="/cause/17/">17</a>'),
    'code/1/index.html': page('en', '<a href="/">home</a><a href="/code/499/">499</a>'),
    'code/2/index.html': page('en', 'two'),
    'code/499/index.html': page('en', 'unregistered', noindex),
    'cause/17/index.html': page('en', 'a new kind of page'),
    'de/index.html': page('de', '<a href="/de/code/1/">1</a>'),
    'de/code/1/index.html': page('de', 'eins'),
    '404.html': page('en', 'not found', noindex),
    'de/404.html': page('de', 'nicht gefunden', noindex),
    'offline.html': page('en', 'offline', noindex),
    'de/offline.html': page('de', 'offline', noindex),
    '_astro/box.js': 'import("./search.js")',
    '_astro/search.js': 'fetch(l("/search-data.json"));fetch("/decode-data.json")',
    'search-data.json': '{}',
    'de/search-data.json': '{}',
    'decode-data.json': '{}',
    'api/codes.json': '[]',
    'favicon.svg': '<svg/>',
    'icons/icon-192.png': 'png',
    'manifest.webmanifest': JSON.stringify({ icons: [{ src: '/favicon.svg' }, { src: '/icons/icon-192.png' }] }),
    'de/manifest.webmanifest': JSON.stringify({ icons: [{ src: '/favicon.svg' }, { src: '/icons/icon-192.png' }] }),
    'pagefind/pagefind.js': 'pf',
    'pagefind/pagefind-entry.json': '{}',
    'pagefind/wasm.en.pagefind': 'wasm-en',
    'pagefind/wasm.de.pagefind': 'wasm-de',
    'pagefind/pagefind.en_d94b75797f.pf_meta': 'meta-en',
    'pagefind/fragment/en_1440428.pf_fragment': 'frag-en',
    'pagefind/fragment/de_1484233.pf_fragment': 'frag-de',
    'sitemap.xml': '<urlset/>',
  };
  before(() => {
    site = mkdtempSync(join(tmpdir(), 'sip-offline-plan-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), text);
    }
  });
  after(() => rmSync(site, { recursive: true, force: true }));

  const keysOf = (files: { key: string }[]) => files.map((f) => f.key).sort();

  test('every page of a language is cached, new kinds included, except noindex pages other than 404 and offline', () => {
    const plan = planOffline(site);
    assert.deepEqual(plan.pages.en.sort(), ['/', '/404.html', '/cause/17/', '/code/1/', '/code/2/', '/de/offline.html', '/offline.html']);
    assert.deepEqual(plan.pages.de.sort(), ['/de/', '/de/404.html', '/de/code/1/', '/de/offline.html', '/offline.html']);
    assert.deepEqual(plan.skippedNoindex, ['/code/499/']);
  });

  test('what both languages load is common (the offline pages of both, with their manifests); search files and JSON go with their language', () => {
    const plan = planOffline(site);
    assert.deepEqual(keysOf(plan.groups.common), [
      '/_astro/box.js', '/_astro/search.js', '/de/manifest.webmanifest', '/de/offline.html', '/decode-data.json', '/favicon.svg', '/icons/icon-192.png', '/manifest.webmanifest', '/offline.html', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.js',
    ]);
    assert.deepEqual(keysOf(plan.groups.en), [
      '/', '/404.html', '/cause/17/', '/code/1/', '/code/2/',
      '/pagefind/fragment/en_1440428.pf_fragment', '/pagefind/pagefind.en_d94b75797f.pf_meta', '/pagefind/wasm.en.pagefind', '/search-data.json',
    ]);
    assert.deepEqual(keysOf(plan.groups.de), ['/de/', '/de/404.html', '/de/code/1/', '/de/search-data.json', '/pagefind/fragment/de_1484233.pf_fragment', '/pagefind/wasm.de.pagefind']);
  });

  test('a link from a cached page to a page that is not cached is reported', () => {
    assert.deepEqual(planOffline(site).uncachedLinks, ['/code/1/ → /code/499/']);
  });

  test('a pack is the shared stylesheet once, then the files in order with it cut out, as one gzip stream; putting it back gives each file byte for byte', () => {
    const group = planOffline(site).groups.de;
    const pack = packOf(group);
    const unpacked = gunzipSync(pack.bytes);
    const shared = unpacked.subarray(0, pack.shared);
    let offset = pack.shared;
    for (const f of group) {
      const cut = pack.cuts[f.key];
      const stored = cut === undefined ? f.size : f.size - shared.length;
      const body = unpacked.subarray(offset, offset + stored);
      const whole = cut === undefined ? body : Buffer.concat([body.subarray(0, cut), shared, body.subarray(cut)]);
      assert.equal(whole.toString(), files[f.key === '/de/' ? 'de/index.html' : f.key.endsWith('/') ? `${f.key.slice(1)}index.html` : f.key.slice(1)], f.key);
      offset += stored;
    }
    assert.equal(offset, unpacked.length);
    assert.equal(shared.toString(), '<style>body{margin:0}</style>');
    assert.ok(Object.keys(pack.cuts).length >= 2, 'the stylesheet is cut out of every page of the group');
  });
}
