// Facts derived from a code's number, so that no entry has to state them (RFC 3261 §7.2, §21).

export const CLASSES = [1, 2, 3, 4, 5, 6, 7] as const;
export type ClassDigit = (typeof CLASSES)[number];

/** 486 → 4. */
export function classOf(code: number): ClassDigit {
  return Math.floor(code / 100) as ClassDigit;
}

/** "4xx", the class slug used in URLs. */
export function classSlug(digit: number): string {
  return `${digit}xx`;
}

/**
 * 1xx responses are provisional, 2xx–6xx final (RFC 3261 §7.2). A 7xx is neither: SIP allows
 * only 1–6 as first digit, and the transaction state machines handle 1xx and 2xx–6xx only
 * (§17.1.1.2, §17.1.2.2).
 */
export function responseKind(code: number): 'provisional' | 'final' | 'unclassed' {
  const digit = classOf(code);
  return digit === 1 ? 'provisional' : digit <= 6 ? 'final' : 'unclassed';
}

export function isFinal(code: number): boolean {
  return responseKind(code) === 'final';
}

/** The numbers from 100 to 699 that have no entry: each still gets a page saying so. */
export function unregisteredNumbers(known: readonly number[]): number[] {
  const set = new Set(known);
  return Array.from({ length: 600 }, (_, i) => i + 100).filter((n) => !set.has(n));
}

/** The previous and next code in numeric order, for the page's navigation. */
export function neighbours(codes: readonly number[], code: number): { prev: number | undefined; next: number | undefined } {
  const sorted = [...codes].sort((a, b) => a - b);
  const i = sorted.indexOf(code);
  return { prev: i > 0 ? sorted[i - 1] : undefined, next: i >= 0 && i < sorted.length - 1 ? sorted[i + 1] : undefined };
}

/** Items grouped by class, in numeric order; every class is present, empty or not. */
export function groupByClass<T>(items: readonly T[], codeOf: (item: T) => number): Map<ClassDigit, T[]> {
  const groups = new Map<ClassDigit, T[]>(CLASSES.map((c) => [c, []]));
  for (const item of [...items].sort((a, b) => codeOf(a) - codeOf(b))) groups.get(classOf(codeOf(item)))?.push(item);
  return groups;
}

/** RFC Editor address of an RFC section; the RFC Editor's HTML renderings anchor every section. */
export function rfcUrl(rfc: string, section?: string): string {
  const doc = `https://www.rfc-editor.org/rfc/${rfc.toLowerCase()}`;
  return section ? `${doc}#section-${section}` : doc;
}

/** "RFC3261" → "RFC 3261". */
export function rfcName(rfc: string): string {
  return rfc.replace(/^RFC(\d+)$/, 'RFC $1');
}

/**
 * A page title from its most important part onwards, dropping trailing parts that would
 * take it past `max` characters, where search results cut titles off.
 */
export function fitTitle(parts: readonly string[], max = 70): string {
  let title = parts[0] ?? '';
  // A first part that is too long on its own (Q.850 names can be) is cut at a word.
  if (title.length > max) title = `${title.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
  for (const part of parts.slice(1)) {
    if (`${title} – ${part}`.length > max) break;
    title = `${title} – ${part}`;
  }
  return title;
}

/**
 * The code a UAC must treat an unrecognised response code as (RFC 3261 §8.1.3.2): a final one
 * as the x00 of its class (431 → 400), a provisional one other than 100 as 183 Session
 * Progress, not 100, since 100 is hop-by-hop and says nothing about the far end. A 7xx has no
 * x00 to fall back to: SIP's classes are 1xx to 6xx (§7.2), so the answer is undefined.
 */
export function unknownCodeTreatedAs(code: number): number | undefined {
  if (!Number.isInteger(code) || code < 100 || code > 699) return undefined;
  const digit = classOf(code);
  if (digit === 1) return code === 100 ? 100 : 183;
  return digit * 100;
}
