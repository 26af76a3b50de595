// Typing tolerance for search. Pagefind matches words and prefixes but not misspellings, so
// query words are first corrected against the site's own vocabulary (phrases and keywords).

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Rewrites a query so that every word is one the index knows: "forbiden" → "forbidden",
 * "time out" → "timeout" (when only the joined form is known). Known words stay as typed.
 */
export function correctQuery(query: string, vocabulary: ReadonlySet<string>): string {
  const input = words(query);
  const out: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const w = input[i]!;
    const next = input[i + 1];
    if (next !== undefined && vocabulary.has(w + next) && !(vocabulary.has(w) && vocabulary.has(next))) {
      out.push(w + next);
      i++;
      continue;
    }
    if (vocabulary.has(w) || w.length < 4 || /\d/.test(w)) {
      out.push(w);
      continue;
    }
    const max = w.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const v of vocabulary) {
      if (v.startsWith(w)) {
        best = undefined; // a prefix of a known word: Pagefind's prefix search handles it
        bestDistance = -1;
        break;
      }
      const dist = editDistance(w, v, max);
      if (dist < bestDistance || (dist === bestDistance && best !== undefined && v.length < best.length)) {
        best = v;
        bestDistance = dist;
      }
    }
    out.push(best ?? w);
  }
  return out.join(' ');
}
