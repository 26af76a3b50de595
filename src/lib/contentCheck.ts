// Everything under content/ checked before Astro reads a single entry: which files may be
// there, their size and encoding, the frontmatter against the strict schemas, every string,
// the reference tables (IANA, Q.850), the MDX body, then the links between entries. The build
// (src/lib/entryLoader.ts) and tests/tools/check-entries.ts run the same checks, so a bad file
// fails with its own name, field and line, and never reaches the MDX compiler, whose errors
// would name other files or none.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodType } from 'astro/zod';
import type { Lang } from '../i18n/index.ts';
import { warningsIndexSchema } from '../data/warningsIndex.ts';
import { searchTermsSchema } from '../data/searchTerms.ts';
import { causeSchema, freeswitchCauseSchema } from './causeSchema.ts';
import { editDistance } from './fuzzy.ts';
import { formatPath, readFrontmatter, type Frontmatter, type Path } from './frontmatter.ts';
import { KIND_DIRS, KINDS, type Kind, type KindDir } from './kinds.ts';
import { checkStrings } from './safeText.ts';
import { classSchema, codeSchema } from './schema.ts';
import {
  checkBody,
  checkCauseName,
  checkCollection,
  checkIanaPhrase,
  checkIanaWarning,
  fileNameProblem,
  IANA_CODES_FILE,
  IANA_WARNINGS_FILE,
  parseIanaCsv,
  parseQ850Names,
  Q850_NAMES_FILE,
  type Problem,
  type Q850Name,
} from './validate.ts';
import { warningSchema } from './warningSchema.ts';

/**
 * The largest file content/ may hold, in bytes. The largest entry today, content/codes/408.mdx,
 * is 11,341 bytes with both languages; the limit is about twice that, and a page still keeps
 * its budget at that size: 408.mdx padded to 24,423 bytes with prose from other entries builds
 * a German page of 12.1 KB gzip (9.5 KB today), inside the 14 KB of tests/e2e/budgets.spec.ts
 * (about 0.2 gzip bytes per byte of entry). Anything larger is pasted logs, captures or
 * images, which do not belong in an entry.
 */
export const MAX_FILE_BYTES = 24 * 1024;

export type FolderName = KindDir | 'classes';

/** The entry folders under content/: what their files are called and what they hold. */
export interface Folder {
  dir: FolderName;
  schema: ZodType;
  /** The level-2 headings of each language block (none for the free prose of a class page). */
  sections: Record<Lang, readonly string[]>;
  /** For the kinds: id field, id pattern and links; a class text has none. */
  kind?: Kind;
  /** What a class text's file name must be. */
  stem?: RegExp;
  /** Whether the strings at a path hold a SIP message, which may contain <sip:…> URIs. */
  sipMessage?(path: Path): boolean;
}

/** The schema of each folder; content.config.ts gives Astro the same objects. */
export const SCHEMAS = {
  codes: codeSchema,
  causes: causeSchema,
  'freeswitch-causes': freeswitchCauseSchema,
  warnings: warningSchema,
  classes: classSchema,
} as const satisfies Record<FolderName, ZodType>;

const kindFolder = (dir: KindDir): Folder => ({ dir, schema: SCHEMAS[dir], sections: KINDS[dir].sections, kind: KINDS[dir] });

export const FOLDERS: Record<FolderName, Folder> = {
  codes: kindFolder('codes'),
  causes: kindFolder('causes'),
  'freeswitch-causes': kindFolder('freeswitch-causes'),
  warnings: kindFolder('warnings'),
  classes: { dir: 'classes', schema: SCHEMAS.classes, sections: { en: [], de: [] }, stem: /^[1-7]xx$/ },
};
FOLDERS.codes.sipMessage = (path) => path.length === 2 && path[0] === 'example' && path[1] === 'message';

export const WARNINGS_INDEX = 'warnings-index.yaml';
export const SEARCH_TERMS = 'search-terms.yaml';
/** What content/ itself may hold besides the entry folders. */
const CONTENT_EXTRAS = ['reference', WARNINGS_INDEX, SEARCH_TERMS];

export interface FileProblem extends Problem {
  file: string;
}

export function formatProblem(p: FileProblem): string {
  return `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.field}: ${p.message}`;
}

/** Problems in file order, each file's by line; the ones without a line last. */
export function sortProblems(problems: FileProblem[]): FileProblem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0) : a.file < b.file ? -1 : 1));
}

export interface References {
  q850: ReadonlyMap<number, Q850Name>;
  ianaCodes: ReadonlyMap<number, string>;
  ianaWarnings: ReadonlyMap<number, string>;
}

export function loadReferences(root = '.'): References {
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  return {
    q850: parseQ850Names(read(Q850_NAMES_FILE)),
    ianaCodes: parseIanaCsv(read(IANA_CODES_FILE), IANA_CODES_FILE),
    ianaWarnings: parseIanaCsv(read(IANA_WARNINGS_FILE), IANA_WARNINGS_FILE),
  };
}

/** The offset of the first byte that is not part of valid UTF-8, or -1. */
export function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
      // Overlong forms, surrogates and values above U+10FFFF.
      if (k === 1 && ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f) || (b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f))) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Size and encoding: the text of a file, or why it has none. */
export function decodeFile(file: string, bytes: Uint8Array): { text?: string; problems: FileProblem[] } {
  if (bytes.length > MAX_FILE_BYTES) {
    return { problems: [{ file, field: 'file', message: `is ${bytes.length.toLocaleString('en')} bytes; a content file may have at most ${MAX_FILE_BYTES.toLocaleString('en')} (24 KiB): shorten it, entries are pages to read, not logs or captures` }] };
  }
  const bad = invalidUtf8At(bytes);
  if (bad >= 0) {
    const before = bytes.subarray(0, bad);
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const line = before.filter((b) => b === 0x0a).length + 1;
    const column = new TextDecoder().decode(bytes.subarray(lineStart, bad)).length + 1;
    const byte = bytes[bad]!;
    const latin1 = byte >= 0xa0 ? ` ("${new TextDecoder('windows-1252').decode(Uint8Array.of(byte))}" in Latin-1 or Windows-1252)` : '';
    return { problems: [{ file, line, column, field: 'encoding', message: `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}${latin1} is not UTF-8: save the file as UTF-8` }] };
  }
  return { text: new TextDecoder().decode(bytes), problems: [] };
}

/** A zod issue as "field: message", at the line of the field (or of its key, for an unknown key). */
function schemaProblems(file: string, schema: ZodType, fm: Frontmatter, skip: string[]): { data?: Record<string, unknown>; problems: FileProblem[] } {
  const result = schema.safeParse(fm.data);
  if (result.success) return { data: result.data as Record<string, unknown>, problems: [] };
  const problems: FileProblem[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = knownKeys(schema, path).filter((k) => !(k in (valueAt(fm.data, path) as object)));
        const near = known.map((k) => [k, editDistance(key.toLowerCase(), k.toLowerCase(), 3)] as const).filter(([, d]) => d <= 2).sort((a, b) => a[1] - b[1])[0]?.[0];
        const allowed = knownKeys(schema, path).map((k) => `"${k}"`).join(', ');
        problems.push({ file, field: formatPath([...path, key]), message: `unknown field: ${near ? `did you mean "${near}"?` : `the fields here are ${allowed}`}`, ...fm.locate([...path, key], true) });
      }
      continue;
    }
    const field = formatPath(path);
    if (skip.some((s) => field === s || field.startsWith(`${s}.`) || field.startsWith(`${s}[`))) continue;
    const missing = issue.code === 'invalid_type' && valueAt(fm.data, path) === undefined;
    const empty = issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1;
    const message = missing ? `is missing${issue.message.startsWith('Invalid input') ? '' : ` (${issue.message})`}` : empty ? 'is empty' : issue.message;
    problems.push({ file, field: field || 'frontmatter', message, ...fm.locate(path) });
  }
  return { problems };
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, seg) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined), data);
}

/** The keys the object schema at `path` allows, for "did you mean". */
function knownKeys(schema: ZodType, path: Path): string[] {
  let s: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) return undefined;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') s = def.innerType;
      else if (def.type === 'pipe') s = def.in;
      else return def;
    }
  };
  for (const seg of path) {
    const def = unwrap();
    if (def?.type === 'object') s = (def.shape as Record<string, unknown>)[String(seg)];
    else if (def?.type === 'array') s = def.element;
    else return [];
  }
  const def = unwrap();
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** All checks of one entry file that need no other file: the build's first gate. */
export function checkEntryFile(file: string, bytes: Uint8Array, folder: Folder, refs: References): { data?: Record<string, unknown>; problems: FileProblem[] } {
  const decoded = decodeFile(file, bytes);
  if (decoded.text === undefined) return { problems: decoded.problems };
  const fm = readFrontmatter(decoded.text);
  const problems: FileProblem[] = fm.problems.map((p) => ({ file, ...p }));
  const at = (p: Problem, path: Path = [p.field]): FileProblem => ({ file, ...fm.locate(path), ...p });
  let data: Record<string, unknown> | undefined;
  if (fm.data !== undefined) {
    const emptyItems = fm.problems.map((p) => p.field);
    const checked = schemaProblems(file, folder.schema, fm, emptyItems);
    problems.push(...checked.problems);
    data = checked.data;
    for (const s of checkStrings(fm.data, folder.sipMessage)) problems.push({ file, field: formatPath(s.path), message: s.message, ...fm.locate(s.path) });
    const raw = fm.data as Record<string, unknown>;
    const name = file.replace(/^.*\//, '');
    if (folder.kind) {
      // An id the schema already refused (not a number, out of range) is reported once, by the schema.
      if (raw[folder.kind.idField] !== undefined && !checked.problems.some((p) => p.field === folder.kind!.idField)) {
        const p = fileNameProblem(name, raw[folder.kind.idField], folder.kind);
        if (p) problems.push(at(p));
      }
      if (folder.dir === 'causes') problems.push(...checkCauseName(raw, refs.q850).map((p) => at(p)));
      if (folder.dir === 'codes') problems.push(...checkIanaPhrase(raw, refs.ianaCodes).map((p) => at(p)));
      if (folder.dir === 'warnings') problems.push(...checkIanaWarning(raw, refs.ianaWarnings).map((p) => at(p)));
    }
  }
  if (fm.found) {
    problems.push(...checkBody(fm.body, folder.sections, fm.bodyLineOffset).map((p) => ({ file, ...p })));
  }
  return problems.length || !data ? { problems } : { data, problems };
}

/** content/warnings-index.yaml: the text of the Warning index page, checked like an entry. */
export function checkWarningsIndexFile(file: string, bytes: Uint8Array): FileProblem[] {
  const decoded = decodeFile(file, bytes);
  if (decoded.text === undefined) return decoded.problems;
  const fm = readFrontmatter(decoded.text, true);
  const problems: FileProblem[] = fm.problems.map((p) => ({ file, ...p }));
  if (fm.data === undefined) return problems;
  problems.push(...schemaProblems(file, warningsIndexSchema, fm, fm.problems.map((p) => p.field)).problems);
  for (const s of checkStrings(fm.data)) problems.push({ file, field: formatPath(s.path), message: s.message, ...fm.locate(s.path) });
  return problems;
}

/**
 * content/search-terms.yaml: everyday wording for search (phrase → entries). Its targets are
 * checked against the entries when search-data.json is built (src/data/searchTerms.ts); here,
 * its shape, and that no phrase or target carries markup.
 */
export function checkSearchTermsFile(file: string, bytes: Uint8Array): FileProblem[] {
  const decoded = decodeFile(file, bytes);
  if (decoded.text === undefined) return decoded.problems;
  const fm = readFrontmatter(decoded.text, true);
  const problems: FileProblem[] = fm.problems.map((p) => ({ file, ...p }));
  if (fm.data === undefined) return problems;
  problems.push(...schemaProblems(file, searchTermsSchema, fm, fm.problems.map((p) => p.field)).problems);
  const data = fm.data as Record<string, Record<string, unknown> | undefined>;
  // The phrases are the keys: check them as texts too.
  const phrases = Object.fromEntries(Object.entries(data).map(([lang, terms]) => [lang, Object.keys(terms ?? {})]));
  for (const s of [...checkStrings(fm.data), ...checkStrings(phrases)]) problems.push({ file, field: formatPath(s.path), message: s.message });
  return problems;
}

function walkFiles(dir: string, rel = ''): { rel: string; isDir: boolean }[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((d) => {
    const r = rel ? `${rel}/${d.name}` : d.name;
    return d.isDirectory() ? [{ rel: r, isDir: true }, ...walkFiles(dir, r)] : [{ rel: r, isDir: false }];
  });
}

/**
 * The files of content/ that the site would not read: a ".md" entry, notes, backups, files in
 * content/ that belong to no folder. Astro's loaders would pass over them without a word.
 */
export function strayFiles(root = '.'): FileProblem[] {
  const content = join(root, 'content');
  const problems: FileProblem[] = [];
  const folders = Object.keys(FOLDERS) as FolderName[];
  for (const name of readdirSync(content)) {
    if (!(folders as string[]).includes(name) && !CONTENT_EXTRAS.includes(name)) {
      problems.push({ file: `content/${name}`, field: 'file', message: `is not part of the site: content/ holds ${folders.map((f) => `${f}/`).join(', ')}, reference/, ${WARNINGS_INDEX} and ${SEARCH_TERMS}; move it elsewhere` });
    }
  }
  for (const dir of folders) {
    if (!existsSync(join(content, dir))) continue;
    for (const { rel, isDir } of walkFiles(join(content, dir))) {
      const file = `content/${dir}/${rel}`;
      const stem = rel.replace(/^.*\//, '').replace(/\.mdx$/, '');
      if (dir === 'classes' && isDir) {
        problems.push({ file, field: 'file', message: 'content/classes holds only the files 1xx.mdx to 7xx.mdx, no folders' });
      } else if (isDir) {
        continue;
      } else if (/\.md$/i.test(rel) || /\.markdown$/i.test(rel)) {
        problems.push({ file, field: 'file', message: `entries are MDX: rename it to ${rel.replace(/\.(?:md|markdown)$/i, '.mdx').replace(/^.*\//, '')} (a .md file here would be left out of the site without a word)` });
      } else if (!rel.endsWith('.mdx')) {
        problems.push({ file, field: 'file', message: `is not an entry: content/${dir} holds only .mdx files; move it out of content/` });
      } else if (FOLDERS[dir].stem && !FOLDERS[dir].stem.test(stem)) {
        problems.push({ file, field: 'file', message: 'is not a class text: content/classes holds 1xx.mdx to 7xx.mdx' });
      }
    }
  }
  return problems;
}

export interface CheckedEntry {
  filePath: string;
  data: Record<string, unknown>;
}

/**
 * Every check of content/, as lines "file:line:column: field: message". Links between entries
 * are checked only once every file is sound on its own: a renamed or broken file is reported
 * as itself, not as a missing link in each entry that points at it.
 */
export function checkContent(root = '.'): string[] {
  const refs = loadReferences(root);
  const problems: FileProblem[] = strayFiles(root);
  const entries = new Map<FolderName, CheckedEntry[]>();
  for (const folder of Object.values(FOLDERS)) {
    const base = join(root, 'content', folder.dir);
    if (!existsSync(base)) continue;
    const list: CheckedEntry[] = [];
    for (const { rel, isDir } of walkFiles(base)) {
      if (isDir || !rel.endsWith('.mdx')) continue;
      const filePath = `content/${folder.dir}/${rel}`;
      const checked = checkEntryFile(filePath, readFileSync(join(base, rel)), folder, refs);
      problems.push(...checked.problems);
      if (checked.data) list.push({ filePath, data: checked.data });
    }
    entries.set(folder.dir, list);
  }
  const index = join(root, 'content', WARNINGS_INDEX);
  if (existsSync(index)) problems.push(...checkWarningsIndexFile(`content/${WARNINGS_INDEX}`, readFileSync(index)));
  const terms = join(root, 'content', SEARCH_TERMS);
  if (existsSync(terms)) problems.push(...checkSearchTermsFile(`content/${SEARCH_TERMS}`, readFileSync(terms)));
  if (problems.length) return sortProblems(problems).map(formatProblem);

  const known = Object.fromEntries(KIND_DIRS.map((dir) => [dir, new Set((entries.get(dir) ?? []).map((e) => String(e.data[KINDS[dir].idField])))])) as Record<KindDir, Set<string>>;
  return KIND_DIRS.flatMap((dir) => checkCollection(entries.get(dir) ?? [], KINDS[dir], known));
}

/** A fingerprint of content/ (names, sizes, times), to run the checks once per change. */
export function contentFingerprint(root = '.'): string {
  const content = join(root, 'content');
  return walkFiles(content)
    .map(({ rel }) => {
      const s = statSync(join(content, rel));
      return `${rel}:${s.size}:${s.mtimeMs}`;
    })
    .join('\n');
}
