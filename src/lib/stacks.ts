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

/**
 * How Kamailio and OpenSIPS turn an internal error into a reply (err2reason_phrase in their
 * error.c): a status code, a text, and the suffix "(<number>/<module>)" with the internal error
 * number, which is the status code only for the errors numbered like one (477, 478, …).
 * From internal-errors.tsv; `number` is undefined for the default branch (any other error).
 */
export interface InternalError {
  stack: string;
  source: Source;
  error: string;
  number?: number;
  code: number;
  phrase: string;
}

export function parseInternalErrors(text: string): InternalError[] {
  return parseTsv(text).map((r) => ({
    stack: r.stack!,
    source: { repo: r.repo!, path: r.path!, commit: r.commit! },
    error: r.error!,
    ...(r.number ? { number: Number(r.number) } : {}),
    code: Number(r.code),
    phrase: r.phrase!,
  }));
}

export interface StackTables {
  mappings: MappingRow[];
  causeNames: CauseName[];
  phrases: StackPhrase[];
  internalErrors: InternalError[];
}

let tables: StackTables | undefined;

/** The three tables, read once per process from content/reference/stacks/. */
export function stackTables(dir = STACKS_DIR): StackTables {
  if (tables && dir === STACKS_DIR) return tables;
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const t = {
    mappings: parseMappingRows(read('stack-q850.tsv')),
    causeNames: parseCauseNames(read('hangup-cause-names.tsv')),
    phrases: parseStackPhrases(read('stack-phrases.tsv')),
    internalErrors: parseInternalErrors(read('internal-errors.tsv')),
  };
  if (dir === STACKS_DIR) tables = t;
  return t;
}

/** One phrase some software uses for a code instead of the site's phrase, and who uses it. */
export interface PhraseGroup {
  /** As the software writes it; Kamailio's and OpenSIPS' internal errors end in "(477/TM)". */
  phrase: string;
  /** Stack ids as in stack-phrases.tsv, sorted ("kamailio", "sofia-sip (FreeSWITCH)", …). */
  stacks: string[];
}

/** The suffix err2reason_phrase() appends: the internal error number and the module (TM or SL). */
export function internalErrorSuffix(e: Pick<InternalError, 'number'>, module = 'TM'): string {
  return `(${e.number ?? '…'}/${module})`;
}

const isErr2reason = (path: string) => path.endsWith('#err2reason_phrase');

/**
 * The phrases software uses for `code` that differ from `phrase` (the IANA phrase, or the
 * entry's own for codes outside the registry), grouped by exact text: "Busy here" and
 * "Busy Here" are kept apart because that difference is what an engineer sees in a trace.
 * Left out:
 * - sngrep: it shows the phrase from the wire and uses its table only when the message has none
 *   (src/sip.c, sip_get_msg_reqresp_str), so its table never puts a phrase in front of anyone;
 * - Wireshark's x99 rows and 999, which are buckets of its SIP statistics, not codes.
 * Kamailio's and OpenSIPS' internal errors get the "(number/TM)" suffix they carry on the wire,
 * and their default branch ("I'm terribly sorry, server error occurred") is added to 500.
 * Groups with more stacks come first.
 */
export function stackPhraseGroups(code: number, phrase: string, tables: Pick<StackTables, 'phrases' | 'internalErrors'> = stackTables()): PhraseGroup[] {
  const byPhrase = new Map<string, Set<string>>();
  const add = (text: string, stack: string) => {
    if (text === phrase) return;
    const set = byPhrase.get(text) ?? new Set<string>();
    set.add(stack);
    byPhrase.set(text, set);
  };
  for (const row of tables.phrases) {
    if (row.code !== code || row.stack === 'sngrep') continue;
    if (row.stack === 'wireshark' && (code % 100 === 99 || code === 999)) continue;
    if (isErr2reason(row.source.path)) {
      const internal = tables.internalErrors.find((e) => e.stack === row.stack && e.code === code && e.phrase === row.phrase);
      if (!internal) throw new Error(`internal-errors.tsv has no ${row.stack} row for ${code} "${row.phrase}"`);
      add(`${row.phrase} ${internalErrorSuffix(internal)}`, row.stack);
    } else add(row.phrase, row.stack);
  }
  for (const e of tables.internalErrors) {
    if (e.code === code && e.number === undefined) add(`${e.phrase} ${internalErrorSuffix(e)}`, e.stack);
  }
  return [...byPhrase]
    .map(([text, stacks]) => ({ phrase: text, stacks: [...stacks].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })) }))
    .sort((a, b) => b.stacks.length - a.stacks.length || a.phrase.localeCompare(b.phrase, 'en'));
}

/** The names the site gives the stacks of stack-phrases.tsv; the page's dictionary overrides a few. */
export const STACK_NAMES: Record<string, string> = {
  pjproject: 'PJSIP',
  'sofia-sip (FreeSWITCH)': 'sofia-sip (FreeSWITCH)',
  kamailio: 'Kamailio',
  opensips: 'OpenSIPS',
  wireshark: 'Wireshark',
  resiprocate: 'reSIProcate',
  JsSIP: 'JsSIP',
  'SIP.js': 'SIP.js',
  'belle-sip (Linphone)': 'belle-sip (Linphone)',
  sngrep: 'sngrep',
  sipsorcery: 'SIPSorcery',
  'drachtio-server': 'drachtio',
  yate: 'Yate',
  'asterisk chan_sip (removed 2023)': 'Asterisk chan_sip',
};

/** The Q.850 class of a cause value: the upper three of its seven bits (ITU-T Q.850 groups causes this way). */
export const CAUSE_CLASSES = ['normal', 'resource', 'unavailable', 'unimplemented', 'invalid', 'protocol', 'interworking'] as const;
export type CauseClass = (typeof CAUSE_CLASSES)[number];

export function causeClassOf(cause: number): CauseClass {
  // Classes 000 and 001 (0–31) are both "normal event".
  return CAUSE_CLASSES[Math.max(0, (cause >> 4) - 1)]!;
}
