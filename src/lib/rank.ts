// Ranks codes that the query names by phrase, before Pagefind's full-text results: someone
// who types "not acceptable" expects 406, 488 and 606, not every page that uses the words.
import { words } from './fuzzy.ts';

export interface PhraseSource {
  code: number;
  phrase: string;
  phraseDe: string;
  aliases: string[];
}

const norm = (s: string) => words(s).join(' ');

/** Codes whose phrase, German phrase or alias contains every query word; exact matches first. */
export function phraseMatches(query: string, codes: readonly PhraseSource[]): number[] {
  const q = norm(query);
  if (q.length < 3) return [];
  const qWords = q.split(' ');
  const scored: { code: number; score: number }[] = [];
  for (const c of codes) {
    let best = 0;
    for (const phrase of [c.phrase, c.phraseDe, ...c.aliases]) {
      const p = norm(phrase);
      const pWords = p.split(' ');
      if (p === q) best = Math.max(best, 3);
      else if (qWords.every((w) => pWords.includes(w))) best = Math.max(best, 2 - pWords.length / 100);
      else if (qWords.every((w) => pWords.some((pw) => pw.startsWith(w))) && q.length >= 4) best = Math.max(best, 1 - pWords.length / 100);
    }
    if (best > 0) scored.push({ code: c.code, score: best });
  }
  return scored.sort((a, b) => b.score - a.score || a.code - b.code).map((s) => s.code);
}

/** Merge ranked lists, keeping the first position of each code. */
export function mergeRanked(...lists: readonly number[][]): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (const list of lists) for (const n of list) if (!seen.has(n)) (seen.add(n), out.push(n));
  return out;
}
