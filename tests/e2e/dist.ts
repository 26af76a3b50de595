// The built site on disk, for the checks that read every page rather than browse.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';

/** Every HTML page under dist/, skipping the search index and scripts. */
export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}
