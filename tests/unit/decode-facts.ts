// The decoder's facts as the build makes them, read straight from content/ for unit tests.
import { readFileSync, readdirSync } from 'node:fs';
import { splitEntry } from '../../src/lib/entryFile.ts';
import { stackTables } from '../../src/lib/stacks.ts';
import { decodeFacts, type FactInputs } from '../../src/lib/decodeFacts.ts';
import type { DecodeFacts } from '../../src/lib/decode.ts';
import type { Lang } from '../../src/i18n/index.ts';

// The frontmatter as written; the schema's defaults matter only for `headers`.
const entries = <T>(dir: string): T[] =>
  readdirSync(`content/${dir}`).filter((f) => f.endsWith('.mdx')).map((f) => splitEntry(readFileSync(`content/${dir}/${f}`, 'utf8')).data as T);

export function facts(lang: Lang = 'en'): DecodeFacts {
  const read = (f: string) => readFileSync(`content/reference/${f}`, 'utf8');
  const tables = stackTables();
  return decodeFacts(lang, {
    codes: entries<FactInputs['codes'][number]>('codes').map((d) => ({ ...d, headers: d.headers ?? [] })),
    causes: entries<FactInputs['causes'][number]>('causes'),
    warnings: entries<FactInputs['warnings'][number]>('warnings'),
    ianaCodesCsv: read('iana-sip-response-codes.csv'),
    ianaWarningsCsv: read('iana-sip-warning-codes.csv'),
    q850Tsv: read('q850-causes.tsv'),
    causeNames: tables.causeNames,
    phrases: tables.phrases,
  });
}
