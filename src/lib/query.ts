// The pre-step of search: reads what the user typed or pasted and pulls out what a full-text
// index cannot: a code number inside a log line, a class ("6xx"), a Q.850 cause ("cause 17").
// Whatever text remains goes on to Pagefind.

export interface QueryPlan {
  /** Codes named outright, best first. */
  codes: number[];
  /** "6xx" or "6": the class page. */
  classDigit?: number;
  /**
   * A code-shaped number with no entry ("499"): RFC 3261 §8.1.3.2 treats an unknown final code as
   * the x00 of its class and an unknown provisional one as 183; a 7xx has no class (§7.2).
   */
  unknownCode?: number;
  /** A Q.850 / ISDN cause value. */
  cause?: number;
  /** Text left for full-text search once numbers and log noise are removed. */
  text: string;
}

const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g;
const CAUSE = /\b(?:q\.?\s?850|isdn|isup|cause|ursache)(?:\s*(?:cause|code|value|wert))?\s*[:=#]?\s*(\d{1,3})\b/i;
// In order of how surely they name the response code of a log line.
const LOG_PATTERNS = [
  /SIP\/2\.0\s+([1-7]\d\d)\b/i,
  /\bReason:\s*SIP\s*;\s*cause\s*=\s*([1-7]\d\d)\b/i,
  /\[\s*([1-7]\d\d)\s*\]/,
  /\b(?:code|status|response|antwort|reply|replied|received|got|with|mit|error|fehler)\s*[:=]?\s*([1-7]\d\d)\b/i,
];

export function planQuery(raw: string, known: ReadonlySet<number>): QueryPlan {
  const q = raw.trim().replace(/\s+/g, ' ');
  const plan: QueryPlan = { codes: [], text: '' };
  if (!q) return plan;

  const cls = /^([1-7])(?:xx|\s*x\s*x)?$/i.exec(q);
  if (cls) {
    plan.classDigit = Number(cls[1]);
    return plan;
  }

  const bare = /^(\d{3})$/.exec(q);
  if (bare) {
    const n = Number(bare[1]);
    if (known.has(n)) plan.codes.push(n);
    else if (n >= 100 && n <= 799) plan.unknownCode = n;
    return plan;
  }

  // "Reason: SIP;cause=487" carries a SIP code; only other causes are Q.850 (RFC 3326 §2).
  const cause = /\bSIP\s*;\s*cause/i.test(q) ? null : CAUSE.exec(q);
  if (cause) {
    plan.cause = Number(cause[1]);
    plan.text = q.replace(cause[0], ' ').trim();
    return plan;
  }

  const withoutIps = q.replace(IPV4, ' ');
  let found: number | undefined;
  for (const pattern of LOG_PATTERNS) {
    const m = pattern.exec(withoutIps);
    if (m) {
      found = Number(m[1]);
      break;
    }
  }
  // A lone three-digit token that is not part of a longer number, port or address.
  found ??= [...withoutIps.matchAll(/(?<![\d.:/-])([1-7]\d\d)(?![\d.:/-]?\d)/g)].map((m) => Number(m[1])).find((n) => known.has(n));
  if (found !== undefined) {
    if (known.has(found)) plan.codes.push(found);
    else if (found <= 799) plan.unknownCode = found;
  }
  plan.text = withoutIps
    .replace(/SIP\/2\.0/gi, ' ')
    .replace(/\b\d+\b/g, ' ')
    .replace(/[[\](){}<>:;,=|"'#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plan;
}
