// A glob loader for content/codes that refuses bad content before anything is rendered:
// the zod schema checks each entry; this adds the checks that span files or the MDX body.
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { checkBody, checkCollection, checkFileName } from './validate.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function codesLoader(base: string): Loader {
  const seen = new Map<string, string>();
  const inner = glob({
    pattern: '**/*.mdx',
    base,
    generateId({ entry, data }) {
      const problem = checkFileName(entry, data.code);
      if (problem) throw new ContentError(problem);
      const id = String(data.code);
      const other = seen.get(id);
      if (other && other !== entry) {
        throw new ContentError(`content/codes/${entry}: code: ${id} is already defined in content/codes/${other}`);
      }
      seen.set(id, entry);
      return id;
    },
  });
  return {
    name: 'codes-loader',
    async load(context) {
      await inner.load(context);
      const entries = [...context.store.values()].map((e) => ({
        filePath: e.filePath ?? e.id,
        data: e.data as { code: number; related: { code: number }[] },
        body: e.body,
      }));
      const problems = checkCollection(entries);
      for (const e of entries) {
        for (const p of checkBody(e.body)) problems.push(`${e.filePath}: ${p.field}: ${p.message}`);
      }
      if (problems.length) throw new ContentError(`Bad content in content/codes:\n  ${problems.join('\n  ')}`);
    },
  };
}
