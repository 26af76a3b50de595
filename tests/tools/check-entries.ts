// Checks entry files without building the site: schema, body sections, file name, and links
// to other entries. The kind comes from the folder (content/codes, content/causes, …).
//   node tests/tools/check-entries.ts content/codes/486.mdx content/causes/*.mdx [...]
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { ZodType } from 'astro/zod';
import { codeSchema } from '../../src/lib/schema.ts';
import { causeSchema, freeswitchCauseSchema } from '../../src/lib/causeSchema.ts';
import { warningSchema } from '../../src/lib/warningSchema.ts';
import { KIND_DIRS, KINDS, type KindDir } from '../../src/lib/kinds.ts';
import { checkBody, checkCauseName, checkFileName, parseQ850Names, Q850_NAMES_FILE } from '../../src/lib/validate.ts';
import { splitEntry } from '../../src/lib/entryFile.ts';

const SCHEMAS: Record<KindDir, ZodType> = { codes: codeSchema, causes: causeSchema, 'freeswitch-causes': freeswitchCauseSchema, warnings: warningSchema };
const known = Object.fromEntries(KIND_DIRS.map((d) => [d, new Set(readdirSync(`content/${d}`).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)))])) as Record<KindDir, Set<string>>;

const q850Names = parseQ850Names(readFileSync(Q850_NAMES_FILE, 'utf8'));

let bad = 0;
for (const file of process.argv.slice(2)) {
  const problems: string[] = [];
  const dir = basename(dirname(file)) as KindDir;
  const kind = KINDS[dir];
  try {
    if (!kind) throw new Error(`not in one of content/${KIND_DIRS.join(', content/')}`);
    const { data, body } = splitEntry(readFileSync(file, 'utf8'));
    const parsed = SCHEMAS[dir].safeParse(data);
    if (!parsed.success) for (const i of parsed.error.issues) problems.push(`${i.path.join('.')}: ${i.message}`);
    for (const p of checkBody(body, kind.sections)) problems.push(`${p.field}: ${p.message}`);
    const fileProblem = checkFileName(basename(file), (data as Record<string, unknown>)[kind.idField], kind);
    if (fileProblem) problems.push(fileProblem);
    if (dir === 'causes') for (const p of checkCauseName(data as Record<string, unknown>, q850Names)) problems.push(`${p.field}: ${p.message}`);
    for (const link of kind.links(data as Record<string, unknown>)) if (!known[link.dir].has(link.id)) problems.push(`${link.field}: ${link.id} has no entry in content/${link.dir}`);
  } catch (e) {
    problems.push(String(e));
  }
  if (problems.length) bad++;
  console.log(problems.length ? `✗ ${file}\n  ${problems.join('\n  ')}` : `✓ ${file}`);
}
process.exit(bad ? 1 : 0);
