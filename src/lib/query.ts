// The pre-step of search: reads what the user typed or pasted and pulls out what a full-text
// index cannot: a status code inside a log line, a class ("6xx"), a Q.850 cause by number or by
// the name a stack gives it, a FreeSWITCH cause, a Warning header. Whatever words remain go on
// to phrase matching (rank.ts) and Pagefind.
//
// Engineers paste whole log lines, so numbers that only look like codes must be left alone:
// addresses and ports, CSeq numbers, Call-IDs, timestamps ("14:03:12.486"), sizes ("512 bytes"),
// PIDs in "WARNING[486]". The reader therefore blanks out what it has understood or knows to be
// noise, strongest context first, and reads a bare three-digit number only at the end.

export type Target =
  | { kind: 'code'; code: number }
  | { kind: 'cause'; cause: number }
  | { kind: 'fs'; name: string }
  | { kind: 'warning'; warning: number };

/** What the reader knows about the site, from search-data.json (or the tables, in tests). */
export interface QueryIndex {
  /** SIP codes that have an entry. */
  codes: ReadonlySet<number>;
  /** Warn-codes that have an entry. */
  warnings: ReadonlySet<number>;
  /**
   * Every name a stack gives a cause, as the stack writes it: FreeSWITCH and Asterisk names in
   * capitals (USER_BUSY, AST_CAUSE_BUSY), Yate's in lower case (noanswer, normal-clearing).
   */
  names: ReadonlyMap<string, Target>;
  /** FreeSWITCH's numbers for its own causes (0 NONE, 487 ORIGINATOR_CANCEL, 702 LOSE_RACE …). */
  fsNumbers: ReadonlyMap<number, string>;
  /** The first word of each code's reason phrase, lower case: "486 Busy" is a code, "486 bytes" is not. */
  phraseStart: ReadonlyMap<number, string>;
}

export interface QueryPlan {
  /** What the query names outright, best first: by number in a known context, or by a stack's name. */
  named: Target[];
  /** "6xx" or "6": the class page. */
  classDigit?: number;
  /** A code-shaped number with no entry ("499"): RFC 3261 §8.1.3.2 says how a receiver treats it. */
  unknownCode?: number;
  /** A pasted SIP message (a start line and header fields): the decoder explains it better. */
  message: boolean;
  /** The query named one thing so surely that address-bar search may open its page at once. */
  direct?: Target;
  /** The words left once numbers, addresses and log noise are gone, for phrase and full-text search. */
  text: string;
}

/** How much of a paste is read: enough for any log line or message, and a 1 MB paste stays fast. */
export const MAX_QUERY = 4000;

const STRONG = 3;
const BARE = 2;
const LOOSE = 1;

interface Mention {
  target: Target;
  strength: number;
  at: number;
}

// A number followed by one of these is a size, a duration or a count, never a code.
const UNIT = String.raw`(?!\s*(?:bytes?|octets?|ms|msecs?|s|secs?|seconds?|sekunden|kb|kbps|kbit|chars?|characters|%|times|calls|mal)\b)`;
const NUM3 = String.raw`([1-7]\d\d)(?![\d.,:]\d)${UNIT}`;

// Key = value, key: value, <key>value, "key":"value", key: [value] — the shapes of CDRs,
// channel variables, JSON, XML and headers.
const KV = String.raw`["'}\]]?\s*(?:=>|==|=|:|>)\s*["'\[(<]?\s*`;

/** Keys whose numeric value is a status code. */
const CODE_KEY = String.raw`(?:[\w.-]*?(?:status|sip_?code|response_?code|resp_?code|reply_?code|cause_sip|sip_cause|code|reason)|\$?rs)`;
/** Keys whose numeric value is a Q.850 cause. */
const CAUSE_KEY = String.raw`(?:[\w$.-]*?(?:q\.?850|hangup_?cause(?:_?code)?|hangupcausecode|cause_?code|causecode|cause|ursache))`;

/** Words before a number that make it the status code of a log line. */
const CODE_WORDS = String.raw`(?:response|responded|reply|replied|replies|answered|answer|received|rcvd|receiving|got|returned|returns|return|sent|sending|send|sends|with|status|code|error|fehler|antwort|final)`;
/** Words before a number that make it a cause value. */
const CAUSE_WORDS = String.raw`(?:q\.?\s?850|isdn|isup|ss7|release|disconnect|clearing|hangup|cause|ursache|auslösegrund)`;

const SIP_METHODS = 'INVITE|REGISTER|BYE|CANCEL|ACK|OPTIONS|SUBSCRIBE|NOTIFY|REFER|MESSAGE|INFO|PRACK|UPDATE|PUBLISH';

/** Header fields, counted to tell a pasted message from a log line. */
const HEADER_FIELDS = /(?:^|\s)(?:Via|From|To|Call-ID|CSeq|Contact|Max-Forwards|Content-Length|Content-Type|User-Agent|Server|Allow|Supported|Require|Record-Route|Route|Reason|Warning|WWW-Authenticate|Proxy-Authenticate|Authorization|Expires|Session-Expires|Retry-After|P-Asserted-Identity|[vftimlk])\s*:\s*\S/gi;
const START_LINE = new RegExp(String.raw`(?:^|\s)(?:SIP\/2\.0\s+[1-7]\d\d\s|(?:${SIP_METHODS})\s+(?:sips?|tel):\S+\s+SIP\/2\.0)`, 'i');

export function looksLikeMessage(text: string): boolean {
  if (!START_LINE.test(text)) return false;
  let fields = 0;
  for (const m of text.matchAll(HEADER_FIELDS)) if (m[0].trim().length > 3 && ++fields >= 3) return true;
  return false;
}

/** What the query names, read with the site's index. */
export function readQuery(raw: string, index: QueryIndex): QueryPlan {
  const q = raw.slice(0, MAX_QUERY).replace(/\s+/g, ' ').trim();
  const plan: QueryPlan = { named: [], message: false, text: '' };
  if (!q) return plan;

  const cls = /^([1-7])(?:xx|\s*x\s*x)?$/i.exec(q);
  if (cls) {
    plan.classDigit = Number(cls[1]);
    return plan;
  }
  const bare = /^#?(\d{1,3})$/.exec(q);
  if (bare) {
    readBareNumber(bare[1]!, index, plan);
    return plan;
  }

  plan.message = looksLikeMessage(q);
  const mentions: Mention[] = [];
  let s = q;
  const add = (target: Target | undefined, strength: number, at: number) => {
    if (target) mentions.push({ target, strength, at });
  };
  /**
   * Reads every match of `re` and blanks it out (keeping positions), so that no later rule reads
   * it again; a reader that returns false leaves its match in place.
   */
  const take = (re: RegExp, read: (g: string[], at: number) => boolean | void) => {
    s = s.replace(re, (...args: unknown[]) => {
      const whole = args[0] as string;
      const at = args.findLast((a) => typeof a === 'number') as number;
      const groups = args.slice(1, args.indexOf(at)).map((g) => (g as string | undefined) ?? '');
      return read(groups, at) === false ? whole : ' '.repeat(whole.length);
    });
  };
  const codeOrUnknown = (n: number): Target | undefined => {
    if (index.codes.has(n)) return { kind: 'code', code: n };
    if (n >= 100 && n <= 799) plan.unknownCode ??= n;
    return undefined;
  };
  /** A number that a cause context names: a Q.850 value, FreeSWITCH's own, or else a SIP code. */
  const causeNumber = (n: number): Target | undefined => {
    if (n >= 1 && n <= 127) return { kind: 'cause', cause: n };
    const fs = index.fsNumbers.get(n);
    if (n >= 100 && n <= 699) return codeOrUnknown(n);
    if (fs) return { kind: 'fs', name: fs };
    return undefined;
  };

  // 1. Warning headers: the warn-code shares its numbers with 3xx codes (RFC 3261 §20.43).
  take(/\b(?:Warning\s*:|warn-?code\s*:?|warncode\s*:?|warning\s+code\s*:?)\s*(3\d\d)\b(?:\s+[^\s"]+)?/gi, (g, at) => {
    const w = Number(g[0]);
    if (index.warnings.has(w)) add({ kind: 'warning', warning: w }, STRONG, at);
  });
  // 2. Reason header values (RFC 3326 §2): the protocol says whether the cause is a SIP code.
  take(/\b(SIP|Q\.?\s?850)\s*;\s*cause\s*=\s*(\d{1,3})\b/gi, (g, at) => {
    const n = Number(g[1]);
    add(/^sip$/i.test(g[0]!) ? codeOrUnknown(n) : causeNumber(n), STRONG, at);
  });
  // 3. A status line, a code after "sip:" (FreeSWITCH's proto_specific_hangup_cause), Microsoft
  //    Teams' 560 + SIP code from the SBC, Kamailio's and OpenSIPS' "(477/TM)", PJSIP's "408/INVITE".
  take(new RegExp(String.raw`\bSIP\/2\.0\s+${NUM3}`, 'gi'), (g, at) => add(codeOrUnknown(Number(g[0])), STRONG, at));
  take(/\bsips?:([1-6]\d\d)(?![\w@.:%-])/gi, (g, at) => add(codeOrUnknown(Number(g[0])), STRONG, at));
  take(/(?<![\d+.,:/-])560([1-6]\d\d)(?![\d.,:]\d|\d)/g, (g, at) => add(codeOrUnknown(Number(g[0])), STRONG, at));
  take(/\((\d{3})\/(?:TM|SL)\)/g, (g, at) => add(codeOrUnknown(Number(g[0])), STRONG, at));
  take(new RegExp(String.raw`(?<![\w.])([1-7]\d\d)\/(?:${SIP_METHODS})\b`, 'g'), (g, at) => add(codeOrUnknown(Number(g[0])), STRONG, at));

  // 4. Noise that holds numbers: header fields whose value is a number, SIP parameters, dates and
  //    times, addresses, URIs and channel names, hex identifiers.
  const noise = [
    new RegExp(String.raw`\bCSeq\s*:\s*\d+(?:\s+(?:${SIP_METHODS}))?`, 'gi'),
    /\b(?:Content-Length|Max-Forwards|Expires|Min-Expires|Session-Expires|Min-SE|Retry-After|RSeq|RAck|Timestamp|Max-Breadth)\s*:\s*\d+/gi,
    /\bCall-ID\s*:\s*\S+/gi,
    /[;?&](?:branch|tag|rport|received|maddr|ttl|transport|user|expires|q|cseq|pid|port|len|size|duration|ptime)=[^\s;,&>"')\]]*/gi,
    /\b(?:cseq|pid|port|rport|len|size|length|duration|billsec|ptime|bytes|expires|ttl|via_cnt|req_src_port)\s*[:=]+\s*\[?\d+\]?/gi,
    /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,:]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g,
    /\b\d{1,2}:\d{2}:\d{2}(?:[.,:]\d+)?/g,
    /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g,
    /\[?\b[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\b\]?(?::\d+)?/gi,
    /\b(?:sips?|tel|udp|tcp|tls|wss?):[^\s;>"',\])]+/gi,
    /\b(?:sofia|PJSIP|SIP|sip|IAX2|DAHDI|Local|loopback|verto|rtc|mod_\w+)\/[^\s\]["',)]+/g,
    /\[?\b\d+\]?\s*(?:new\s+)?(?:bytes?|octets?|ms|msecs?|secs?|seconds?|sekunden|kb|kbps)\b/gi,
    /[^\s[\]<>"'(),;=]+@[^\s[\]<>"'(),;]+/g,
    /\b0x[0-9a-f]+\b/gi,
    /\b(?=[0-9a-f-]*\d)(?=[0-9a-f-]*[a-f])[0-9a-f-]{8,}\b/gi,
    /\b[\w-]+\.(?:c|cpp|h|js|ts|py|java|go):\d+/g,
    /\b[A-Z]+\[\d+\](?:\[[\w-]+\])?/g,
    /\b\d+(?:[.,]\d+)+\b/g,
  ];
  for (const re of noise) take(re, () => {});

  // 5. A number in a key = value pair, by what the key says it is.
  take(new RegExp(String.raw`\b(${CAUSE_KEY})${KV}(\d{1,3})\b(?![\d.,:]\d)`, 'gi'), (g, at) => {
    const n = Number(g[1]);
    add(/sip|status/i.test(g[0]!) ? codeOrUnknown(n) : causeNumber(n), STRONG, at);
  });
  take(new RegExp(String.raw`(?<![\w$])(${CODE_KEY})${KV}${NUM3}`, 'gi'), (g, at) => add(codeOrUnknown(Number(g[1])), STRONG, at));
  // 6. A number after words that say what it is.
  take(new RegExp(String.raw`\b${CAUSE_WORDS}(?:\s+(?:cause|code|value|wert|grund))?\s*(?:[:=#]|is|=>)?\s*["'\[(]?\s*(\d{1,3})\b(?![\d.,:]\d)${UNIT}`, 'gi'), (g, at) =>
    add(causeNumber(Number(g[0])), STRONG, at),
  );
  take(new RegExp(String.raw`\b(?:SIP\s+)?${CODE_WORDS}(?:\s+(?:code|status|msg|message))?\s*[:=]?\s*["'\[(]?\s*${NUM3}`, 'gi'), (g, at) =>
    add(codeOrUnknown(Number(g[0])), STRONG, at),
  );
  take(new RegExp(String.raw`(?<![\w])\[\s*${NUM3}\s*\]`, 'g'), (g, at) => add(codeOrUnknown(Number(g[0])), STRONG, at));

  // 7. Cause names as the stacks write them.
  take(/(\b(?:AST_CAUSE|SWITCH_CAUSE)_[A-Z0-9_]+|\b[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)+\b|\b[A-Z]{4,}\b|\b[a-z]{4,}\b)/g, (g, at) => {
    const target = nameTarget(g[0]!, s.slice(Math.max(0, at - 24), at), q === g[0], index);
    if (!target) return false;
    add(target, STRONG, at);
    return true;
  });

  // 8. A three-digit number on its own: a code if it has an entry. Followed by the first word of
  //    its reason phrase ("486 Busy Here") it is as sure as a status line.
  take(new RegExp(String.raw`(?<![\w.:/@#+=-])${NUM3}(?![\w@]|[.:/-]\d)`, 'g'), (g, at) => {
    const n = Number(g[0]);
    if (!index.codes.has(n)) return false;
    const next = /^\s*["'(]?([A-Za-z]+)/.exec(s.slice(at + 3))?.[1]?.toLowerCase();
    add({ kind: 'code', code: n }, next !== undefined && next === index.phraseStart.get(n) ? STRONG : LOOSE, at);
    return true;
  });

  mentions.sort((a, b) => b.strength - a.strength || a.at - b.at);
  const seen = new Set<string>();
  for (const m of mentions) {
    const key = targetKey(m.target);
    if (!seen.has(key)) (seen.add(key), plan.named.push(m.target));
  }
  if (mentions[0] && mentions[0].strength >= BARE) plan.direct = mentions[0].target;
  if (plan.unknownCode !== undefined && plan.named.some((t) => t.kind === 'code' && t.code === plan.unknownCode)) delete plan.unknownCode;
  plan.text = s
    // "BusyHere", "LinphoneReasonNotAnswered", "no_answer": words for phrase and full-text search.
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .replace(/\b\d+\b/g, ' ')
    .replace(/[[\](){}<>:;,=|"'#*`~^$%&+\\/!?]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plan;
}

function readBareNumber(digits: string, index: QueryIndex, plan: QueryPlan): void {
  const n = Number(digits);
  if (digits.length === 3) {
    if (index.codes.has(n)) plan.named.push({ kind: 'code', code: n });
    else if (n >= 100 && n <= 799) plan.unknownCode = n;
    // 100–127 are cause values too: "102" is Q.850 102 as surely as it is an unregistered code.
    if (!index.codes.has(n) && n <= 127) plan.named.push({ kind: 'cause', cause: n });
    else if (!index.codes.has(n) && index.fsNumbers.has(n)) plan.named.push({ kind: 'fs', name: index.fsNumbers.get(n)! });
  } else if (n >= 1 && n <= 127) plan.named.push({ kind: 'cause', cause: n });
  else if (n === 0 && index.fsNumbers.has(0)) plan.named.push({ kind: 'fs', name: index.fsNumbers.get(0)! });
  if (plan.named[0]) plan.direct = plan.named[0];
}

/**
 * A token as a stack's cause name. Names with an underscore (USER_BUSY, AST_CAUSE_BUSY) or a
 * hyphen (Yate's normal-clearing) are names wherever they stand. A single word is a name only
 * where a stack would print one: alone, in brackets, or after "cause" or "reason"; "busy" in a
 * sentence is a word, and phrase matching handles it.
 */
function nameTarget(token: string, before: string, alone: boolean, index: QueryIndex): Target | undefined {
  const upper = token.toUpperCase();
  const lower = token.toLowerCase();
  if (/^(?:AST_CAUSE|SWITCH_CAUSE)_/.test(upper)) {
    return index.names.get(upper) ?? index.names.get(upper.replace(/^SWITCH_CAUSE_/, ''));
  }
  if (token.includes('_')) return index.names.get(upper);
  const said = /(?:\[|\bcause\b[^\w]*|\breason\b[^\w]*|hangup_?cause[^\w]*|hangupcause[^\w]*)$/i.test(before);
  if (token.includes('-')) return index.names.get(lower) ?? (said ? index.names.get(upper.replace(/-/g, '_')) : undefined);
  // Yate's joined names ("noanswer", "noroute") are no English words: names wherever they stand.
  if (/^no[a-z]{4,}$/.test(lower) && token === lower) return index.names.get(lower);
  // A word in capitals is a name alone or where a stack prints one; a word in lower case
  // ("busy", "timeout") only where a stack prints one, since alone it is just a word.
  if (token === upper) return alone || said ? index.names.get(upper) ?? (said ? index.names.get(lower) : undefined) : undefined;
  return said ? index.names.get(lower) : undefined;
}

export function targetKey(t: Target): string {
  switch (t.kind) {
    case 'code':
      return String(t.code);
    case 'cause':
      return `c${t.cause}`;
    case 'warning':
      return `w${t.warning}`;
    case 'fs':
      return `f${t.name}`;
  }
}

export function parseTargetKey(key: string): Target {
  if (/^\d+$/.test(key)) return { kind: 'code', code: Number(key) };
  if (key[0] === 'c') return { kind: 'cause', cause: Number(key.slice(1)) };
  if (key[0] === 'w') return { kind: 'warning', warning: Number(key.slice(1)) };
  return { kind: 'fs', name: key.slice(1) };
}
