// The shape of search-data.json and the pure steps that build it and read it back. Built once
// per language at build time (src/pages/[...lang]/search-data.json.ts), fetched by the search
// panel on first use. No Node modules here: the panel imports the readers.
import { normalizePhrase, type PhraseEntry } from './rank.ts';
import { parseTargetKey, type QueryIndex, type Target } from './query.ts';
import type { CauseName } from './stacks.ts';

export interface SearchCode {
  code: number;
  phrase: string;
  phraseDe: string;
  status: string;
  outcome: string;
  meaning: string;
}

export interface SearchCause {
  cause: number;
  /** The Q.850 name. */
  name: string;
  /** The German name, where the cause has an entry. */
  nameDe?: string;
  /** What FreeSWITCH and Asterisk's HANGUPCAUSE call it: what a CDR shows. */
  names: string[];
  /** Language-neutral path of the page, or of the best place about it while it has none ("/mapping#cause-34"). */
  href: string;
  page: boolean;
  /** The SIP codes RFC 3398 and the stacks map it to, both ways, best first. */
  codes: number[];
}

export interface SearchFsCause {
  name: string;
  /** FreeSWITCH's own number (src/switch_channel.c), not a Q.850 value. */
  number: number;
  href: string;
  page: boolean;
  meaning?: string;
  codes: number[];
}

export interface SearchWarning {
  warning: number;
  text: string;
  textDe: string;
  meaning: string;
  codes: number[];
}

export interface SearchData<M = Record<string, unknown>> {
  messages: M;
  codes: SearchCode[];
  causes: SearchCause[];
  fsCauses: SearchFsCause[];
  warnings: SearchWarning[];
  /** Every name a stack gives a cause → target key (query.ts targetKey). */
  names: Record<string, string>;
  /** The phrase index (rank.ts). */
  phrases: PhraseEntry[];
  classes: { digit: number; name: string }[];
}

const NAMER_ORDER: Record<CauseName['namer'], number> = { freeswitch: 0, 'asterisk-hangupcause': 1, asterisk: 2, yate: 3 };

/**
 * Every stack's name for a cause → what it leads to. FreeSWITCH's own causes (0 and above 127)
 * lead to their FreeSWITCH page; Asterisk's AST_CAUSE_NOTDEFINED (0) to the same NONE page, since
 * no standard defines 0. Where stacks give one name two values (PRE_EMPTED is 45 in FreeSWITCH, 8
 * in Asterisk; Yate's "congestion" is 34 and 42), FreeSWITCH wins, then Q.850's own value.
 */
export function causeNameIndex(names: readonly CauseName[], isQ850: (cause: number) => boolean): Map<string, Target> {
  const fsNames = new Map(names.filter((n) => n.namer === 'freeswitch').map((n) => [n.cause, n.name]));
  const sorted = [...names].sort((a, b) => NAMER_ORDER[a.namer] - NAMER_ORDER[b.namer] || Number(isQ850(b.cause)) - Number(isQ850(a.cause)) || a.cause - b.cause);
  const index = new Map<string, Target>();
  for (const n of sorted) {
    const key = n.namer === 'yate' ? n.name.toLowerCase() : n.name.toUpperCase();
    if (index.has(key)) continue;
    if (n.cause >= 1 && n.cause <= 127) index.set(key, { kind: 'cause', cause: n.cause });
    else if (n.namer === 'freeswitch') index.set(key, { kind: 'fs', name: n.name });
    else if (n.cause === 0 && n.namer === 'asterisk' && fsNames.has(0)) index.set(key, { kind: 'fs', name: fsNames.get(0)! });
  }
  return index;
}

/** One phrase source: a text and the target it leads to, as its own name or as a keyword. */
export interface PhraseSource {
  text: string;
  key: string;
  own: boolean;
}

/** The phrase index: phrases normalised and merged, each with its targets, own names first. */
export function buildPhrases(sources: readonly PhraseSource[]): PhraseEntry[] {
  const byPhrase = new Map<string, { key: string; own: boolean }[]>();
  for (const s of sources) {
    const p = normalizePhrase(s.text);
    if (p.length < 2 || /^\d+$/.test(p)) continue;
    const list = byPhrase.get(p) ?? [];
    const had = list.find((t) => t.key === s.key);
    if (had) had.own ||= s.own;
    else list.push({ key: s.key, own: s.own });
    byPhrase.set(p, list);
  }
  return [...byPhrase].map(([p, ts]) => [p, [...ts.filter((t) => t.own), ...ts.filter((t) => !t.own)].map((t) => (t.own ? `!${t.key}` : t.key)).join(' ')] as const);
}

/** What the query reader needs, from the fetched data. */
export function queryIndexFromData(data: Pick<SearchData, 'codes' | 'warnings' | 'names' | 'fsCauses'>): QueryIndex {
  return {
    codes: new Set(data.codes.map((c) => c.code)),
    warnings: new Set(data.warnings.map((w) => w.warning)),
    names: new Map(Object.entries(data.names).map(([name, key]) => [name, parseTargetKey(key)])),
    fsNumbers: new Map(data.fsCauses.map((f) => [f.number, f.name])),
    phraseStart: new Map(data.codes.map((c) => [c.code, normalizePhrase(c.phrase).split(' ')[0] ?? ''])),
  };
}

