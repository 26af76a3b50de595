// A glob loader for one folder of entries (content/codes, content/causes, …, content/classes)
// that refuses bad content before Astro reads any of it: every loader first runs the checks
// of the whole content/ tree (src/lib/contentCheck.ts), and all of them fail with the same
// complete list of problems. Astro runs the loaders side by side and reports whichever fails
// first; as they all report everything, the message never depends on that race.
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { checkContent, contentFingerprint, FOLDERS, type FolderName } from './contentCheck.ts';

export class ContentError extends Error {
  override name = 'ContentError';
  constructor(problems: string[]) {
    super(`Bad content: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}\n  ${problems.join('\n  ')}\n`);
    // The problem is in the content, not in the code that found it: Astro prints a stack and
    // a code location only when the error carries a stack.
    this.stack = '';
  }
}

let last: { fingerprint: string; problems: string[] } | undefined;

/** The problems of content/, computed once for every loader of a build (and again after a change). */
function contentProblems(): string[] {
  const fingerprint = contentFingerprint();
  if (last?.fingerprint !== fingerprint) last = { fingerprint, problems: checkContent() };
  return last.problems;
}

let watching = false;

export function entryLoader(dir: FolderName): Loader {
  const kind = FOLDERS[dir].kind;
  const inner = glob({
    pattern: dir === 'classes' ? '[1-7]xx.mdx' : '**/*.mdx',
    base: `./content/${dir}`,
    // The checks have made sure that the id field is the file name and unique.
    ...(kind ? { generateId: ({ data }: { data: Record<string, unknown> }) => String(data[kind.idField]) } : {}),
  });
  return {
    name: `${dir}-loader`,
    async load(context) {
      const problems = contentProblems();
      if (problems.length) throw new ContentError(problems);
      await inner.load(context);
      // In `astro dev` the glob loader reloads a changed file by itself; say what is wrong with
      // it (once, not once per folder), as the build would refuse it.
      if (context.watcher && !watching) {
        watching = true;
        const logger = context.logger.fork('content');
        context.watcher.on('all', (_event, path) => {
          if (!/[/\\]content[/\\]/.test(path)) return;
          const now = contentProblems();
          if (now.length) logger.error(new ContentError(now).message);
        });
      }
    },
  };
}
