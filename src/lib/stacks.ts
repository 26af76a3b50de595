// What real SIP software does with codes and causes, read from the tables in
// content/reference/stacks/ (copied from ../shared/stacks, each row naming repository, file
// and commit). Pure functions over parsed rows, so unit tests reach them without a build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const STACKS_DIR = 'content/reference/stacks';

/** A row of a tab-separated table with a header row, as a record keyed by column name. */
export function parseTsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text.replace(/\r/g, '').split('\n').filter((l) => l.trim() !== '');
  const cols = header!.split('\t');
  return rows.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

export interface Source {
  repo: string;
  /** File in that repository, with "#function" where the table names one. */
  path: string;
  commit: string;
}

/** The software whose cause mapping the site shows, and the two directions of a mapping. */
export const MAPPERS = ['rfc3398', 'asterisk', 'freeswitch', 'opensips'] as const;
export type Mapper = (typeof MAPPERS)[number];
/** Stacks as the tables name them; Asterisk's chan_sip was removed in 2023 and is kept for reference. */
export type MappingStack = Exclude<Mapper, 'rfc3398'> | 'asterisk-chan-sip';
export type Direction = 'sip_to_q850' | 'q850_to_sip';

const MAPPING_STACKS: Record<string, MappingStack> = {
  asterisk: 'asterisk',
  'asterisk chan_sip (removed 2023)': 'asterisk-chan-sip',
  freeswitch: 'freeswitch',
  'opensips sip_i': 'opensips',
};

/** Which SIP codes a default branch ("4xx (other)", "any other", "other >=400") covers. */
export interface CodeRange {
  from: number;
  to: number;
}

export interface MappingRow {
  stack: MappingStack;
  source: Source;
  direction: Direction;
  /** The SIP code of the row, or undefined for a default branch (see `range`). */
  code?: number;
  range?: CodeRange;
  /** The cause of the row; undefined for a default branch on causes ("any other"), null for "no mapping". */
  cause?: number | null;
  /** The name the stack gives the cause (AST_CAUSE_BUSY, USER_BUSY, …). */
  causeName: string;
  note: string;
}

function codeRange(cell: string): CodeRange | undefined {
  const cls = /^([1-6])xx \(other\)$/.exec(cell);
  if (cls) return { from: Number(cls[1]) * 100, to: Number(cls[1]) * 100 + 99 };
  if (cell === 'any other') return { from: 100, to: 699 };
  const atLeast = /^other >=(\d{3})$/.exec(cell);
  if (atLeast) return { from: Number(atLeast[1]), to: 699 };
  return undefined;
}

export function parseMappingRows(text: string): MappingRow[] {
  return parseTsv(text).map((r, i) => {
    const stack = MAPPING_STACKS[r.stack!];
    if (!stack) throw new Error(`stack-q850.tsv row ${i + 2}: unknown stack "${r.stack}"`);
    const direction = r.direction as Direction;
    if (direction !== 'sip_to_q850' && direction !== 'q850_to_sip') throw new Error(`stack-q850.tsv row ${i + 2}: unknown direction "${r.direction}"`);
    const row: MappingRow = { stack, source: { repo: r.repo!, path: r.path!, commit: r.commit! }, direction, causeName: r.cause_name!, note: r.note! };
    if (/^\d{3}$/.test(r.sip_code!)) row.code = Number(r.sip_code);
    else {
      const range = codeRange(r.sip_code!);
      if (!range) throw new Error(`stack-q850.tsv row ${i + 2}: cannot read sip_code "${r.sip_code}"`);
      row.range = range;
    }
    if (/^\d+$/.test(r.q850_cause!)) row.cause = Number(r.q850_cause);
    else if (r.q850_cause === '') row.cause = null;
    else if (r.q850_cause !== 'any other') throw new Error(`stack-q850.tsv row ${i + 2}: cannot read q850_cause "${r.q850_cause}"`);
    return row;
  });
}

/** Where a stack's answer comes from: a row of its own for this value, or its default branch. */
export interface Mapped {
  row: MappingRow;
  isDefault: boolean;
}

/** The cause a stack turns a received SIP code into: its own row, else the narrowest default branch. */
export function stackSipToCause(rows: readonly MappingRow[], stack: MappingStack, code: number): Mapped | undefined {
  const mine = rows.filter((r) => r.stack === stack && r.direction === 'sip_to_q850');
  const exact = mine.find((r) => r.code === code);
  if (exact) return { row: exact, isDefault: false };
  const defaults = mine.filter((r) => r.range && r.range.from <= code && code <= r.range.to);
  defaults.sort((a, b) => a.range!.to - a.range!.from - (b.range!.to - b.range!.from));
  return defaults[0] ? { row: defaults[0], isDefault: true } : undefined;
}

/** The SIP code a stack sends for a cause: its own row, else its default branch. */
export function stackCauseToSip(rows: readonly MappingRow[], stack: MappingStack, cause: number): Mapped | undefined {
  const mine = rows.filter((r) => r.stack === stack && r.direction === 'q850_to_sip');
  const exact = mine.find((r) => r.cause === cause);
  if (exact) return { row: exact, isDefault: false };
  const fallback = mine.find((r) => r.cause === undefined);
  return fallback ? { row: fallback, isDefault: true } : undefined;
}

/** The names stacks give cause values, from hangup-cause-names.tsv. */
export const NAMERS = ['asterisk', 'asterisk-hangupcause', 'freeswitch', 'yate'] as const;
export type Namer = (typeof NAMERS)[number];

export interface CauseName {
  namer: Namer;
  cause: number;
  name: string;
  /** The file the name is defined in. */
  file: string;
}

const NAMER_OF: [RegExp, Namer, string][] = [
  [/^asterisk \(include\/asterisk\/causes\.h/, 'asterisk', 'include/asterisk/causes.h'],
  [/^asterisk \(main\/channel\.c/, 'asterisk-hangupcause', 'main/channel.c'],
  [/^freeswitch \(/, 'freeswitch', 'src/switch_channel.c'],
  [/^yate \(/, 'yate', 'libs/ysig/engine.cpp'],
];

export function parseCauseNames(text: string): CauseName[] {
  return parseTsv(text).map((r, i) => {
    const match = NAMER_OF.find(([re]) => re.test(r.stack!));
    if (!match) throw new Error(`hangup-cause-names.tsv row ${i + 2}: unknown stack "${r.stack}"`);
    return { namer: match[1], cause: Number(r.cause_number), name: r.name!, file: match[2] };
  });
}

/** A reason phrase some software sends for a code, from stack-phrases.tsv. */
export interface StackPhrase {
  stack: string;
  source: Source;
  code: number;
  phrase: string;
}

export function parseStackPhrases(text: string): StackPhrase[] {
  return parseTsv(text).map((r) => ({ stack: r.stack!, source: { repo: r.repo!, path: r.path!, commit: r.commit! }, code: Number(r.code), phrase: r.phrase! }));
}

export interface StackTables {
  mappings: MappingRow[];
  causeNames: CauseName[];
  phrases: StackPhrase[];
}

let tables: StackTables | undefined;

/** The three tables, read once per process from content/reference/stacks/. */
export function stackTables(dir = STACKS_DIR): StackTables {
  if (tables && dir === STACKS_DIR) return tables;
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const t = { mappings: parseMappingRows(read('stack-q850.tsv')), causeNames: parseCauseNames(read('hangup-cause-names.tsv')), phrases: parseStackPhrases(read('stack-phrases.tsv')) };
  if (dir === STACKS_DIR) tables = t;
  return t;
}

/** The Q.850 class of a cause value: the upper three of its seven bits (ITU-T Q.850 groups causes this way). */
export const CAUSE_CLASSES = ['normal', 'resource', 'unavailable', 'unimplemented', 'invalid', 'protocol', 'interworking'] as const;
export type CauseClass = (typeof CAUSE_CLASSES)[number];

export function causeClassOf(cause: number): CauseClass {
  // Classes 000 and 001 (0–31) are both "normal event".
  return CAUSE_CLASSES[Math.max(0, (cause >> 4) - 1)]!;
}
