// The order of search results, from what the query reader and phrase matching found: what the
// query names outright comes first, then what its words match, then Pagefind's full-text hits.
// A cause is followed by the SIP codes RFC 3398 and the stacks map it to, a FreeSWITCH cause and
// a warn-code by the codes they come with, so the answer in SIP terms is one step away.
import { mergeRanked, type PhraseHit } from './rank.ts';
import { targetKey, type QueryPlan } from './query.ts';
import type { SearchCause, SearchCode, SearchFsCause, SearchWarning } from './searchData.ts';

export interface Lookup {
  codes: ReadonlyMap<number, SearchCode>;
  causes: ReadonlyMap<number, SearchCause>;
  fs: ReadonlyMap<string, SearchFsCause>;
  warnings: ReadonlyMap<number, SearchWarning>;
}

/** How many codes follow a cause, a FreeSWITCH cause or a warn-code. */
const FOLLOWING = 3;

/** A result key and the keys that follow it; nothing for a key the site has no data for. */
export function expand(key: string, lookup: Lookup): string[] {
  const codes = (list: readonly number[]) => list.filter((c) => lookup.codes.has(c)).slice(0, FOLLOWING).map(String);
  if (/^\d+$/.test(key)) return lookup.codes.has(Number(key)) ? [key] : [];
  const rest = key.slice(1);
  if (key[0] === 'c') {
    const c = lookup.causes.get(Number(rest));
    return c ? [key, ...codes(c.codes)] : [];
  }
  if (key[0] === 'w') {
    const w = lookup.warnings.get(Number(rest));
    return w ? [key, ...codes(w.codes)] : [];
  }
  const f = lookup.fs.get(rest);
  return f ? [key, ...codes(f.codes)] : [];
}

/** Result keys in order: named, then phrase hits, then full-text hits, each expanded, no repeats. */
export function rankKeys(plan: QueryPlan, hits: readonly PhraseHit[], lookup: Lookup, fromIndex: readonly string[] = []): string[] {
  const ex = (keys: readonly string[]) => keys.flatMap((k) => expand(k, lookup));
  return mergeRanked(
    ex(plan.named.map(targetKey)),
    ex(hits.map((h) => h.key)),
    ex(fromIndex),
  );
}

/** The key of an entry page from its URL (/de/cause/17/ → "c17"), or undefined for other pages. */
export function keyOfUrl(url: string): string | undefined {
  const m = /\/(code|cause|warning|freeswitch-cause)\/([^/]+)\/?$/.exec(url.split(/[?#]/)[0]!);
  if (!m) return undefined;
  const id = decodeURIComponent(m[2]!);
  return m[1] === 'code' ? id : m[1] === 'cause' ? `c${id}` : m[1] === 'warning' ? `w${id}` : `f${id}`;
}
