// Phrase matching: the words of a query against every phrase the site knows for its entries
// (reason phrases and the phrases stacks send, German phrases, cause and warning names, entry
// keywords, everyday wording from content/search-terms.yaml). A small index built at build time
// (search-data.json) is matched as n-grams, so a phrase is found inside a long log line with no
// number in it ("Call has been declined"), and before Pagefind has even loaded.
import { words } from './fuzzy.ts';

/**
 * One phrase and what it leads to: target keys (query.ts targetKey: "486", "c17", "w305",
 * "fORIGINATOR_CANCEL") separated by spaces, best first. A key marked "!" has this phrase as its
 * own name (the reason phrase of a code, the Q.850 name of a cause), not as a keyword.
 */
export type PhraseEntry = readonly [phrase: string, targets: string];

/** Lower case, accents of German folded (ü → ue), CamelCase and snake_case split: "BusyHere" → "busy here". */
export function normalizePhrase(text: string): string {
  const split = text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/_/g, ' ');
  return words(split)
    .map((w) => w.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'))
    .join(' ');
}

// Words that carry no meaning of their own in a query: a phrase is not found by them alone.
const STOP = new Set(
  'a an the to of in on at by for from is are was be been has have had it its this that and or not no with as via call der die das den dem des ein eine einer zu von im in am ist wurde hat und oder mit'.split(' '),
);
// Of those, the ones that still make a phrase more specific: "not found" says more than "found".
const NEGATIONS = new Set(['not', 'no', 'nicht', 'kein', 'keine']);
const weight = (words: readonly string[]) => words.filter((w) => !STOP.has(w) || NEGATIONS.has(w)).length;

export interface PhraseHit {
  key: string;
  score: number;
  /** The phrase is the target's own name, not a keyword that leads to it. */
  own: boolean;
}

interface Compiled {
  words: string[];
  targets: { key: string; own: boolean }[];
  order: number;
}

export class PhraseIndex {
  private readonly byFirst = new Map<string, Compiled[]>();
  private readonly all: Compiled[] = [];
  private readonly words = new Set<string>();

  constructor(entries: readonly PhraseEntry[]) {
    entries.forEach(([phrase, targets], order) => {
      const ws = phrase.split(' ').filter(Boolean);
      if (!ws.length) return;
      const c: Compiled = { words: ws, order, targets: targets.split(' ').map((t) => (t.startsWith('!') ? { key: t.slice(1), own: true } : { key: t, own: false })) };
      this.all.push(c);
      for (const w of ws) if (w.length >= 4 && !/\d/.test(w)) this.words.add(w);
      const list = this.byFirst.get(ws[0]!) ?? [];
      list.push(c);
      this.byFirst.set(ws[0]!, list);
    });
  }

  /** Every word of four letters or more the phrases use: what typing tolerance corrects towards (fuzzy.ts). */
  vocabulary(): ReadonlySet<string> {
    return this.words;
  }

  /**
   * Targets whose phrases the query contains, best first. A phrase the query is exactly counts
   * most; then a phrase found word for word inside the query, longer phrases before shorter;
   * then, for short queries, phrases holding every query word in any order (the last word may be
   * a prefix, as while typing). A code wins a tie against a cause or warning reached only by a
   * keyword: "busy" is 486 before cause 17, but "User busy", cause 17's own name, is the cause.
   */
  match(query: string): PhraseHit[] {
    const q = normalizePhrase(query).split(' ').filter(Boolean).slice(0, 300);
    if (!q.length) return [];
    const best = new Map<string, PhraseHit & { order: number }>();
    const score = (c: Compiled, base: number) => {
      c.targets.forEach((t, i) => {
        // A keyword leads to a cause or warning less surely than to a code: log lines name codes.
        const s = base * (t.own || /^\d/.test(t.key) ? 1 : 0.6) + (t.own ? 150 : 0) - i;
        const had = best.get(t.key);
        if (!had || s > had.score) best.set(t.key, { key: t.key, score: s, own: t.own, order: c.order });
      });
    };
    const whole = q.join(' ');
    const meaningful = q.filter((w) => !STOP.has(w));
    for (let i = 0; i < q.length; i++) {
      for (const c of this.byFirst.get(q[i]!) ?? []) {
        if (i + c.words.length > q.length || !c.words.every((w, k) => q[i + k] === w)) continue;
        if (c.words.length === q.length) score(c, 1000);
        else if (c.words.length === 1 && (STOP.has(c.words[0]!) || c.words[0]!.length < 4)) continue;
        else score(c, 100 + 40 * weight(c.words));
      }
    }
    if (meaningful.length && meaningful.length <= 5 && whole.length >= 3) {
      const last = meaningful.at(-1)!;
      for (const c of this.all) {
        if (c.words.join(' ') === whole) continue;
        const has = (w: string) => c.words.includes(w);
        const exact = meaningful.every(has);
        const typing = !exact && last.length >= 3 && meaningful.slice(0, -1).every(has) && c.words.some((w) => w.startsWith(last));
        if (exact) score(c, 500 - c.words.length);
        else if (typing) score(c, 300 - c.words.length);
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score || Number(/^\d/.test(b.key)) - Number(/^\d/.test(a.key)) || a.order - b.order).map(({ key, score: s, own }) => ({ key, score: s, own }));
  }
}

/** Merge ranked lists, keeping the first position of each item. */
export function mergeRanked<T>(...lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<T>();
  const out: T[] = [];
  for (const list of lists) for (const n of list) if (!seen.has(n)) (seen.add(n), out.push(n));
  return out;
}
