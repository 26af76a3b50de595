// Checks that need more than one field, or more than one file: the parts of "bad content
// never builds" that a per-entry zod schema cannot see. Each problem names file and field.

import type { Lang } from '../i18n/index.ts';
import { checkBodyTree } from './body.ts';
import { KINDS, type Kind, type KindDir } from './kinds.ts';
import { parseTsv } from './stacks.ts';

/** The sections of a code page's prose, per language (the other kinds have their own, in kinds.ts). */
export const BODY_SECTIONS: Record<Lang, readonly string[]> = KINDS.codes.sections;

const TAG: Record<Lang, string> = { en: 'En', de: 'De' };

export interface Problem {
  field: string;
  message: string;
  /** Where in the file, when known. */
  line?: number;
  column?: number;
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

/**
 * The body of an entry: parsed as MDX (src/lib/body.ts), with only the language blocks, each
 * with the kind's sections. `lineOffset` is the number of lines before the body in its file.
 */
export function checkBody(body: string | undefined, sections: Record<Lang, readonly string[]> = BODY_SECTIONS, lineOffset = 0): Problem[] {
  return checkBodyTree(body ?? '', sections, lineOffset);
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
export function fileNameProblem(entryPath: string, id: unknown, kind: Kind = KINDS.codes): Problem | undefined {
  const stem = entryPath.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  if (String(id) !== stem) return { field: kind.idField, message: `is ${JSON.stringify(id)} but the file name says ${stem}; rename the file or fix the ${kind.idField}` };
  if (!kind.idPattern.test(stem)) return { field: kind.idField, message: `${JSON.stringify(id)} is not a valid ${kind.idField} for content/${kind.dir}` };
  return undefined;
}

export function checkFileName(entryPath: string, id: unknown, kind: Kind = KINDS.codes): string | undefined {
  const p = fileNameProblem(entryPath, id, kind);
  return p && `content/${kind.dir}/${entryPath}: ${p.field}: ${p.message}`;
}

/** The IANA registry snapshots the phrases and warn-texts are checked against. */
export const IANA_CODES_FILE = 'content/reference/iana-sip-response-codes.csv';
export const IANA_WARNINGS_FILE = 'content/reference/iana-sip-warning-codes.csv';

/**
 * Reads an IANA registry CSV ("Value,Description,Reference") into value → description. A row
 * that does not read stops the build rather than weakening the check.
 */
export function parseIanaCsv(text: string, file: string): Map<number, string> {
  const rows = new Map<number, string>();
  text.trim().split(/\r?\n/).slice(1).forEach((row, i) => {
    const m = /^(\d{3}),([^,"]+),((?:\[[^\]]+\])+)$/.exec(row);
    if (!m) throw new Error(`${file} row ${i + 2}: expected "value,description,[reference]", got ${JSON.stringify(row)}`);
    if (rows.has(Number(m[1]))) throw new Error(`${file} row ${i + 2}: ${m[1]} is listed twice`);
    rows.set(Number(m[1]), m[2]!);
  });
  return rows;
}

/**
 * A registered code's reason phrase is the registry's, exactly. IANA annotates one row,
 * "202 Accepted (Deprecated)": the phrase is "Accepted", and the annotation is the status.
 */
export function checkIanaPhrase(data: Record<string, unknown>, registry: ReadonlyMap<number, string>): Problem[] {
  const code = data.code;
  if (typeof code !== 'number' || !registry.has(code)) return [];
  const phrase = registry.get(code)!.replace(/ \(Deprecated\)$/, '');
  if (data.phrase === phrase) return [];
  return [{ field: 'phrase', message: `is ${JSON.stringify(data.phrase)} but the IANA registry (${IANA_CODES_FILE}) names ${code} ${JSON.stringify(phrase)}; other spellings go under variants` }];
}

/** A registered warn-code's text is the registry's, exactly, and the entry says it is registered. */
export function checkIanaWarning(data: Record<string, unknown>, registry: ReadonlyMap<number, string>): Problem[] {
  const warning = data.warning;
  if (typeof warning !== 'number') return [];
  const text = registry.get(warning);
  if (text === undefined) {
    return data.status === 'registered' ? [{ field: 'status', message: `is "registered" but ${IANA_WARNINGS_FILE} has no warn-code ${warning}` }] : [];
  }
  const problems: Problem[] = [];
  if (data.text !== text) problems.push({ field: 'text', message: `is ${JSON.stringify(data.text)} but the IANA registry (${IANA_WARNINGS_FILE}) names warn-code ${warning} ${JSON.stringify(text)}` });
  if (data.status !== 'registered') problems.push({ field: 'status', message: `is ${JSON.stringify(data.status)} but ${IANA_WARNINGS_FILE} registers warn-code ${warning}` });
  return problems;
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
