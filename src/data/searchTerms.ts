// Everyday wording for search (content/search-terms.yaml): phrase → what it leads to, per
// language. Read once per build; a target that names no entry stops the build with the file,
// the language and the phrase.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { targetKey, type Target } from '../lib/query.ts';

const target = z.union([
  z.number().int().min(100).max(799),
  z.string().regex(/^(?:cause:\d{1,3}|fs:[A-Z][A-Z0-9_]*|warning:3\d\d)$/, 'a target is a code number, "cause:N", "fs:NAME" or "warning:N"'),
]);
/** The shape of content/search-terms.yaml; src/lib/contentCheck.ts checks the file with it before a build. */
export const searchTermsSchema = z.strictObject({ en: z.record(z.string().min(2), z.array(target).min(1)), de: z.record(z.string().min(2), z.array(target).min(1)) });

export type SearchTerms = Record<'en' | 'de', [phrase: string, targets: Target[]][]>;

export function toTarget(t: number | string): Target {
  if (typeof t === 'number') return { kind: 'code', code: t };
  const [kind, id] = t.split(':') as [string, string];
  if (kind === 'cause') return { kind: 'cause', cause: Number(id) };
  if (kind === 'warning') return { kind: 'warning', warning: Number(id) };
  return { kind: 'fs', name: id };
}

/** Reads the file and checks every target with `exists` (an entry, a cause value or a FreeSWITCH name). */
export function searchTerms(exists: (t: Target) => boolean, file = 'content/search-terms.yaml'): SearchTerms {
  const result = searchTermsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const out = { en: [], de: [] } as SearchTerms;
  for (const lang of ['en', 'de'] as const) {
    for (const [phrase, targets] of Object.entries(result.data[lang])) {
      const ts = targets.map(toTarget);
      const missing = ts.find((t) => !exists(t));
      if (missing) throw new Error(`${file}: ${lang}."${phrase}": ${targetKey(missing)} has no entry`);
      out[lang].push([phrase, ts]);
    }
  }
  return out;
}
