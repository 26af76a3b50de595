// Runs deploy/nginx.conf under a real nginx, unprivileged, on a high port, over a built site:
// pid file, logs and temp folders live in a scratch folder, and only the listen and root
// lines of the deploy config change. Used by tests/deploy/nginx.test.ts and, as the web
// server of the browser tests, by `TEST_SERVER=nginx playwright test`.
//   node tests/support/nginx.ts --port 4203 [--root dist]
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureNginx } from './ensure-nginx.ts';

export const DEPLOY_CONF = 'deploy/nginx.conf';

/** The deploy config with its listen lines on 127.0.0.1:port and its root on the given folder. */
export function siteConfig(deployConf: string, root: string, port: number): string {
  let listens = 0;
  let roots = 0;
  const text = deployConf
    .replace(/^(\s*)listen\s+[^;]+;.*$/gm, (_m, indent: string) => (listens++ === 0 ? `${indent}listen 127.0.0.1:${port};` : `${indent}# (second listen line dropped for the test)`))
    .replace(/^(\s*)root\s+[^;]+;.*$/gm, (_m, indent: string) => (roots++, `${indent}root ${JSON.stringify(resolve(root))};`));
  if (listens < 1 || roots !== 1) throw new Error(`${DEPLOY_CONF}: expected listen lines and one root line to point at the test site, found ${listens} and ${roots}`);
  return text;
}

/** nginx's own settings: foreground, everything it writes inside the scratch folder. */
export function mainConfig(scratch: string): string {
  const at = (name: string) => JSON.stringify(join(scratch, name));
  return `daemon off;
worker_processes 1;
pid ${at('nginx.pid')};
error_log ${at('error.log')} warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path ${at('client_body')};
    proxy_temp_path ${at('proxy')};
    fastcgi_temp_path ${at('fastcgi')};
    uwsgi_temp_path ${at('uwsgi')};
    scgi_temp_path ${at('scgi')};
    include ${at('site.conf')};
}
`;
}

/** The uid and gid of "nobody", for running nginx unprivileged when the tests run as root. */
function nobody(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('nobody:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  return { uid: Number(uid ?? 65534), gid: Number(gid ?? 65534) };
}

export type Nginx = { port: number; scratch: string; process: ChildProcess; stop: () => Promise<void>; errorLog: () => string };

function waitForPort(port: number, child: ChildProcess, log: () => string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  return new Promise((ok, fail) => {
    let exited = false;
    child.once('exit', (code) => {
      exited = true;
      fail(new Error(`nginx exited with ${code} before listening:\n${log()}`));
    });
    const attempt = () => {
      if (exited) return;
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), ok()));
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() - started > timeoutMs) fail(new Error(`nginx did not listen on ${port} within ${timeoutMs} ms:\n${log()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Starts nginx with deploy/nginx.conf over root on 127.0.0.1:port; resolves once it listens. */
export async function startNginx(root: string, port: number, options: { deployConf?: string; scratch?: string } = {}): Promise<Nginx> {
  const binary = ensureNginx();
  const deployConf = options.deployConf ?? readFileSync(DEPLOY_CONF, 'utf8');
  let scratch: string;
  if (options.scratch) {
    rmSync(options.scratch, { recursive: true, force: true });
    mkdirSync(options.scratch, { recursive: true });
    scratch = resolve(options.scratch);
  } else scratch = mkdtempSync(join(tmpdir(), 'sip-nginx-'));
  writeFileSync(join(scratch, 'site.conf'), siteConfig(deployConf, root, port));
  writeFileSync(join(scratch, 'nginx.conf'), mainConfig(scratch));
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? nobody() : undefined;
  if (user) {
    // nginx never runs as root here: its master process, too, is "nobody", which owns only
    // the scratch folder. The site must be readable by others, as on a real server.
    chownSync(scratch, user.uid, user.gid);
    chmodSync(scratch, 0o755);
  }
  const errorLog = () => {
    try {
      return readFileSync(join(scratch, 'error.log'), 'utf8');
    } catch {
      return '(no error log)';
    }
  };
  let stderr = '';
  const child = spawn(binary, ['-p', scratch, '-c', join(scratch, 'nginx.conf'), '-e', join(scratch, 'error.log')], { stdio: ['ignore', 'inherit', 'pipe'], ...(user ?? {}) });
  child.stderr!.on('data', (d) => (stderr += d));
  await waitForPort(port, child, () => `${stderr}${errorLog()}`);
  const stop = () =>
    new Promise<void>((ok) => {
      if (child.exitCode !== null || child.signalCode !== null) return ok(void rmSync(scratch, { recursive: true, force: true }));
      child.once('exit', () => ok(void rmSync(scratch, { recursive: true, force: true })));
      child.kill('SIGQUIT');
    });
  return { port, scratch, process: child, stop, errorLog };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string' }, root: { type: 'string', default: 'dist' } } });
  const port = Number(values.port ?? process.env.TEST_PORT);
  if (!Number.isInteger(port) || port <= 0) {
    console.error('Usage: node tests/support/nginx.ts --port N [--root dist]');
    process.exit(2);
  }
  // Playwright ends its web server with SIGKILL to the whole process group, so nothing here
  // can clean up on exit: the scratch folder has a fixed place, emptied on the next start.
  const nginx = await startNginx(values.root, port, { scratch: join('.build', `nginx-${port}`) }).catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
  console.log(`nginx with ${DEPLOY_CONF}: http://localhost:${port}/ (root ${values.root}/)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void nginx.stop().then(() => process.exit(0)));
  nginx.process.once('exit', (code) => process.exit(code ?? 1));
}
