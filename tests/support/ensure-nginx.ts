// Makes sure an nginx is there for the deploy test: finds one, or installs Debian's package
// when it can (root with apt-get), or stops and says exactly what to install. The same way
// ensure-browser.ts does it for Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx', '/usr/local/nginx/sbin/nginx'];

export function findNginx(): string | undefined {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

export function ensureNginx(): string {
  const found = findNginx();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No nginx found: installing Debian\'s "nginx" package (apt-get install -y nginx)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx'], { stdio: 'inherit', env });
    const installed = findNginx();
    if (installed) return installed;
  }
  throw new Error(
    'The deploy test runs deploy/nginx.conf under nginx and none was found.\n' +
      '  On Debian or Ubuntu, run as root: apt-get install -y nginx\n' +
      '  Or point NGINX_PATH at an nginx binary: NGINX_PATH=/path/to/nginx npm test',
  );
}

if (import.meta.main) {
  try {
    console.log(`nginx: ${ensureNginx()}`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
