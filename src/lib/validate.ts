// Checks that need more than one field, or more than one file: the parts of "bad content
// never builds" that a per-entry zod schema cannot see. Each problem names file and field.

import type { Lang } from '../i18n/index.ts';
import { KINDS, type Kind, type KindDir } from './kinds.ts';
import { parseTsv } from './stacks.ts';

/** The sections of a code page's prose, per language (the other kinds have their own, in kinds.ts). */
export const BODY_SECTIONS: Record<Lang, readonly string[]> = KINDS.codes.sections;

const TAG: Record<Lang, string> = { en: 'En', de: 'De' };

export interface Problem {
  field: string;
  message: string;
}

/** The text inside <En>…</En> or <De>…</De>, or undefined when the block is missing. */
export function langBlock(body: string, lang: Lang): string | undefined {
  const tag = TAG[lang];
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(body);
  return m?.[1];
}

/** Bullet items under "## heading" inside a language block. */
export function sectionItems(block: string, heading: string): string[] {
  const start = block.indexOf(`## ${heading}\n`);
  if (start < 0) return [];
  const rest = block.slice(start + heading.length + 4);
  const end = rest.search(/^## /m);
  return (end < 0 ? rest : rest.slice(0, end))
    .split('\n')
    .filter((l) => /^- \S/.test(l));
}

export function checkBody(body: string | undefined, sections: Record<Lang, readonly string[]> = BODY_SECTIONS): Problem[] {
  const problems: Problem[] = [];
  for (const lang of ['en', 'de'] as const) {
    const field = `body <${TAG[lang]}>`;
    const block = langBlock(body ?? '', lang);
    if (block === undefined || block.trim() === '') {
      problems.push({ field, message: `the ${lang === 'en' ? 'English' : 'German'} text is missing: add <${TAG[lang]}>…</${TAG[lang]}>` });
      continue;
    }
    for (const heading of sections[lang]) {
      if (!new RegExp(`^## ${heading}$`, 'm').test(block)) {
        problems.push({ field, message: `section "## ${heading}" is missing` });
      }
    }
    for (const heading of sections[lang].slice(1)) {
      const n = sectionItems(block, heading).length;
      if (block.includes(`## ${heading}\n`) && (n < 3 || n > 6)) {
        problems.push({ field, message: `section "## ${heading}" has ${n} items; it needs 3 to 6` });
      }
    }
  }
  return problems;
}

export interface EntryRef {
  filePath: string;
  data: Record<string, unknown>;
}

/**
 * Problems across a collection: the same id twice, and links to entries that do not exist.
 * `known` holds the ids of every kind (the file names under content/<kind>/).
 */
export function checkCollection(entries: EntryRef[], kind: Kind = KINDS.codes, known?: Partial<Record<KindDir, ReadonlySet<string>>>): string[] {
  const problems: string[] = [];
  const byId = new Map<string, string>();
  for (const e of entries) {
    const id = String(e.data[kind.idField]);
    const other = byId.get(id);
    if (other) problems.push(`${e.filePath}: ${kind.idField}: ${id} is already defined in ${other}`);
    else byId.set(id, e.filePath);
  }
  const ids = (dir: KindDir) => (dir === kind.dir ? new Set(byId.keys()) : known?.[dir]);
  for (const e of entries) {
    for (const link of kind.links(e.data)) {
      const set = ids(link.dir);
      if (set && !set.has(link.id)) problems.push(`${e.filePath}: ${link.field}: ${link.id} has no entry in content/${link.dir}`);
    }
  }
  return problems;
}

/** The file name must be the id: /code/486 is built from 486.mdx, and links rely on it. */
export function checkFileName(entryPath: string, id: unknown, kind: Kind = KINDS.codes): string | undefined {
  const stem = entryPath.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  const where = `content/${kind.dir}/${entryPath}: ${kind.idField}:`;
  if (String(id) !== stem) return `${where} is ${JSON.stringify(id)} but the file name says ${stem}; rename the file or fix the ${kind.idField}`;
  if (!kind.idPattern.test(stem)) return `${where} ${JSON.stringify(id)} is not a valid ${kind.idField} for content/${kind.dir}`;
  return undefined;
}

/** The reference table of cause names, content/reference/q850-causes.tsv. */
export const Q850_NAMES_FILE = 'content/reference/q850-causes.tsv';

export interface Q850Name {
  cause: number;
  /** The name ITU-T Q.850 gives the value, as the source file quotes it. */
  name: string;
  /** False for values stacks name but Q.850 does not define. */
  q850: boolean;
  /** Which file the name is quoted from (see content/reference/README.md). */
  source: string;
}

/** Reads q850-causes.tsv; a malformed row stops the build rather than weakening the check. */
export function parseQ850Names(text: string): Map<number, Q850Name> {
  const names = new Map<number, Q850Name>();
  parseTsv(text).forEach((r, i) => {
    const where = `${Q850_NAMES_FILE} row ${i + 2}`;
    const cause = Number(r.cause);
    if (!/^\d+$/.test(r.cause ?? '') || cause < 1 || cause > 127) throw new Error(`${where}: cause "${r.cause}" is not a value from 1 to 127`);
    if (r.q850 !== 'yes' && r.q850 !== 'no') throw new Error(`${where}: q850 must be "yes" or "no", not "${r.q850}"`);
    if (!r.name?.trim()) throw new Error(`${where}: the name is empty`);
    if (names.has(cause)) throw new Error(`${where}: cause ${cause} is listed twice`);
    names.set(cause, { cause, name: r.name, q850: r.q850 === 'yes', source: r.source ?? '' });
  });
  return names;
}

/**
 * A cause entry must carry the reference name and flag of its value, so that a page never shows
 * a name Q.850 does not give, and a value Q.850 does not define is never presented as if it did.
 */
export function checkCauseName(data: Record<string, unknown>, names: ReadonlyMap<number, Q850Name>): Problem[] {
  const cause = data.cause;
  if (typeof cause !== 'number') return []; // the schema reports a missing or non-numeric cause
  const ref = names.get(cause);
  if (!ref) return [{ field: 'cause', message: `${cause} is not in ${Q850_NAMES_FILE}; add its Q.850 name there first` }];
  const problems: Problem[] = [];
  if (data.name !== ref.name) {
    problems.push({ field: 'name', message: `is ${JSON.stringify(data.name)} but ${Q850_NAMES_FILE} names cause ${cause} ${JSON.stringify(ref.name)}` });
  }
  if (typeof data.q850 === 'boolean' && data.q850 !== ref.q850) {
    problems.push({ field: 'q850', message: `is ${data.q850} but ${Q850_NAMES_FILE} says Q.850 ${ref.q850 ? 'defines' : 'does not define'} cause ${cause}` });
  }
  return problems;
}
