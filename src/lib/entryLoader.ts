// A glob loader for one kind of entry (content/codes, content/causes, …) that refuses bad
// content before anything is rendered: the zod schema checks each entry; this adds the
// checks that span files or the MDX body. Every message names the file and the field.
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { KIND_DIRS, KINDS, type KindDir } from './kinds.ts';
import { checkBody, checkCauseName, checkCollection, checkFileName, parseQ850Names, Q850_NAMES_FILE } from './validate.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** The ids of every kind, from the file names, for links between kinds. */
function knownIds(): Record<KindDir, Set<string>> {
  return Object.fromEntries(
    KIND_DIRS.map((dir) => {
      const path = `content/${dir}`;
      const stems = existsSync(path) ? readdirSync(path).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)) : [];
      return [dir, new Set(stems)];
    }),
  ) as Record<KindDir, Set<string>>;
}

export function entryLoader(dir: KindDir): Loader {
  const kind = KINDS[dir];
  const seen = new Map<string, string>();
  const inner = glob({
    pattern: '**/*.mdx',
    base: `./content/${dir}`,
    generateId({ entry, data }) {
      const problem = checkFileName(entry, data[kind.idField], kind);
      if (problem) throw new ContentError(problem);
      const id = String(data[kind.idField]);
      const other = seen.get(id);
      if (other && other !== entry) {
        throw new ContentError(`content/${dir}/${entry}: ${kind.idField}: ${id} is already defined in content/${dir}/${other}`);
      }
      seen.set(id, entry);
      return id;
    },
  });
  return {
    name: `${dir}-loader`,
    async load(context) {
      await inner.load(context);
      const entries = [...context.store.values()].map((e) => ({ filePath: e.filePath ?? e.id, data: e.data as Record<string, unknown>, body: e.body }));
      const problems = checkCollection(entries, kind, knownIds());
      const q850Names = dir === 'causes' ? parseQ850Names(readFileSync(Q850_NAMES_FILE, 'utf8')) : undefined;
      for (const e of entries) {
        for (const p of checkBody(e.body, kind.sections)) problems.push(`${e.filePath}: ${p.field}: ${p.message}`);
        for (const p of q850Names ? checkCauseName(e.data, q850Names) : []) problems.push(`${e.filePath}: ${p.field}: ${p.message}`);
      }
      if (problems.length) throw new ContentError(`Bad content in content/${dir}:\n  ${problems.join('\n  ')}`);
    },
  };
}
