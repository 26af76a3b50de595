// SIP codes and Q.850 causes mapped both ways, side by side: RFC 3398 (src/lib/q850.ts) and
// what Asterisk, FreeSWITCH and OpenSIPS really do (content/reference/stacks/stack-q850.tsv).
// Engineers trip over exactly where these disagree, so every answer says whether it comes
// from a row of its own or from a default branch.
import { rfc3398CausesFor, rfc3398ForCause, rfc3398ForCode, type Q850Note, type SipOutcome } from './q850.ts';
import { stackCauseToSip, stackSipToCause, stackTables, type CodeRange, type MappingRow, type MappingStack, type Source } from './stacks.ts';

/** The columns of every mapping table, in order. OpenSIPS' sip_i maps only SIP to Q.850. */
export const CODE_MAPPERS = ['rfc3398', 'asterisk', 'freeswitch', 'opensips'] as const;
export const CAUSE_MAPPERS = ['rfc3398', 'asterisk', 'freeswitch'] as const;
export type Mapper = (typeof CODE_MAPPERS)[number];

export interface Item {
  /** A cause (SIP → Q.850) or a status code (Q.850 → SIP); null: deliberately none. */
  value: number | null;
  /** The mapper's own name for the cause (AST_CAUSE_BUSY, USER_BUSY), or RFC 3398's. */
  name?: string;
  /** RFC 3398's footnote for this row. */
  note?: Q850Note;
}

export interface Answer {
  mapper: Mapper;
  items: Item[];
  /** The value comes from a default branch, not from a row for this value. */
  isDefault: boolean;
  /**
   * An answer that is not a cause: RFC 3398's for 100, 18x, 2xx, 3xx and 7xx, and
   * 'follows-contact' for FreeSWITCH, which sends a new INVITE to the Contact of a 300, 301,
   * 302 or 305 instead of ending the call.
   */
  outcome?: SipOutcome['kind'] | 'follows-contact';
  /** Where the stack's row is: repository, file#function, commit. */
  source?: Source;
  /** RFC 3398 §7.2.4.1 says this cause must not become a SIP response at all (cause 44). */
  untranslatable?: boolean;
}

const STACK_OF: Record<Exclude<Mapper, 'rfc3398'>, MappingStack> = { asterisk: 'asterisk', freeswitch: 'freeswitch', opensips: 'opensips' };

/**
 * The redirects FreeSWITCH follows on an outbound leg (mod_sofia sofia.c, sofia_glue_do_invite
 * to the Contact), ending the call with cause 23 only when it cannot: its cause mapping is never
 * asked about them.
 */
const FREESWITCH_FOLLOWS = new Set([300, 301, 302, 305]);

function fromRow(mapper: Mapper, found: { row: MappingRow; isDefault: boolean } | undefined, value: (r: MappingRow) => number | null | undefined): Answer {
  if (!found) return { mapper, items: [], isDefault: false };
  const v = value(found.row);
  return { mapper, items: v === undefined ? [] : [{ value: v, name: found.row.causeName }], isDefault: found.isDefault, source: found.row.source };
}

/**
 * What each mapper turns a received SIP code into. The stacks' functions run when a call
 * fails, so 1xx and 2xx get only rows of their own (FreeSWITCH maps 200 to 16), never a
 * default branch.
 */
export function codeToCause(code: number): Answer[] {
  const rows = stackTables().mappings;
  return CODE_MAPPERS.map((mapper) => {
    if (mapper === 'rfc3398') {
      const o = rfc3398ForCode(code);
      if (o.kind === 'cause') return { mapper, items: [{ value: o.cause, name: o.name, ...(o.note ? { note: o.note } : {}) }], isDefault: !o.listed };
      if (o.kind === 'no-cause') return { mapper, items: [{ value: null, ...(o.note ? { note: o.note } : {}) }], isDefault: false, outcome: o.kind };
      return { mapper, items: [], isDefault: false, outcome: o.kind };
    }
    if (mapper === 'freeswitch' && FREESWITCH_FOLLOWS.has(code)) {
      const commit = rows.find((r) => r.stack === 'freeswitch')!.source.commit;
      return { mapper, items: [], isDefault: false, outcome: 'follows-contact', source: { repo: 'signalwire/freeswitch', path: 'src/mod/endpoints/mod_sofia/sofia.c#sofia_glue_do_invite', commit } };
    }
    const found = stackSipToCause(rows, STACK_OF[mapper], code);
    if (found?.isDefault && code < 300) return { mapper, items: [], isDefault: false };
    return fromRow(mapper, found, (r) => r.cause);
  });
}

/** What each mapper sends as SIP for a cause. */
export function causeToCode(cause: number): Answer[] {
  const rows = stackTables().mappings;
  return CAUSE_MAPPERS.map((mapper) => {
    if (mapper === 'rfc3398') {
      const r = rfc3398ForCause(cause);
      if (r.untranslatable) return { mapper, items: [{ value: null }], isDefault: false, untranslatable: true };
      return { mapper, items: r.rows.map((row) => ({ value: row.code, ...(row.name ? { name: row.name } : {}), ...(row.note ? { note: row.note } : {}) })), isDefault: !r.listed };
    }
    return fromRow(mapper, stackCauseToSip(rows, STACK_OF[mapper], cause), (r) => r.code ?? null);
  });
}

export interface Reverse {
  mapper: Mapper;
  /** Values with a row of their own that land here. */
  values: Item[];
  /** This is the mapper's default for everything it does not list ('all'), or for these ranges of codes. */
  asDefault?: CodeRange[] | 'all';
  source?: Source;
}

/** Which causes each mapper sends as this SIP code. */
export function causesToCode(code: number): Reverse[] {
  const rows = stackTables().mappings.filter((r) => r.direction === 'q850_to_sip');
  return CAUSE_MAPPERS.map((mapper) => {
    if (mapper === 'rfc3398') {
      return { mapper, values: rfc3398CausesFor(code).map((r) => ({ value: r.cause, name: r.name, ...(r.note ? { note: r.note } : {}) })), ...(code === 500 ? { asDefault: 'all' as const } : {}) };
    }
    const mine = rows.filter((r) => r.stack === STACK_OF[mapper]);
    const values = mine.filter((r) => r.code === code && typeof r.cause === 'number').map((r) => ({ value: r.cause as number, name: r.causeName }));
    const fallback = mine.find((r) => r.cause === undefined && r.code === code);
    return { mapper, values: uniqueItems(values), ...(fallback ? { asDefault: 'all' as const } : {}), ...(mine[0] ? { source: mine[0].source } : {}) };
  });
}

/** Which received SIP codes each mapper records as this cause. */
export function codesToCause(cause: number): Reverse[] {
  const rows = stackTables().mappings.filter((r) => r.direction === 'sip_to_q850');
  return CODE_MAPPERS.map((mapper) => {
    if (mapper === 'rfc3398') {
      const codes = [...Array(600).keys()].map((i) => i + 100).filter((c) => {
        const o = rfc3398ForCode(c);
        return o.kind === 'cause' && o.listed && o.cause === cause;
      });
      return { mapper, values: codes.map((c) => ({ value: c })), ...(cause === 31 ? { asDefault: [{ from: 400, to: 699 }] } : {}) };
    }
    const mine = rows.filter((r) => r.stack === STACK_OF[mapper]);
    const values = mine.filter((r) => r.code !== undefined && r.cause === cause).map((r) => ({ value: r.code!, name: r.causeName }));
    // Default branches for ranges of codes that land on this cause ("4xx (other)" → 127). A
    // branch for every code counts from 3xx on: the stacks map failures, not 1xx or 2xx.
    const asDefault = mine
      .filter((r) => r.range && r.cause === cause)
      .map((r) => (r.range!.from === 100 ? { from: 300, to: 699 } : r.range!))
      .sort((a, b) => a.from - b.from);
    return { mapper, values: uniqueItems(values), ...(asDefault.length ? { asDefault } : {}), ...(mine[0] ? { source: mine[0].source } : {}) };
  });
}

function uniqueItems(items: Item[]): Item[] {
  const seen = new Set<number | null>();
  return items.filter((i) => !seen.has(i.value) && seen.add(i.value)).sort((a, b) => (a.value ?? 0) - (b.value ?? 0));
}

/**
 * What an answer means, so that equivalent answers compare equal: RFC 3398's "follow the
 * Contact or release with cause 23" (§8.2.5), a stack's 23 for a 3xx and FreeSWITCH following
 * the Contact are the same thing; so are RFC 3398's answer to a 200 (§8.2.4) and a stack
 * recording 16, normal clearing, for a call that was answered.
 */
function meaning(a: Answer, code?: number): string | undefined {
  if (a.outcome === 'redirect' || a.outcome === 'follows-contact') return 'redirect';
  if (a.outcome === 'answer') return 'answered';
  if (a.outcome && a.outcome !== 'no-cause') return `outcome:${a.outcome}`;
  if (a.items.length === 0) return undefined;
  const values = a.items.map((i) => i.value).join(',');
  if (code !== undefined && Math.floor(code / 100) === 3 && values === '23') return 'redirect';
  if (code !== undefined && Math.floor(code / 100) === 2 && values === '16') return 'answered';
  return values === '' ? 'none' : values;
}

/** Whether the sources that answer for this value mean different things. */
export function disagree(answers: readonly Answer[], code?: number): boolean {
  const meanings = new Set(answers.map((a) => meaning(a, code)).filter((m) => m !== undefined));
  return meanings.size > 1;
}

/** The SIP codes RFC 3398, Asterisk or FreeSWITCH map with a row of their own, in order. */
export function comparedCodes(): number[] {
  const rows = stackTables().mappings.filter((r) => (r.stack === 'asterisk' || r.stack === 'freeswitch') && r.direction === 'sip_to_q850' && r.code !== undefined);
  return [...new Set([...rfc3398ListedCodes(), ...rows.map((r) => r.code!)])].sort((a, b) => a - b);
}

/** The Q.850 causes RFC 3398, Asterisk or FreeSWITCH map with a row of their own, in order. */
export function comparedCauses(): number[] {
  const rows = stackTables().mappings.filter((r) => (r.stack === 'asterisk' || r.stack === 'freeswitch') && r.direction === 'q850_to_sip' && typeof r.cause === 'number' && r.cause <= 127);
  return [...new Set([...rfc3398ListedCauses(), ...rows.map((r) => r.cause as number)])].sort((a, b) => a - b);
}

/** Whether Asterisk or FreeSWITCH answer differently from RFC 3398 (for a SIP code: pass it). */
export function differsFromRfc(answers: readonly Answer[], code?: number): boolean {
  const want = meaning(answers.find((a) => a.mapper === 'rfc3398')!, code);
  return answers.some((a) => (a.mapper === 'asterisk' || a.mapper === 'freeswitch') && meaning(a, code) !== undefined && meaning(a, code) !== want);
}

/** On how many of the compared codes and causes Asterisk or FreeSWITCH differ from RFC 3398. */
export function disagreementCounts(): { codes: { total: number; differ: number[] }; causes: { total: number; differ: number[] } } {
  const codes = comparedCodes();
  const causes = comparedCauses();
  return {
    codes: { total: codes.length, differ: codes.filter((c) => differsFromRfc(codeToCause(c), c)) },
    causes: { total: causes.length, differ: causes.filter((c) => differsFromRfc(causeToCode(c))) },
  };
}

/** The codes of RFC 3398's §8.2.6.1 table, including those it lists without a fixed cause. */
function rfc3398ListedCodes(): number[] {
  const out: number[] = [];
  for (let c = 400; c < 700; c++) {
    const o = rfc3398ForCode(c);
    if (o.kind === 'no-cause' || (o.kind === 'cause' && o.listed)) out.push(c);
  }
  return out;
}

function rfc3398ListedCauses(): number[] {
  const out: number[] = [];
  for (let c = 1; c <= 127; c++) if (rfc3398ForCause(c).listed) out.push(c);
  return out;
}
