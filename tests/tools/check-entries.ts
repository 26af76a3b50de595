// Checks entry files without building the site, with the checks the build runs
// (src/lib/contentCheck.ts): size and encoding, schema, every string, the reference tables,
// the MDX body, the file name, and links to other entries. The kind comes from the folder
// (content/codes, content/causes, …, content/classes); content/warnings-index.yaml works too.
//   node tests/tools/check-entries.ts content/codes/486.mdx content/causes/*.mdx [...]
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { checkEntryFile, checkWarningsIndexFile, FOLDERS, formatProblem, loadReferences, sortProblems, strayFiles, WARNINGS_INDEX, type FileProblem, type FolderName } from '../../src/lib/contentCheck.ts';
import { KIND_DIRS, type KindDir } from '../../src/lib/kinds.ts';

const known = Object.fromEntries(KIND_DIRS.map((d) => [d, new Set(readdirSync(`content/${d}`).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)))])) as Record<KindDir, Set<string>>;
const refs = loadReferences();
const stray = new Map(strayFiles().map((p) => [p.file, p]));

let bad = 0;
for (const file of process.argv.slice(2)) {
  const problems: FileProblem[] = [];
  const dir = basename(dirname(file)) as FolderName;
  const folder = FOLDERS[dir];
  try {
    const bytes = readFileSync(file);
    const asContent = file.replace(/^(?:\.\/)?/, '');
    if (stray.has(asContent)) problems.push(stray.get(asContent)!);
    else if (basename(file) === WARNINGS_INDEX) problems.push(...checkWarningsIndexFile(file, bytes));
    else if (!folder) throw new Error(`not in one of content/${Object.keys(FOLDERS).join(', content/')}`);
    else {
      const checked = checkEntryFile(file, bytes, folder, refs);
      problems.push(...checked.problems);
      if (checked.data && folder.kind) {
        for (const link of folder.kind.links(checked.data)) {
          if (!known[link.dir].has(link.id)) problems.push({ file, field: link.field, message: `${link.id} has no entry in content/${link.dir}` });
        }
      }
    }
  } catch (e) {
    problems.push({ file, field: 'file', message: String(e) });
  }
  if (problems.length) bad++;
  console.log(problems.length ? `✗ ${file}\n  ${sortProblems(problems).map(formatProblem).join('\n  ')}` : `✓ ${file}`);
}
process.exit(bad ? 1 : 0);
