// The name ITU-T Q.850 gives each cause value (content/reference/q850-causes.tsv, see the README
// there for where the names come from), read once per build with the parser the content check uses.
import { readFileSync } from 'node:fs';
import { parseQ850Names, Q850_NAMES_FILE, type Q850Name } from './validate.ts';

export type { Q850Name };

let names: Map<number, Q850Name> | undefined;

export function q850Names(): Map<number, Q850Name> {
  return (names ??= parseQ850Names(readFileSync(Q850_NAMES_FILE, 'utf8')));
}
