// Serves the built site (dist/) on localhost with the same URL rules as a plain static
// host: /code/603 and /code/603/ both answer with the page, unknown paths get the 404
// page of their language. No dependencies, so `npm start` and the tests share it.
//   node src/server/serve.ts [--port 4321] [--root dist]
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** The file a URL path maps to, or undefined. Paths escaping the root never resolve. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  const full = normalize(join(root, path));
  if (!full.startsWith(root)) return undefined;
  for (const candidate of [full, join(full, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export function serve(rootDir: string, port: number, host = '127.0.0.1'): Server {
  const root = resolve(rootDir);
  const server = createServer((req, res) => {
    const urlPath = req.url ?? '/';
    const file = resolveFile(root, urlPath);
    const status = file ? 200 : 404;
    const body = file ?? join(root, urlPath.startsWith('/de/') || urlPath === '/de' ? 'de/404.html' : '404.html');
    res.writeHead(status, {
      'content-type': TYPES[extname(body)] ?? 'application/octet-stream',
      'cache-control': body.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(body).pipe(res);
  });
  return server.listen(port, host);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, root: { type: 'string', default: 'dist' } } });
  if (!existsSync(join(values.root, 'index.html'))) {
    console.error(`No built site in ${values.root}/: run "npm run build" first.`);
    process.exit(1);
  }
  const server = serve(values.root, Number(values.port));
  server.on('listening', () => {
    const { port } = server.address() as { port: number };
    console.log(`SIP response codes: http://localhost:${port}/ (English), http://localhost:${port}/de/ (Deutsch)`);
  });
}
