import { readFileSync, readdirSync } from 'node:fs';
import { splitEntry } from '../../src/lib/entryFile.ts';

export const CODES_DIR = 'content/codes';

/** A valid entry (the 486 model) as parsed frontmatter, for tests that break one field. */
export function validEntry(): Record<string, unknown> {
  return structuredClone(splitEntry(readFileSync(`${CODES_DIR}/486.mdx`, 'utf8')).data as Record<string, unknown>);
}

export function validBody(): string {
  return splitEntry(readFileSync(`${CODES_DIR}/486.mdx`, 'utf8')).body;
}

export function entryFiles(): string[] {
  return readdirSync(CODES_DIR).filter((f) => f.endsWith('.mdx')).sort();
}

/** The IANA registry snapshot kept in the repo: code → description. */
export function ianaRegistry(): Map<number, string> {
  const rows = readFileSync('content/reference/iana-sip-response-codes.csv', 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((r) => {
    const [value, description] = r.split(',');
    return [Number(value), description!];
  }));
}
