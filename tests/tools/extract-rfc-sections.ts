// Regenerates content/reference/rfc-sections.json from the RFC texts in ../shared/rfc.
// The site and its tests must work without ../shared, so the section headings they
// check references against are kept in the repo; run this only when an RFC is added.
//   node tests/tools/extract-rfc-sections.ts [../shared/rfc]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '../shared/rfc';
const out: Record<string, Record<string, string>> = {};
for (const file of readdirSync(dir).filter((f) => /^rfc\d+\.txt$/.test(f)).sort()) {
  const id = file.replace(/^rfc(\d+)\.txt$/, 'RFC$1');
  const sections: Record<string, string> = {};
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    // Body headings start in column 0 ("21.4.24 486 Busy Here", "8.3.1. Event Header");
    // table-of-contents lines are indented and end in a page number, so they never match.
    const m = /^(\d+(?:\.\d+)*)\.?\s+(\S.*?)\s*$/.exec(line);
    if (!m || /\.{3,}\s*\d+$/.test(line)) continue;
    const num = m[1]!;
    if (sections[num] === undefined) sections[num] = m[2]!;
  }
  out[id] = sections;
}
writeFileSync('content/reference/rfc-sections.json', JSON.stringify(out, null, 1) + '\n');
console.log(Object.entries(out).map(([k, v]) => `${k}: ${Object.keys(v).length}`).join('\n'));
