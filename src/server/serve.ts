// Serves the built site (dist/) the way a plain static host does, for `npm start` and the
// browser tests: /code/603 and /code/603/ both answer with the page; unknown paths get the
// 404 page of the language they look like, with status 404; the headers come from the
// `_headers` file the build writes for Netlify and Cloudflare Pages (src/integrations/headers.ts),
// so the browser tests run under the same Content-Security-Policy header a real host sends.
// No dependencies.
//   node src/server/serve.ts [--port 4321] [--host 127.0.0.1] [--root dist]   (or PORT=4321)
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { langOfPath } from '../i18n/index.ts';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  // Pagefind's index: gzip-compressed binaries that pagefind.js fetches and unpacks itself.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.gz': 'application/gzip',
  // The offline packs: gzip streams the service worker unpacks itself (src/offline/plan.ts).
  '.pack': 'application/octet-stream',
};

/** Files a static host reads as its configuration and never serves. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

export type Resolved = { file: string } | { notFound: true } | { badRequest: string };

/**
 * What a request target maps to under root. A path that would leave root is a bad request,
 * whatever its spelling: "..", its percent-encoded forms, encoded separators (%2f, %5c, which
 * no page URL contains and which would let a decoded ".." slip past a segment check),
 * backslashes and NUL. The final check compares resolved paths with a trailing separator, so
 * a sibling folder whose name starts with the root's (dist-secret, dist.old) is outside.
 */
export function resolveRequest(root: string, target: string): Resolved {
  // Absolute-form request targets (RFC 9112, section 3.2.2) carry scheme and authority.
  const pathPart = target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/, 1)[0]!;
  if (!pathPart.startsWith('/')) return { badRequest: 'the path must start with "/"' };
  if (/%(2f|5c|00)/i.test(pathPart)) return { badRequest: 'encoded separators and NUL are not allowed in a path' };
  let path: string;
  try {
    path = decodeURIComponent(pathPart);
  } catch {
    return { badRequest: 'malformed percent-encoding' };
  }
  if (path.includes('\0') || path.includes('\\')) return { badRequest: 'NUL and backslashes are not allowed in a path' };
  const full = resolve(root, `.${path}`);
  if (full !== root && !full.startsWith(root + sep)) return { badRequest: 'the path leaves the site' };
  if (HOST_FILES.has(path)) return { notFound: true };
  for (const candidate of [full, join(full, 'index.html')]) {
    const stats = statOrUndefined(candidate);
    if (!stats?.isFile()) continue;
    // A symbolic link inside the site must not lead out of it either.
    const real = realpathSync(candidate);
    const realRoot = realpathSync(root);
    if (!real.startsWith(realRoot + sep)) return { notFound: true };
    return { file: candidate };
  }
  return { notFound: true };
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The 404 page of the language a path looks like: /de/…, /DE/…, /De/… are German. */
export function notFoundPage(root: string, target: string): string {
  let path = target.split(/[?#]/, 1)[0]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the raw path: only its first segment matters here.
  }
  return join(root, langOfPath(path.toLowerCase()) === 'de' ? 'de/404.html' : '404.html');
}

// ---------------------------------------------------------------------------------------
// _headers, as Netlify and Cloudflare Pages read it: a line without indentation is a path
// pattern (`*` matches anything), the indented lines below it are "Name: value" headers
// for every request path it matches. Where two matching rules set the same header,
// Cloudflare Pages joins the values with a comma; so does this server.

export type HeaderRule = { pattern: RegExp; source: string; headers: [string, string][] };

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim();
      const pattern = new RegExp(`^${source.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ pattern, source, headers: [] });
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path, got ${JSON.stringify(line)}`);
    rule.headers.push([match[1]!.toLowerCase(), match[2]!.trim()]);
  }
  return rules;
}

export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

/** The rules of root/_headers, read again whenever the file changes (a new build). */
function headerRules(root: string): () => HeaderRule[] {
  let cached: { key: string; rules: HeaderRule[] } | undefined;
  return () => {
    const file = join(root, '_headers');
    const stats = statOrUndefined(file);
    if (!stats) return [];
    const key = `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
    if (cached?.key !== key) cached = { key, rules: parseHeadersFile(readFileSync(file, 'utf8')) };
    return cached.rules;
  };
}

// ---------------------------------------------------------------------------------------
// Validators and conditional requests (RFC 9110, sections 8.8 and 13).

/** A strong validator from size and modification time, as nginx makes it. */
export function etagOf(stats: Stats): string {
  return `"${Math.floor(stats.mtimeMs / 1000).toString(16)}-${stats.size.toString(16)}"`;
}

/** True when the client's copy is current: If-None-Match wins over If-Modified-Since (section 13.2.2). */
export function notModified(req: IncomingMessage, etag: string, stats: Stats): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    // Weak comparison (section 8.8.3.2) is the one If-None-Match uses.
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return inm.trim() === '*' || inm.split(',').some((tag) => opaque(tag) === opaque(etag));
  }
  const ims = req.headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Math.floor(stats.mtimeMs / 1000) * 1000 <= since;
}

/** True when Accept-Encoding allows gzip (a q-value of 0 refuses it; section 12.5.3). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let gzip: number | undefined;
  let any: number | undefined;
  for (const part of header.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    const weight = q ? Number(q[1]) : 1;
    if (coding === 'gzip' || coding === 'x-gzip') gzip = weight;
    else if (coding === '*') any = weight;
  }
  return (gzip ?? any ?? 0) > 0;
}

// ---------------------------------------------------------------------------------------

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string, head: boolean): void {
  res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(body)) });
  res.end(head ? undefined : body);
}

export function handler(rootDir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const root = resolve(rootDir);
  const rules = headerRules(root);
  return (req, res) => {
    const head = req.method === 'HEAD';
    const base: Record<string, string> = { 'x-content-type-options': 'nosniff' };
    if (req.method !== 'GET' && !head) {
      // RFC 9110, section 15.5.6: a 405 names the methods the resource supports.
      return send(res, 405, { ...base, allow: 'GET, HEAD' }, 'Method not allowed: this site answers GET and HEAD only.\n', false);
    }
    const target = req.url ?? '/';
    const resolved = resolveRequest(root, target);
    if ('badRequest' in resolved) return send(res, 400, base, `Bad request: ${resolved.badRequest}.\n`, head);

    const status = 'file' in resolved ? 200 : 404;
    let file = 'file' in resolved ? resolved.file : notFoundPage(root, target);
    if (!existsSync(file)) return send(res, 404, base, 'Not found.\n', head);
    const path = target.split(/[?#]/, 1)[0]!;
    let decodedPath = path;
    try {
      decodedPath = decodeURIComponent(path);
    } catch {
      // resolveRequest has already refused malformed paths; a 404 keeps the raw one.
    }
    const headers: Record<string, string> = { ...base, ...headersFor(rules(), decodedPath) };
    headers['content-type'] = TYPES[extname(file)] ?? 'application/octet-stream';
    // Pages and every file without a hash in its name are revalidated on each use;
    // `_headers` marks the hashed ones (/_astro/*) immutable, but never a 404 under them.
    if (status === 404 || !headers['cache-control']) headers['cache-control'] = 'no-cache';

    // Pre-compressed copy written by the build (src/integrations/compress.ts).
    const gz = `${file}.gz`;
    if (existsSync(gz)) {
      headers['vary'] = 'Accept-Encoding';
      if (acceptsGzip(req.headers['accept-encoding'])) {
        file = gz;
        headers['content-encoding'] = 'gzip';
      }
    }
    const stats = statSync(file);
    if (status === 200) {
      headers['etag'] = etagOf(stats);
      headers['last-modified'] = stats.mtime.toUTCString();
      if (notModified(req, headers['etag'], stats)) {
        delete headers['content-type'];
        delete headers['content-encoding'];
        res.writeHead(304, headers);
        return void res.end();
      }
    }
    headers['content-length'] = String(stats.size);
    res.writeHead(status, headers);
    if (head) return void res.end();
    createReadStream(file).pipe(res);
  };
}

export function serve(rootDir: string, port: number, host = '127.0.0.1'): Server {
  return createServer(handler(rootDir)).listen(port, host);
}

/** The port from --port, else PORT, else 4321; an error message when it is not a port number. */
export function portFrom(option: string | undefined, env: string | undefined): number | string {
  const text = option ?? env ?? '4321';
  const source = option !== undefined ? '--port' : env !== undefined ? 'PORT' : 'the default';
  if (!/^\d+$/.test(text) || Number(text) > 65535) return `${source} is ${JSON.stringify(text)}, not a port number (0–65535)`;
  return Number(text);
}

/** The one line printed when the server cannot listen. */
export function listenError(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === 'EADDRINUSE') return `Port ${port} is already in use on ${host}: stop what runs there, or choose another port with --port N (npm start -- --port N) or PORT=N.`;
  if (error.code === 'EACCES') return `Port ${port} needs privileges this user lacks: choose a port above 1023 with --port N or PORT=N.`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return `Cannot listen on ${host}: no such address on this machine (--host).`;
  return `Cannot listen on ${host}:${port}: ${error.message}`;
}

if (import.meta.main) {
  let values: { port?: string; host: string; root: string };
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' }, root: { type: 'string', default: 'dist' } } }));
  } catch (e) {
    console.error(`${(e as Error).message}. Usage: node src/server/serve.ts [--port N] [--host ADDRESS] [--root DIR]`);
    process.exit(2);
  }
  const port = portFrom(values.port, process.env.PORT);
  if (typeof port === 'string') {
    console.error(`${port}.`);
    process.exit(2);
  }
  if (!existsSync(join(values.root, 'index.html'))) {
    console.error(`No built site in ${values.root}/: run "npm run build" first.`);
    process.exit(1);
  }
  const server = serve(values.root, port, values.host);
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(listenError(error, values.host, port));
    process.exit(1);
  });
  server.on('listening', () => {
    const { port: actual } = server.address() as { port: number };
    const name = values.host === '127.0.0.1' || values.host === '::1' ? 'localhost' : values.host;
    console.log(`SIP response codes: http://${name}:${actual}/ (English), http://${name}:${actual}/de/ (Deutsch)`);
  });
}
