// Moves a finished build from the staging outDir to its public folder in one rename, so
// that the last good site stays in place whenever a build fails part-way.
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export default function publish({ to }: { to: string }): AstroIntegration {
  return {
    name: 'sip-codes:publish',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const staged = fileURLToPath(dir);
        const target = resolve(to);
        const old = `${target}.old`;
        rmSync(old, { recursive: true, force: true });
        if (existsSync(target)) renameSync(target, old);
        renameSync(staged, target);
        rmSync(old, { recursive: true, force: true });
        logger.info(`published to ${to}`);
      },
    },
  };
}
