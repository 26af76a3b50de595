// The own static server (src/server/serve.ts), started on a free port over a small site in a
// scratch folder. Next to the site lie real sibling folders whose names start with the site's
// (dist-secret, dist.old: the name publish.ts gives the previous site during a publish), so a
// path that escapes the root would find a file there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { acceptsGzip, headersFor, parseHeadersFile, portFrom, resolveRequest, serve } from '../../src/server/serve.ts';
import { IMMUTABLE, renderHeaders } from '../../src/integrations/headers.ts';

const SECRET = 'SECRET OUTSIDE THE SITE';
const CSP = "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'";
let scratch: string;
let root: string;
let server: Server;
let port: number;

function write(path: string, text: string | Buffer): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'sip-serve-'));
  root = join(scratch, 'dist');
  const page603 = `<!doctype html><title>603 Decline</title>${'<p>Decline</p>'.repeat(200)}`;
  write(join(root, 'index.html'), '<!doctype html><title>Home</title>');
  write(join(root, '404.html'), '<!doctype html><title>Not found</title>');
  write(join(root, 'de/404.html'), '<!doctype html><title>Nicht gefunden</title>');
  write(join(root, 'code/603/index.html'), page603);
  write(join(root, 'code/603/index.html.gz'), gzipSync(page603));
  write(join(root, '_astro/app.1234abcd.js'), 'export {};');
  write(join(root, 'pagefind/fragment/en_1.pf_fragment'), Buffer.from([0x1f, 0x8b]));
  write(join(root, '_headers'), renderHeaders(CSP, ['/pagefind/fragment/*']));
  write(join(root, '_redirects'), '/de/*  /de/404.html  404\n');
  for (const sibling of ['dist-secret', 'dist.old']) write(join(scratch, sibling, 'x'), SECRET);
  write(join(scratch, 'secret.txt'), SECRET);
  symlinkSync(join(scratch, 'dist-secret'), join(root, 'link'));
  const old = new Date('2026-01-01T00:00:00Z');
  utimesSync(join(root, 'code/603/index.html'), old, old);
  server = serve(root, 0);
  await new Promise((ok) => server.once('listening', ok));
  port = (server.address() as AddressInfo).port;
});
after(() => {
  server.close();
  rmSync(scratch, { recursive: true, force: true });
});

type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** Sends the path exactly as given: Node's client neither normalizes nor re-encodes it. */
function get(path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** A request written byte by byte, for targets Node's client refuses to send (a raw NUL). */
function raw(target: string): Promise<string> {
  return new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.on('data', (d) => (text += d));
    socket.on('end', () => ok(text));
    socket.on('error', fail);
  });
}

test('a page answers 200 both as a folder (/code/603/) and without the slash (/code/603), with no redirect', async () => {
  for (const path of ['/code/603/', '/code/603', '/code/603/index.html', '/code/603/?q=1']) {
    const r = await get(path);
    assert.equal(r.status, 200, path);
    assert.equal(r.headers.location, undefined, path);
    assert.match(r.body.toString(), /603 Decline/, path);
  }
});

const escapes = [
  '/../dist-secret/x',
  '/%2e%2e/dist-secret/x',
  '/%2E%2E/dist-secret/x',
  '/.%2e/dist-secret/x',
  '/..%2fdist-secret%2fx',
  '/..%2Fdist-secret%2Fx',
  '/%2e%2e%2fdist-secret%2fx',
  '/..%5cdist-secret%5cx',
  '/..\\dist-secret\\x',
  '/code/../../dist-secret/x',
  '/code/%2e%2e/%2e%2e/dist-secret/x',
  '/../dist.old/x',
  '/%2e%2e/dist.old/x',
  '/..%2fdist.old%2fx',
  '/../secret.txt',
  '/x%00.html',
  '/%00',
  'http://localhost/../dist-secret/x',
];

for (const path of escapes) {
  test(`a path that would leave the site is refused: ${path}`, async () => {
    const r = await get(path);
    assert.equal(r.status, 400, `${path} answered ${r.status}`);
    assert.doesNotMatch(r.body.toString(), new RegExp(SECRET));
  });
}

test('the sibling folders really hold the secret, so the refusals above are not vacuous', () => {
  assert.equal(readFileSync(resolve(root, '../dist-secret/x'), 'utf8'), SECRET);
  assert.equal(readFileSync(resolve(root, '../dist.old/x'), 'utf8'), SECRET);
  // The old check, a string prefix without a separator, let this one through.
  assert.ok(resolve(root, '../dist-secret/x').startsWith(root));
});

test('a raw NUL in the path never reaches the file system', async () => {
  const text = await raw('/x\0.html');
  assert.match(text, /^HTTP\/1\.1 400 /);
  assert.doesNotMatch(text, new RegExp(SECRET));
});

test('a symbolic link inside the site does not lead out of it', async () => {
  const r = await get('/link/x');
  assert.equal(r.status, 404);
  assert.doesNotMatch(r.body.toString(), new RegExp(SECRET));
});

test('resolveRequest maps paths inside the root and refuses the rest', () => {
  assert.deepEqual(resolveRequest(root, '/code/603'), { file: join(root, 'code/603/index.html') });
  assert.deepEqual(resolveRequest(root, '/code/%36%30%33/'), { file: join(root, 'code/603/index.html') });
  assert.deepEqual(resolveRequest(root, '/nothing'), { notFound: true });
  assert.ok('badRequest' in resolveRequest(root, '/%E0%A4%A'), 'malformed percent-encoding');
  assert.ok('badRequest' in resolveRequest(root, '/../dist-secret/x'));
});

for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
  test(`${method} is not allowed: 405 with Allow: GET, HEAD`, async () => {
    const r = await get('/code/603/', { method });
    assert.equal(r.status, 405);
    assert.equal(r.headers.allow, 'GET, HEAD');
  });
}

test('HEAD answers with the headers of GET and no body', async () => {
  const g = await get('/code/603/');
  const h = await get('/code/603/', { method: 'HEAD' });
  assert.equal(h.status, 200);
  assert.equal(h.body.length, 0);
  assert.equal(h.headers['content-length'], g.headers['content-length']);
  assert.equal(h.headers.etag, g.headers.etag);
});

test('a page carries an ETag and Last-Modified, and a revalidation with either gets 304', async () => {
  const first = await get('/code/603/');
  const etag = first.headers.etag!;
  assert.match(etag, /^"[0-9a-f]+-[0-9a-f]+"$/);
  assert.equal(first.headers['last-modified'], 'Thu, 01 Jan 2026 00:00:00 GMT');
  for (const headers of [{ 'if-none-match': etag }, { 'if-none-match': `"other", W/${etag}` }, { 'if-none-match': '*' }, { 'if-modified-since': 'Thu, 01 Jan 2026 00:00:00 GMT' }, { 'if-modified-since': 'Fri, 02 Jan 2026 00:00:00 GMT' }]) {
    const r = await get('/code/603/', { headers });
    assert.equal(r.status, 304, JSON.stringify(headers));
    assert.equal(r.body.length, 0);
    assert.equal(r.headers.etag, etag);
    assert.equal(r.headers['cache-control'], 'no-cache');
  }
  for (const headers of [{ 'if-none-match': '"stale"' }, { 'if-modified-since': 'Wed, 31 Dec 2025 23:59:59 GMT' }, { 'if-none-match': '"stale"', 'if-modified-since': 'Fri, 02 Jan 2026 00:00:00 GMT' }]) {
    assert.equal((await get('/code/603/', { headers })).status, 200, JSON.stringify(headers));
  }
});

test('unknown paths get the 404 page of the language they look like, with status 404', async () => {
  const cases: [string, RegExp][] = [
    ['/nothing', /Not found/],
    ['/code/999/', /Not found/],
    ['/Deutsch', /Not found/],
    ['/decline', /Not found/],
    ['/de/nichts', /Nicht gefunden/],
    ['/de', /Nicht gefunden/],
    ['/DE/code/603', /Nicht gefunden/],
    ['/De/code/603/', /Nicht gefunden/],
    ['/%64e/nichts', /Nicht gefunden/],
  ];
  for (const [path, title] of cases) {
    const r = await get(path);
    assert.equal(r.status, 404, path);
    assert.match(r.headers['content-type']!, /^text\/html/, path);
    assert.match(r.body.toString(), title, path);
    assert.equal(r.headers.etag, undefined, `${path}: a 404 has no validator`);
  }
});

test('the files a static host reads as configuration are not served', async () => {
  for (const path of ['/_headers', '/_redirects']) assert.equal((await get(path)).status, 404, path);
});

test('the headers of _headers reach pages and 404s: the CSP with frame-ancestors, nosniff, no framing', async () => {
  for (const path of ['/code/603/', '/nothing', '/de/nichts']) {
    const r = await get(path);
    assert.equal(r.headers['content-security-policy'], CSP, path);
    assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
    assert.equal(r.headers['x-frame-options'], 'DENY', path);
    assert.equal(r.headers['referrer-policy'], 'no-referrer', path);
  }
});

test('hashed files are immutable for a year, pages revalidate, and a 404 is never immutable', async () => {
  assert.equal((await get('/_astro/app.1234abcd.js')).headers['cache-control'], IMMUTABLE);
  assert.equal((await get('/code/603/')).headers['cache-control'], 'no-cache');
  const missing = await get('/_astro/missing.js');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['cache-control'], 'no-cache');
});

test('types: JavaScript, and Pagefind binaries as octet-stream', async () => {
  assert.equal((await get('/_astro/app.1234abcd.js')).headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal((await get('/pagefind/fragment/en_1.pf_fragment')).headers['content-type'], 'application/octet-stream');
});

test('the pre-compressed copy is served to clients that accept gzip, and only to them', async () => {
  const plain = await get('/code/603/');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.headers.vary, 'Accept-Encoding');
  const gz = await get('/code/603/', { headers: { 'accept-encoding': 'br, gzip' } });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gz.headers.vary, 'Accept-Encoding');
  assert.notEqual(gz.headers.etag, plain.headers.etag, 'each encoding has its own validator');
  assert.equal(gunzipSync(gz.body).toString(), plain.body.toString());
  assert.equal((await get('/code/603/', { headers: { 'accept-encoding': 'gzip;q=0, identity' } })).headers['content-encoding'], undefined);
});

test('Accept-Encoding is read with its q-values', () => {
  assert.equal(acceptsGzip('gzip'), true);
  assert.equal(acceptsGzip('gzip, deflate, br'), true);
  assert.equal(acceptsGzip('br;q=1.0, gzip;q=0.5'), true);
  assert.equal(acceptsGzip('*'), true);
  assert.equal(acceptsGzip('gzip;q=0'), false);
  assert.equal(acceptsGzip('*;q=0'), false);
  assert.equal(acceptsGzip('br'), false);
  assert.equal(acceptsGzip(undefined), false);
});

test('_headers rules match like Netlify and Cloudflare Pages: * is a splat, all matching rules apply', () => {
  const rules = parseHeadersFile('# comment\n/*\n  X-A: 1\n/_astro/*\n  Cache-Control: x\n/exact\n  X-B: 2\n/*\n  X-A: 3\n');
  assert.deepEqual(headersFor(rules, '/_astro/a.js'), { 'x-a': '1, 3', 'cache-control': 'x' });
  assert.deepEqual(headersFor(rules, '/exact'), { 'x-a': '1, 3', 'x-b': '2' });
  assert.deepEqual(headersFor(rules, '/exact/more'), { 'x-a': '1, 3' });
  assert.throws(() => parseHeadersFile('  X-A: 1\n'), /_headers line 1/);
});

test('the port comes from --port, else PORT, else 4321; anything else is refused with a message', () => {
  assert.equal(portFrom('4322', undefined), 4322);
  assert.equal(portFrom(undefined, '4323'), 4323);
  assert.equal(portFrom('4322', '4323'), 4322);
  assert.equal(portFrom(undefined, undefined), 4321);
  assert.match(String(portFrom('http', undefined)), /^--port is "http", not a port number/);
  assert.match(String(portFrom(undefined, '70000')), /^PORT is "70000", not a port number/);
});

// The command line, as `npm start` and `npm run serve` run it.

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = s.address() as AddressInfo;
      s.close(() => ok(p));
    });
  });
}

function cli(args: string[], env: Record<string, string> = {}): { done: Promise<{ code: number | null; stdout: string; stderr: string }>; stop: () => void; listening: Promise<string> } {
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  if (!('PORT' in env)) delete childEnv.PORT;
  const child = spawn(process.execPath, ['src/server/serve.ts', '--root', root, ...args], { env: childEnv });
  let stdout = '';
  let stderr = '';
  let announce: (line: string) => void;
  const listening = new Promise<string>((ok) => (announce = ok));
  child.stdout.on('data', (d) => {
    stdout += d;
    if (stdout.includes('\n')) announce(stdout);
  });
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((ok) => child.on('exit', (code) => ok({ code, stdout, stderr })));
  return { done, listening, stop: () => child.kill() };
}

test('--port N and PORT=N both choose the port', async () => {
  for (const [args, env] of [[['--port', 'P'], {}], [['--port=P'], {}], [[], { PORT: 'P' }]] as [string[], Record<string, string>][]) {
    const p = String(await freePort());
    const run = cli(args.map((a) => a.replace('P', p)), Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replace('P', p)])));
    const line = await run.listening;
    assert.match(line, new RegExp(`http://localhost:${p}/`));
    run.stop();
    await run.done;
  }
});

test('a busy port is reported in one line, without a stack trace, and the exit code is not zero', async () => {
  const { done, stop } = cli(['--port', String(port)]);
  const timer = setTimeout(stop, 10_000);
  const result = await done;
  clearTimeout(timer);
  assert.equal(result.code, 1);
  assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  assert.match(result.stderr, new RegExp(`^Port ${port} is already in use`));
  assert.doesNotMatch(result.stderr, /\bat \w|node:/);
});

test('a port that is not a number and an unknown option are each reported in one line', async () => {
  for (const args of [['--port', 'http'], ['--prot', '4322']]) {
    const result = await cli(args).done;
    assert.equal(result.code, 2, args.join(' '));
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  }
});

test('npm start hands its arguments to the server: its last command is the server itself', () => {
  // npm appends `npm start -- --port 4322` to the end of the script; were that end another
  // `npm run`, npm would take --port as its own option and the server would never see it.
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  assert.match(scripts.start!, /&& node src\/server\/serve\.ts$/);
  assert.equal(scripts.serve, 'node src/server/serve.ts');
});
