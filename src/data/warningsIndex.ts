// The text of the Warning code index page (content/warnings-index.yaml): an introduction and
// the warn-code ranges of RFC 3261 §20.43. Read once per build and checked like an entry.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { bilingual } from '../lib/fields.ts';

/** Checked before the build renders anything, with the entries (src/lib/contentCheck.ts). */
export const warningsIndexSchema = z.strictObject({
  intro: bilingual,
  ranges: z.array(z.strictObject({ from: z.number().int(), to: z.number().int(), ...bilingual.shape })).min(1),
});

export type WarningsIndex = z.output<typeof warningsIndexSchema>;

let index: WarningsIndex | undefined;

export function warningsIndex(file = 'content/warnings-index.yaml'): WarningsIndex {
  if (index) return index;
  const result = warningsIndexSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return (index = result.data);
}
