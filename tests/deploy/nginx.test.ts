// deploy/nginx.conf under Debian's nginx, unprivileged on a free port, over a copy of the
// built site (run `npm run build` first; `npm test` does). The copy sits in a scratch folder
// next to real sibling folders whose names start with the site's (dist-secret, dist.old), so a
// path that escaped the root would find a file there. Every rule of the config is checked, and
// the config is compared with the _headers file the build writes for other hosts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startNginx, type Nginx } from '../support/nginx.ts';
import { IMMUTABLE, metaPolicy, parsePolicy } from '../../src/integrations/headers.ts';
import { headersFor, parseHeadersFile } from '../../src/server/serve.ts';

const DIST = 'dist';
const SECRET = 'SECRET OUTSIDE THE SITE';
let scratch: string;
let site: string;
let nginx: Nginx;

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => ok(port));
    });
  });
}

/** A file of the built site with the given extension, for the type checks. */
function firstFile(dir: string, test: (name: string) => boolean): string | undefined {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      const found = firstFile(full, test);
      if (found) return found;
    } else if (test(name)) return full;
  }
  return undefined;
}
const url = (file: string) => `/${file.slice(site.length + 1).split('\\').join('/')}`;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), 'no built site in dist/: run "npm run build" first');
  scratch = mkdtempSync(join(tmpdir(), 'sip-deploy-'));
  // Readable by others, as a web root is: nginx runs as "nobody" when the tests run as root.
  chmodSync(scratch, 0o755);
  site = join(scratch, 'dist');
  cpSync(DIST, site, { recursive: true });
  // Files the site may publish later (the web manifest) and a WebAssembly module: their types.
  writeFileSync(join(site, 'test.webmanifest'), '{"name":"x"}');
  writeFileSync(join(site, 'test.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
  for (const sibling of ['dist-secret', 'dist.old']) {
    mkdirSync(join(scratch, sibling));
    writeFileSync(join(scratch, sibling, 'x'), SECRET, { mode: 0o644 });
  }
  writeFileSync(join(scratch, 'secret.txt'), SECRET, { mode: 0o644 });
  // Readable by nginx, so a refusal below is the config's doing, not a permission's.
  for (const f of ['dist-secret', 'dist-secret/x', 'dist.old/x', 'secret.txt']) assert.ok(statSync(join(scratch, f)).mode & 0o004, `${f} is readable by others`);
  nginx = await startNginx(site, await freePort());
});
after(async () => {
  await nginx?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer };

function get(path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: nginx.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const file = (path: string) => readFileSync(join(site, path));

test('nginx: /code/603/ and /code/603 both answer 200 with the page, without a redirect', async () => {
  for (const [path, onDisk] of [['/code/603/', 'code/603/index.html'], ['/code/603', 'code/603/index.html'], ['/de/code/603/', 'de/code/603/index.html'], ['/de/code/603', 'de/code/603/index.html'], ['/', 'index.html'], ['/de/', 'de/index.html'], ['/de', 'de/index.html'], ['/class/4xx', 'class/4xx/index.html']] as const) {
    const r = await get(path);
    assert.equal(r.status, 200, path);
    assert.equal(r.headers.location, undefined, path);
    assert.deepEqual(r.body, file(onDisk), path);
  }
});

test('nginx: a folder without a page is a 404, not a listing or a 403', async () => {
  for (const path of ['/code/', '/code', '/_astro/', '/pagefind/']) assert.equal((await get(path)).status, 404, path);
});

test('nginx: unknown paths get the 404 page of their language with status 404', async () => {
  const en = file('404.html');
  const de = file('de/404.html');
  for (const [path, body] of [['/nothing', en], ['/code/999/', en], ['/Deutsch', en], ['/decline', en], ['/de/nichts', de], ['/DE/code/603', de], ['/De/code/603/', de], ['/dE/x', de], ['/_astro/missing.js', en]] as const) {
    const r = await get(path);
    assert.equal(r.status, 404, path);
    assert.deepEqual(r.body, body, path);
    assert.match(r.headers['content-type']!, /^text\/html; charset=utf-8$/, path);
  }
});

const escapes = ['/../dist-secret/x', '/%2e%2e/dist-secret/x', '/%2E%2E/dist-secret/x', '/..%2fdist-secret%2fx', '/..%2Fdist-secret%2Fx', '/%2e%2e%2fdist-secret%2fx', '/..%5cdist-secret%5cx', '/..\\dist-secret\\x', '/code/../../dist-secret/x', '/../dist.old/x', '/%2e%2e/dist.old/x', '/..%2fdist.old%2fx', '/../secret.txt', '/x%00.html'];
for (const path of escapes) {
  test(`nginx: a path that would leave the site finds nothing: ${path}`, async () => {
    const r = await get(path);
    assert.ok(r.status === 400 || r.status === 404, `${path} answered ${r.status}`);
    assert.doesNotMatch(r.body.toString(), new RegExp(SECRET));
  });
}

test('nginx: other methods than GET and HEAD get 405 with Allow: GET, HEAD', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    const r = await get('/code/603/', { method });
    assert.equal(r.status, 405, method);
    assert.equal(r.headers.allow, 'GET, HEAD', method);
  }
  const head = await get('/code/603/', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
});

test("nginx: the CSP header adds frame-ancestors 'none' and agrees with every directive of the pages' meta policy", async () => {
  const meta = parsePolicy(metaPolicy(file('code/603/index.html').toString())!);
  for (const path of ['/code/603/', '/de/', '/nothing', '/_astro/missing.js']) {
    const header = parsePolicy((await get(path)).headers['content-security-policy'] as string);
    assert.deepEqual(header.get('frame-ancestors'), ["'none'"], path);
    for (const [name, sources] of header) {
      if (name === 'frame-ancestors') continue;
      assert.deepEqual(sources, meta.get(name), `${path}: ${name} differs from the page's meta policy`);
    }
    // Without the hashes these would block the pages' inline scripts and styles.
    for (const name of ['default-src', 'script-src', 'style-src']) assert.ok(!header.has(name), `${path}: ${name} in the header`);
  }
});

test('nginx: security headers on pages, files and 404s, the same as _headers gives other hosts', async () => {
  const rules = parseHeadersFile(file('_headers').toString());
  for (const path of ['/code/603/', '/_astro/', '/pagefind/pagefind.js', '/nothing', '/de/nichts']) {
    const r = await get(path);
    const expected = headersFor(rules, path);
    for (const name of ['x-content-type-options', 'x-frame-options', 'referrer-policy']) assert.equal(r.headers[name], expected[name], `${path}: ${name}`);
    assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
  }
});

test('nginx: /_astro/* is immutable for a year, pages and the search index revalidate, a 404 is never immutable', async () => {
  const asset = firstFile(join(site, '_astro'), (n) => n.endsWith('.js'))!;
  assert.equal((await get(url(asset))).headers['cache-control'], IMMUTABLE);
  assert.equal(headersFor(parseHeadersFile(file('_headers').toString()), url(asset))['cache-control'], IMMUTABLE, '_headers agrees');
  for (const path of ['/code/603/', '/code/603', '/', '/pagefind/pagefind.js', '/sw.js', '/_astro/missing.js']) assert.equal((await get(path)).headers['cache-control'], 'no-cache', path);
});

test('nginx: pages carry ETag and Last-Modified, and revalidation gets 304', async () => {
  const first = await get('/code/603/');
  assert.ok(first.headers.etag);
  assert.ok(first.headers['last-modified']);
  for (const headers of [{ 'if-none-match': first.headers.etag! }, { 'if-modified-since': first.headers['last-modified']! }, { 'if-modified-since': new Date(Date.now() + 60_000).toUTCString() }]) {
    const r = await get('/code/603/', { headers });
    assert.equal(r.status, 304, JSON.stringify(headers));
    assert.equal(r.headers['cache-control'], 'no-cache');
  }
  assert.equal((await get('/code/603/', { headers: { 'if-none-match': '"stale"' } })).status, 200);
});

test('nginx: the gzip copies the build wrote are sent to clients that accept gzip', async () => {
  const gz = file('code/603/index.html.gz');
  const r = await get('/code/603/', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(r.headers['content-encoding'], 'gzip');
  assert.equal(r.headers.vary, 'Accept-Encoding');
  assert.deepEqual(r.body, gz, 'the pre-compressed file itself, not a fresh compression');
  assert.deepEqual(gunzipSync(r.body), file('code/603/index.html'));
  const plain = await get('/code/603/');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, file('code/603/index.html'));
  const notFound = await get('/de/nichts', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(notFound.status, 404);
  assert.deepEqual(gunzipSync(notFound.body), file('de/404.html'));
});

test("nginx: types for pages, scripts, JSON, the manifest, WebAssembly and Pagefind's index files", async () => {
  const pagefind = join(site, 'pagefind');
  const cases: [string, string][] = [
    ['/code/603/', 'text/html; charset=utf-8'],
    ['/sw.js', 'text/javascript; charset=utf-8'],
    ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['/search-data.json', 'application/json; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['/test.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/test.wasm', 'application/wasm'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
  ];
  for (const ext of ['.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter']) {
    const found = firstFile(pagefind, (n) => n.endsWith(ext));
    assert.ok(found, `the built index has a ${ext} file`);
    cases.push([url(found), 'application/octet-stream']);
  }
  for (const [path, type] of cases) {
    const r = await get(path);
    assert.equal(r.status, 200, path);
    assert.equal(r.headers['content-type'], type, path);
  }
});

test('nginx: the files other hosts read as configuration are not served', async () => {
  for (const path of ['/_headers', '/_redirects']) assert.equal((await get(path)).status, 404, path);
});

test('nginx logged no error while serving all of the above', () => {
  assert.doesNotMatch(nginx.errorLog(), /\[(emerg|alert|crit|error)\]/);
});
