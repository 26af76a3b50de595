// Checks entry files without building the site: schema, body sections, file name, and
// that related codes are among the codes the site covers.
//   node tests/tools/check-entries.ts content/codes/486.mdx [...]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { codeSchema } from '../../src/lib/schema.ts';
import { checkBody, checkFileName } from '../../src/lib/validate.ts';
import { splitEntry } from '../../src/lib/entryFile.ts';
import extra from '../../content/reference/entries.json' with { type: 'json' };

const iana = readFileSync('content/reference/iana-sip-response-codes.csv', 'utf8').split('\n').slice(1).filter(Boolean).map((l) => Number(l.split(',')[0]));
const known = new Set([...iana, ...extra.obsolete, ...extra.nonStandard]);
let bad = 0;
for (const file of process.argv.slice(2)) {
  const problems: string[] = [];
  try {
    const { data, body } = splitEntry(readFileSync(file, 'utf8'));
    const parsed = codeSchema.safeParse(data);
    if (!parsed.success) for (const i of parsed.error.issues) problems.push(`${i.path.join('.')}: ${i.message}`);
    for (const p of checkBody(body)) problems.push(`${p.field}: ${p.message}`);
    const fileProblem = checkFileName(basename(file), (data as { code?: unknown }).code);
    if (fileProblem) problems.push(fileProblem);
    if (parsed.success) for (const r of parsed.data.related) if (!known.has(r.code)) problems.push(`related: ${r.code} is not a code the site covers`);
  } catch (e) {
    problems.push(String(e));
  }
  if (problems.length) bad++;
  console.log(problems.length ? `✗ ${file}\n  ${problems.join('\n  ')}` : `✓ ${file}`);
}
process.exit(bad ? 1 : 0);
