// The name ITU-T Q.850 gives each cause value, from content/reference/q850-causes.tsv (see the
// README there for where the names come from).
import { readFileSync } from 'node:fs';
import { parseTsv } from './stacks.ts';

export interface Q850Name {
  cause: number;
  name: string;
  /** False for values stacks name but Q.850 does not define. */
  q850: boolean;
}

let names: Map<number, Q850Name> | undefined;

export function q850Names(file = 'content/reference/q850-causes.tsv'): Map<number, Q850Name> {
  return (names ??= new Map(parseTsv(readFileSync(file, 'utf8')).map((r) => [Number(r.cause), { cause: Number(r.cause), name: r.name!, q850: r.q850 === 'yes' }])));
}
