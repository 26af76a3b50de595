// Builds search-data.json for one language from plain entry data, so that unit tests can build
// the same index from the files without Astro (tests/unit/search.test.ts).
import type { CauseData, FreeswitchCauseData } from '../lib/causeSchema.ts';
import type { CodeData } from '../lib/schema.ts';
import type { WarningData } from '../lib/warningSchema.ts';
import { causeToCode, codesToCause, comparedCauses } from '../lib/mapping.ts';
import { q850Names } from '../lib/q850Names.ts';
import { targetKey, type Target } from '../lib/query.ts';
import { buildPhrases, causeNameIndex, type PhraseSource, type SearchCause, type SearchData, type SearchFsCause } from '../lib/searchData.ts';
import { stackCauseToSip, stackTables } from '../lib/stacks.ts';
import { searchTerms } from './searchTerms.ts';
import type { Lang } from '../i18n/index.ts';

/** The fields of each kind of entry that search reads. */
export interface SearchSources {
  codes: Pick<CodeData, 'code' | 'phrase' | 'phraseDe' | 'status' | 'outcome' | 'meaning' | 'variants' | 'keywords'>[];
  causes: Pick<CauseData, 'cause' | 'name' | 'nameDe' | 'keywords'>[];
  freeswitchCauses: Pick<FreeswitchCauseData, 'name' | 'meaning' | 'codes' | 'keywords'>[];
  warnings: Pick<WarningData, 'warning' | 'text' | 'textDe' | 'meaning' | 'codes' | 'keywords'>[];
  classes: { digit: number; name: Record<Lang, string> }[];
}

/** Codes RFC 3398 and the stacks map a cause to: rows of their own first, both directions, then default branches. */
function mappedCodes(cause: number): number[] {
  const forward = causeToCode(cause);
  const own = forward.filter((a) => !a.isDefault).flatMap((a) => a.items.map((i) => i.value));
  const back = codesToCause(cause).flatMap((r) => r.values.map((v) => v.value));
  const defaults = forward.filter((a) => a.isDefault).flatMap((a) => a.items.map((i) => i.value));
  const list = [...own, ...back];
  return [...new Set((list.some((v) => v !== null) ? list : defaults).filter((v): v is number => typeof v === 'number'))];
}

export function buildSearchData<M>(lang: Lang, src: SearchSources, messages: M): SearchData<M> {
  const { codes, causes, freeswitchCauses: fsCauses, warnings, classes } = src;
  const tables = stackTables();
  const q850 = q850Names();
  const compared = new Set(comparedCauses());
  const causeEntries = new Map(causes.map((c) => [c.cause, c]));
  const fsEntries = new Map(fsCauses.map((f) => [f.name, f]));
  const codeSet = new Set(codes.map((c) => c.code));
  const langs: Lang[] = lang === 'de' ? ['de', 'en'] : ['en'];

  // Every cause value the reference table names, with or without a page of its own yet.
  const searchCauses: SearchCause[] = [...q850.values()].map(({ cause, name }) => {
    const entry = causeEntries.get(cause);
    const stackNames = tables.causeNames.filter((n) => n.cause === cause && (n.namer === 'freeswitch' || n.namer === 'asterisk-hangupcause')).map((n) => n.name);
    return {
      cause,
      name: entry?.name ?? name,
      ...(entry ? { nameDe: entry.nameDe } : {}),
      names: [...new Set(stackNames)],
      href: entry ? `/cause/${cause}` : compared.has(cause) ? `/mapping#cause-${cause}` : '/cause',
      page: Boolean(entry),
      codes: mappedCodes(cause).filter((c) => codeSet.has(c)),
    };
  });
  const fsNames = tables.causeNames.filter((n) => n.namer === 'freeswitch' && (n.cause === 0 || n.cause > 127));
  const searchFs: SearchFsCause[] = fsNames.map(({ name, cause: number }) => {
    const entry = fsEntries.get(name);
    const sends = stackCauseToSip(tables.mappings, 'freeswitch', number);
    const records = tables.mappings.filter((r) => r.stack === 'freeswitch' && r.direction === 'sip_to_q850' && r.cause === number && r.code !== undefined).map((r) => r.code!);
    const mapped = [...(entry?.codes ?? []), ...(sends && !sends.isDefault && sends.row.code ? [sends.row.code] : []), ...records];
    return {
      name,
      number,
      href: entry ? `/freeswitch-cause/${name}` : '/cause#freeswitch',
      page: Boolean(entry),
      ...(entry ? { meaning: entry.meaning[lang] } : {}),
      codes: [...new Set(mapped)].filter((c) => codeSet.has(c)),
    };
  });

  const exists = (t: Target) =>
    t.kind === 'code' ? codeSet.has(t.code) : t.kind === 'cause' ? q850.has(t.cause) : t.kind === 'fs' ? fsNames.some((n) => n.name === t.name) : warnings.some((w) => w.warning === t.warning);
  const terms = searchTerms(exists);

  const sources: PhraseSource[] = [];
  const own = (text: string, key: string) => sources.push({ text, key, own: true });
  const keyword = (text: string, key: string) => sources.push({ text, key, own: false });
  // Everyday wording first: its order of targets is deliberate ("no answer" is 480, then 408).
  for (const l of langs) for (const [phrase, targets] of terms[l]) for (const t of targets) keyword(phrase, targetKey(t));
  for (const data of codes) {
    const key = String(data.code);
    for (const text of [data.phrase, data.phraseDe, ...(data.variants ?? []).map((v) => v.phrase)]) own(text, key);
    for (const l of langs) for (const k of data.keywords?.[l] ?? []) keyword(k, key);
  }
  // What stacks send for a code. Wireshark's x99 rows and 999 are buckets of its statistics, not codes.
  for (const p of tables.phrases) {
    if (!codeSet.has(p.code) || (p.stack === 'wireshark' && p.code % 100 === 99)) continue;
    own(p.phrase, String(p.code));
  }
  for (const c of searchCauses) {
    own(c.name, `c${c.cause}`);
    if (c.nameDe) own(c.nameDe, `c${c.cause}`);
    const entry = causeEntries.get(c.cause);
    for (const l of langs) for (const k of entry?.keywords?.[l] ?? []) keyword(k, `c${c.cause}`);
    // USER_BUSY read as words ("user busy") is a keyword; as written it is a name (query.ts).
    for (const n of c.names) keyword(n, `c${c.cause}`);
  }
  for (const f of searchFs) {
    // DECLINE or NOT_ACCEPTABLE read as words are SIP phrases first; written as names, query.ts reads them.
    keyword(f.name, `f${f.name}`);
    for (const l of langs) for (const k of fsEntries.get(f.name)?.keywords?.[l] ?? []) keyword(k, `f${f.name}`);
  }
  for (const data of warnings) {
    own(data.text, `w${data.warning}`);
    own(data.textDe, `w${data.warning}`);
    for (const l of langs) for (const k of data.keywords?.[l] ?? []) keyword(k, `w${data.warning}`);
  }

  const names = causeNameIndex(tables.causeNames, (c) => q850.get(c)?.q850 === true);
  return {
    messages,
    codes: codes.map((data) => ({ code: data.code, phrase: data.phrase, phraseDe: data.phraseDe, status: data.status, outcome: data.outcome, meaning: data.meaning[lang] })),
    causes: searchCauses,
    fsCauses: searchFs,
    warnings: warnings.map((data) => ({ warning: data.warning, text: data.text, textDe: data.textDe, meaning: data.meaning[lang], codes: data.codes })),
    names: Object.fromEntries([...names].map(([n, t]) => [n, targetKey(t)])),
    phrases: buildPhrases(sources),
    classes: classes.map((c) => ({ digit: c.digit, name: c.name[lang] })),
  };
}
