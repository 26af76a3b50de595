// Makes sure an nginx is there for the deploy test (see debian.ts).
import { existsSync } from 'node:fs';
import { ensure, ensureFromCommandLine, type Need } from './debian.ts';

const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx', '/usr/local/nginx/sbin/nginx'];

export function findNginx(): string | undefined {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

const NGINX: Need = {
  name: 'nginx',
  pkg: 'nginx',
  flags: ['--no-install-recommends'],
  find: findNginx,
  missing: 'The deploy test runs deploy/nginx.conf under nginx and none was found.',
  elsewhere: 'Or point NGINX_PATH at an nginx binary: NGINX_PATH=/path/to/nginx npm test',
};

export const ensureNginx = (): string => ensure(NGINX);

if (import.meta.main) ensureFromCommandLine(NGINX);
