// Explains parsed SIP messages and flags what is wrong in them. Pure and language-free: every
// finding is a key of the `decode` dictionary (src/i18n/en.ts, de.ts) plus values; the page
// renders them in its language. Facts about codes, causes and Warning codes come in as data
// (DecodeFacts, built from content/ at build time), so this file holds only protocol rules,
// each with the RFC section that makes it true.
import { header, headerParams, headersNamed, splitOutsideQuotes, tokenList, unquote, LIMITS, type Header, type ParseResult, type SipMessage } from './sipMessage.ts';

/** What the decoder knows about a response code (content/codes and the IANA registry). */
export interface CodeFact {
  /** The phrase of the site's entry; the IANA phrase for registered codes. */
  phrase: string;
  /** The IANA registry's phrase, when the code is registered. */
  iana?: string;
  /** The site has a page for it. */
  page: boolean;
  /** Methods the entry says it usually answers ("any" for all). */
  methods: string[];
  /** Headers the entry lists with level MUST, with the entry's note in the page's language. */
  must: { name: string; text: string }[];
}

export interface DecodeFacts {
  codes: Record<string, CodeFact>;
  /** Q.850 cause value → name (content/reference/q850-causes.tsv, or the cause entry's German name). */
  causes: Record<string, string>;
  /** FreeSWITCH cause names → number (content/reference/stacks/hangup-cause-names.tsv). */
  fsCauses: Record<string, number>;
  /** warn-code → text: IANA's, or the entry's for unregistered codes stacks send. */
  warnings: Record<string, { text: string; registered: boolean }>;
  /** code → phrases stacks send that differ from IANA's (content/reference/stacks/stack-phrases.tsv). */
  stackPhrases: Record<string, { phrase: string; stacks: string[] }[]>;
}

/** A value in a finding: text, a number, a link to a page of this site or an RFC, or code. */
export type Val =
  | string
  | number
  | { link: 'code' | 'cause' | 'warning' | 'fs'; id: string; text: string }
  | { rfc: string; section?: string }
  | { mono: string };

export type Level = 'error' | 'warning' | 'info';

export interface Note {
  /** A key of the `decode.k` dictionary. */
  key: string;
  v?: Record<string, Val>;
  level?: Level;
}

export interface Explained {
  header: Header;
  notes: Note[];
}

export interface DecodedMessage {
  msg: SipMessage;
  /** In the paste, the message this one answers or that answers it (1-based). */
  title: Note;
  notes: Note[];
  problems: Note[];
  explained: Explained[];
}

export interface Decoded {
  /** About the paste as a whole: empty, no SIP found, cut, binary, HTML. */
  notices: Note[];
  messages: DecodedMessage[];
}

const rfc = (r: string, section?: string): Val => (section ? { rfc: r, section } : { rfc: r });
const mono = (s: string): Val => ({ mono: s });

/** Methods and where they are defined. */
export const METHODS: Readonly<Record<string, Val>> = {
  INVITE: rfc('RFC3261', '13'),
  ACK: rfc('RFC3261', '17.1.1.3'),
  BYE: rfc('RFC3261', '15.1'),
  CANCEL: rfc('RFC3261', '9'),
  REGISTER: rfc('RFC3261', '10'),
  OPTIONS: rfc('RFC3261', '11'),
  PRACK: rfc('RFC3262', '6'),
  SUBSCRIBE: rfc('RFC6665', '8.1.1'),
  NOTIFY: rfc('RFC6665', '8.1.2'),
  UPDATE: rfc('RFC3311', '7'),
  MESSAGE: rfc('RFC3428', '9'),
  REFER: rfc('RFC3515', '2'),
  INFO: rfc('RFC6086', '4'),
  PUBLISH: rfc('RFC3903', '4'),
};

/** Option tags the decoder can source from the RFCs in its reference set; others are "unknown". */
export const OPTION_TAGS: Readonly<Record<string, Val>> = {
  '100rel': rfc('RFC3262', '8.1'),
  timer: rfc('RFC4028', '12.3'),
  precondition: rfc('RFC3312', '11'),
  'sec-agree': rfc('RFC3329', '6.5'),
  outbound: rfc('RFC5626', '11.4'),
  'resource-priority': rfc('RFC4412', '12.3'),
  '199': rfc('RFC6228', '11.2'),
  privacy: rfc('RFC3323', '7'),
  'geolocation-sip': rfc('RFC6442', '8.3'),
  'geolocation-http': rfc('RFC6442', '8.3'),
  // RFC 7647 §1 names the tag and where it comes from.
  norefersub: rfc('RFC4488'),
};

/** Single-valued headers that must appear once (RFC 3261 §7.3.1: only comma-list headers may repeat). */
const SINGLE = ['to', 'from', 'call-id', 'cseq', 'max-forwards', 'content-length', 'content-type'];

/** Headers every request carries (RFC 3261 §8.1.1) and every response copies (§8.2.6.2). */
const MANDATORY_REQUEST = ['Via', 'From', 'To', 'Call-ID', 'CSeq', 'Max-Forwards'];
const MANDATORY_RESPONSE = ['Via', 'From', 'To', 'Call-ID', 'CSeq'];

function cseqOf(msg: SipMessage): { seq: number; method: string } | undefined {
  const m = /^(\d+)\s+(\S+)\s*$/.exec(header(msg, 'cseq')?.value ?? '');
  return m ? { seq: Number(m[1]), method: m[2]! } : undefined;
}

function tagOf(value: string | undefined): string | undefined {
  return value === undefined ? undefined : headerParams(value).get('tag');
}

function tagsIn(msg: SipMessage, key: string): string[] {
  return headersNamed(msg, key).flatMap((h) => tokenList(h.value).map((t) => t.toLowerCase()));
}

function codeLink(code: number, facts: DecodeFacts, phrase?: string): Val {
  const fact = facts.codes[code];
  const text = `${code} ${phrase ?? fact?.phrase ?? ''}`.trim();
  return fact?.page ? { link: 'code', id: String(code), text } : text;
}

function causeLink(cause: number, facts: DecodeFacts): Val {
  const name = facts.causes[cause];
  return name ? { link: 'cause', id: String(cause), text: `${cause} ${name}` } : String(cause);
}

/** Seconds as a short human duration: 3600 → "1 h", 90 → "1 min 30 s". */
export function duration(seconds: number): string {
  const parts: string[] = [];
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (d) parts.push(`${d} d`);
  if (h) parts.push(`${h} h`);
  if (m) parts.push(`${m} min`);
  if (s || !parts.length) parts.push(`${s} s`);
  return parts.slice(0, 2).join(' ');
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The reason phrase compared with IANA's, and who sends it where it differs. */
function phraseNotes(code: number, phrase: string, facts: DecodeFacts): Note[] {
  const iana = facts.codes[code]?.iana;
  if (!iana) return [];
  if (phrase === '') return [{ key: 'phraseEmpty', v: { iana } }];
  if (phrase === iana) return [{ key: 'phraseIana' }];
  if (norm(phrase) === norm(iana)) return [{ key: 'phraseCase', v: { iana } }];
  const senders = (facts.stackPhrases[code] ?? []).filter((p) => norm(p.phrase) === norm(phrase)).flatMap((p) => p.stacks);
  if (senders.length) return [{ key: 'phraseStacks', v: { phrase, iana, stacks: [...new Set(senders)].join(', ') } }];
  return [{ key: 'phraseOther', v: { phrase, iana } }];
}

function explainReason(value: string, facts: DecodeFacts): Note[] {
  // One Reason header may carry several reason-values separated by commas (RFC 3326 §2).
  return splitOutsideQuotes(value, ',').map((part): Note => {
    const protocol = part.split(';')[0]!.trim();
    const params = headerParams(`x;${part.split(';').slice(1).join(';')}`);
    const cause = params.get('cause');
    const text = params.get('text') ?? '';
    const n = cause !== undefined && /^\d+$/.test(cause) ? Number(cause) : undefined;
    const upper = protocol.toUpperCase();
    if (n === undefined) return { key: 'reasonNoCause', v: { protocol: mono(protocol) }, level: 'warning' };
    if (upper === 'SIP') return { key: 'reasonSip', v: { code: codeLink(n, facts), text, ref: rfc('RFC3326', '2') } };
    if (upper === 'Q.850') {
      if (n < 1 || n > 127) return { key: 'reasonQ850Range', v: { cause: n }, level: 'error' };
      const fs = facts.fsCauses[text];
      const name: Val = fs !== undefined && fs > 127 ? { link: 'fs', id: text, text } : text;
      return { key: text ? 'reasonQ850Text' : 'reasonQ850', v: { cause: causeLink(n, facts), text: name, ref: rfc('RFC3326', '2') } };
    }
    if (upper === 'STIR') return { key: 'reasonStir', v: { code: codeLink(n, facts), text, ref: rfc('RFC9410', '3'), ref2: rfc('RFC8224', '6.2.2') } };
    return { key: 'reasonOther', v: { protocol: mono(protocol), cause: n, text } };
  });
}

function explainWarning(value: string, facts: DecodeFacts): Note[] {
  // warning-value = warn-code SP warn-agent SP warn-text, comma-separated (RFC 3261 §20.43).
  return splitOutsideQuotes(value, ',').map((part): Note => {
    const m = /^(\d{3})\s+(\S+)\s+("(?:[^"\\]|\\.)*"|.*)$/.exec(part);
    if (!m) return { key: 'warningUnreadable', v: { value: mono(part) }, level: 'warning' };
    const code = Number(m[1]);
    const agent = m[2]!;
    const text = unquote(m[3]!.trim());
    if (code < 300 || code > 399) return { key: 'warningNotWarnCode', v: { code, ref: rfc('RFC3261', '20.43') }, level: 'error' };
    const known = facts.warnings[code];
    const link: Val = { link: 'warning', id: String(code), text: known ? `${code} ${known.text}` : String(code) };
    if (!known) return { key: 'warningUnknown', v: { warning: link, agent: mono(agent), text } };
    return { key: known.registered ? 'warning' : 'warningUnregistered', v: { warning: link, agent: mono(agent), text } };
  });
}

function explainOptionTags(h: Header, role: 'require' | 'unsupported' | 'supported' | 'proxyRequire'): Note[] {
  const tags = tokenList(h.value);
  if (!tags.length) return [{ key: `${role}Empty` }];
  return [
    { key: role },
    ...tags.map((tag): Note => {
      const ref = OPTION_TAGS[tag.toLowerCase()];
      return ref ? { key: `tag.${tag.toLowerCase()}`, v: { tag: mono(tag), ref } } : { key: 'tagUnknown', v: { tag: mono(tag) } };
    }),
  ];
}

function explainAuth(h: Header, code: number | undefined): Note[] {
  const m = /^(\S+)\s*(.*)$/.exec(h.value);
  if (!m) return [];
  const scheme = m[1]!;
  const notes: Note[] = [{ key: h.key === 'www-authenticate' ? 'authWww' : 'authProxy', v: { scheme: mono(scheme) } }];
  if (scheme.toLowerCase() === 'basic') notes.push({ key: 'authBasic', v: { ref: rfc('RFC3261', '22.4') }, level: 'error' });
  if (scheme.toLowerCase() !== 'digest') return notes;
  const params = new Map<string, string>();
  for (const p of splitOutsideQuotes(m[2]!, ',')) {
    const eq = p.indexOf('=');
    if (eq > 0) params.set(p.slice(0, eq).trim().toLowerCase(), unquote(p.slice(eq + 1).trim()));
  }
  const realm = params.get('realm');
  if (realm !== undefined) notes.push({ key: 'authRealm', v: { realm: mono(realm) } });
  const algorithm = params.get('algorithm');
  notes.push(algorithm ? { key: 'authAlgorithm', v: { algorithm: mono(algorithm) } } : { key: 'authAlgorithmDefault', v: { ref: rfc('RFC3261', '22.4') } });
  const qop = params.get('qop');
  notes.push(qop ? { key: 'authQop', v: { qop: mono(qop) } } : { key: 'authNoQop' });
  if (params.get('stale')?.toLowerCase() === 'true') notes.push({ key: 'authStale', v: { ref: rfc('RFC3261', '22.1') } });
  for (const required of ['realm', 'nonce']) {
    if (!params.has(required)) notes.push({ key: 'authMissing', v: { param: mono(required), ref: rfc('RFC3261', '25.1') }, level: 'error' });
  }
  if (code === 407 && h.key === 'www-authenticate') notes.push({ key: 'authWrongHeader', v: { ref: rfc('RFC3261', '22.3') }, level: 'warning' });
  return notes;
}

function seconds(value: string): number | undefined {
  const m = /^\s*(\d+)/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/** Explains one header, or returns nothing for headers the decoder has nothing to say about. */
function explainHeader(h: Header, msg: SipMessage, facts: DecodeFacts): Note[] {
  const code = msg.code;
  switch (h.key) {
    case 'reason':
      return explainReason(h.value, facts);
    case 'warning':
      return explainWarning(h.value, facts);
    case 'retry-after': {
      const s = seconds(h.value);
      if (s === undefined) return [{ key: 'unreadable', v: { value: mono(h.value) }, level: 'warning' }];
      const dur = headerParams(h.value).get('duration');
      const notes: Note[] = [{ key: code === 503 || code === 500 ? 'retryAfterServer' : 'retryAfter', v: { s, human: duration(s), ref: rfc('RFC3261', '20.33') } }];
      if (dur && /^\d+$/.test(dur)) notes.push({ key: 'retryAfterDuration', v: { s: Number(dur), human: duration(Number(dur)) } });
      return notes;
    }
    case 'min-expires': {
      const s = seconds(h.value);
      return s === undefined ? [] : [{ key: 'minExpires', v: { s, human: duration(s), ref: rfc('RFC3261', '20.23') } }];
    }
    case 'min-se': {
      const s = seconds(h.value);
      if (s === undefined) return [];
      const notes: Note[] = [{ key: 'minSe', v: { s, human: duration(s), ref: rfc('RFC4028', '5') } }];
      if (s < 90) notes.push({ key: 'below90', v: { s, ref: rfc('RFC4028', '5') }, level: 'error' });
      return notes;
    }
    case 'session-expires': {
      const s = seconds(h.value);
      if (s === undefined) return [];
      const refresher = headerParams(h.value).get('refresher');
      const notes: Note[] = [{ key: refresher ? 'sessionExpiresRefresher' : 'sessionExpires', v: { s, human: duration(s), refresher: refresher ? mono(refresher) : '', ref: rfc('RFC4028', '4') } }];
      if (s < 90) notes.push({ key: 'below90', v: { s, ref: rfc('RFC4028', '4') }, level: 'error' });
      return notes;
    }
    case 'require':
      return explainOptionTags(h, 'require');
    case 'proxy-require':
      return explainOptionTags(h, 'proxyRequire');
    case 'unsupported':
      return explainOptionTags(h, 'unsupported');
    case 'supported':
      return explainOptionTags(h, 'supported');
    case 'allow': {
      const methods = tokenList(h.value);
      return [{ key: code === 405 ? 'allow405' : 'allow', v: { methods: mono(methods.join(', ')), ref: rfc('RFC3261', '20.5') } }];
    }
    case 'accept':
    case 'accept-encoding':
    case 'accept-language':
      return [{ key: h.key === 'accept' ? 'accept' : h.key === 'accept-encoding' ? 'acceptEncoding' : 'acceptLanguage', v: { values: mono(tokenList(h.value).join(', ')), ref: rfc('RFC3261', h.key === 'accept' ? '20.1' : h.key === 'accept-encoding' ? '20.2' : '20.3') } }];
    case 'www-authenticate':
    case 'proxy-authenticate':
      return explainAuth(h, code);
    case 'security-server': {
      const mechs = splitOutsideQuotes(h.value, ',').map((m) => {
        const q = headerParams(m).get('q');
        return `${m.split(';')[0]!.trim()}${q ? ` (q=${q})` : ''}`;
      });
      return [{ key: 'securityServer', v: { mechs: mono(mechs.join(', ')), ref: rfc('RFC3329', '2.2') } }];
    }
    case 'contact': {
      if (code === undefined || Math.floor(code / 100) !== 3) return [];
      const targets = splitOutsideQuotes(h.value, ',').filter((c) => c !== '*');
      return [{ key: code === 305 ? 'contact305' : 'contact3xx', v: { n: targets.length, targets: mono(targets.map((c) => (/<([^>]*)>/.exec(c)?.[1] ?? c.split(';')[0]!).trim()).join(', ')), ref: rfc('RFC3261', '8.1.3.4') } }];
    }
    case 'max-breadth': {
      const n = seconds(h.value);
      return n === undefined ? [] : [{ key: 'maxBreadth', v: { n, ref: rfc('RFC5393', '5.3.1') } }];
    }
    case 'server':
    case 'user-agent':
      return [{ key: h.key === 'server' ? 'server' : 'userAgent', v: { product: h.value } }];
    case 'content-length':
      return [];
    default:
      return [];
  }
}

/** Whether a header the entry lists as MUST applies to this message; undefined when the paste cannot tell. */
function mustApplies(code: number, name: string, msg: SipMessage, request: SipMessage | undefined): boolean | undefined {
  const method = cseqOf(msg)?.method;
  const key = name.toLowerCase();
  if (key === 'rseq') return tagsIn(msg, 'require').includes('100rel'); // RFC 3262 §7.1: only reliable provisional responses carry RSeq
  if (key === 'contact' && code < 200) return tagOf(header(msg, 'to')?.value) !== undefined; // an early dialog (RFC 3261 §12.1.1)
  if (key === 'contact' && code >= 200 && code < 300) return method === 'INVITE' || method === 'SUBSCRIBE' || method === 'REFER';
  if (key === 'expires' && code >= 200 && code < 300) return method === 'SUBSCRIBE'; // RFC 6665 §4.2.1.1
  if (key === 'allow-events' && code === 489) return method === 'PUBLISH';
  if (key === 'security-server' && code === 421) return tagsIn(msg, 'require').includes('sec-agree');
  if (key === 'record-route' || key === 'timestamp') return request ? header(request, key) !== undefined : undefined;
  if (code === 494 && (key === 'proxy-authenticate' || key === 'require')) return undefined;
  if (code === 415 && key.startsWith('accept')) return !msg.headers.some((h) => h.key.startsWith('accept'));
  return true;
}

function checkMessage(msg: SipMessage, all: SipMessage[], facts: DecodeFacts): { notes: Note[]; problems: Note[]; title: Note } {
  const notes: Note[] = [];
  const problems: Note[] = [];
  const cseq = cseqOf(msg);
  const callId = header(msg, 'call-id')?.value;
  const index = all.indexOf(msg);
  let title: Note;

  if (msg.kind === 'headers') {
    title = { key: 'titleHeaders' };
    notes.push({ key: 'headersOnly' });
    return { notes, problems, title };
  }

  const findRequest = () =>
    cseq && callId !== undefined
      ? all.find((m, i) => i !== index && m.kind === 'request' && header(m, 'call-id')?.value === callId && cseqOf(m)?.seq === cseq.seq && cseqOf(m)?.method === cseq.method)
      : undefined;

  if (msg.kind === 'response') {
    const code = msg.code!;
    const fact = facts.codes[code];
    title = { key: 'titleResponse', v: { code: codeLink(code, facts, msg.phrase || fact?.phrase) } };
    const cls = Math.floor(code / 100);
    if (!fact) notes.push({ key: cls >= 1 && cls <= 6 ? 'codeUnknown' : 'codeNoClass', v: { code, cls: `${cls}00`, ref: rfc('RFC3261', '8.1.3.2') }, level: 'warning' });
    else if (!fact.iana) notes.push({ key: 'codeNotIana', v: { code: codeLink(code, facts) }, level: 'info' });
    // A final response ends the client transaction; only one to INVITE is acknowledged with ACK (RFC 3261 §17.1.1, §17.1.2).
    if (code < 200) notes.push({ key: 'provisional', v: { ref: rfc('RFC3261', '7.2') } });
    else notes.push(cseq?.method === 'INVITE' ? { key: 'finalInvite', v: { ref: rfc('RFC3261', '17.1.1') } } : { key: 'final', v: { ref: rfc('RFC3261', '17.1.2') } });
    notes.push(...phraseNotes(code, msg.phrase ?? '', facts));
    if (cseq) {
      const request = findRequest();
      notes.push({ key: request ? 'answersInPaste' : 'answers', v: { method: mono(cseq.method), seq: cseq.seq, n: request ? all.indexOf(request) + 1 : 0 } });
      if (cseq.method === 'ACK') problems.push({ key: 'ackAnswered', v: { ref: rfc('RFC3261', '17.1.1.3') }, level: 'error' });
      else if (fact && !fact.methods.includes('any') && !fact.methods.includes(cseq.method) && METHODS[cseq.method]) {
        notes.push({ key: 'methodUnusual', v: { code, method: mono(cseq.method), usual: fact.methods.join(', ') }, level: 'info' });
      }
    }
    if (msg.headers.length) {
      // RFC 3261 §8.2.6.2: a UAS adds a To tag to every response except 100 Trying.
      const to = header(msg, 'to');
      if (to && code !== 100 && code >= 200 && tagOf(to.value) === undefined) problems.push({ key: 'noToTag', v: { code, ref: rfc('RFC3261', '8.2.6.2') }, level: 'error' });
      const request = findRequest();
      for (const must of fact?.must ?? []) {
        if (header(msg, must.name.toLowerCase())) continue;
        if (mustApplies(code, must.name, msg, request) !== true) continue;
        problems.push({ key: 'mustMissing', v: { header: mono(must.name), code: codeLink(code, facts), why: must.text }, level: 'error' });
      }
    }
  } else {
    const method = msg.method!;
    title = { key: 'titleRequest', v: { method: mono(method), uri: mono(msg.uri ?? '') } };
    const ref = METHODS[method];
    notes.push(ref ? { key: `method.${method}`, v: { ref } } : { key: 'methodUnknown', v: { method: mono(method) }, level: 'info' });
    if (cseq && cseq.method !== method) problems.push({ key: 'cseqMismatch', v: { cseq: mono(cseq.method), method: mono(method), ref: rfc('RFC3261', '8.1.1.5') }, level: 'error' });
    if (cseq) {
      const answers = all.filter((m, i) => i !== index && m.kind === 'response' && header(m, 'call-id')?.value === callId && cseqOf(m)?.seq === cseq.seq && cseqOf(m)?.method === cseq.method);
      if (answers.length) notes.push({ key: 'answeredInPaste', v: { list: answers.map((a) => `${all.indexOf(a) + 1} (${a.code})`).join(', ') } });
    }
  }

  if (!msg.headers.length) {
    notes.push({ key: 'startLineOnly' });
    return { notes, problems, title };
  }

  if (cseq && cseq.seq >= 2 ** 31) problems.push({ key: 'cseqTooBig', v: { seq: cseq.seq, ref: rfc('RFC3261', '8.1.1.5') }, level: 'error' });
  if (header(msg, 'cseq') && !cseq) problems.push({ key: 'cseqUnreadable', v: { value: mono(header(msg, 'cseq')!.value), ref: rfc('RFC3261', '20.16') }, level: 'error' });

  for (const name of msg.kind === 'request' ? MANDATORY_REQUEST : MANDATORY_RESPONSE) {
    if (!header(msg, name.toLowerCase())) problems.push({ key: 'mandatoryMissing', v: { header: mono(name), ref: rfc('RFC3261', msg.kind === 'request' ? '8.1.1' : '8.2.6.2') }, level: 'error' });
  }
  for (const key of SINGLE) {
    const found = headersNamed(msg, key);
    if (found.length > 1) problems.push({ key: 'duplicate', v: { header: mono(found[0]!.full), n: found.length, ref: rfc('RFC3261', '7.3.1') }, level: 'error' });
  }

  // Content-Length against the body as pasted (RFC 3261 §20.14). The body is counted with CRLF
  // line ends as on the wire; a log that dropped the CR, or the final line end, still matches.
  const cl = header(msg, 'content-length');
  if (cl && !msg.bodyNotShown) {
    const declared = /^\d+$/.test(cl.value) ? Number(cl.value) : undefined;
    if (declared === undefined) problems.push({ key: 'contentLengthUnreadable', v: { value: mono(cl.value), ref: rfc('RFC3261', '20.14') }, level: 'error' });
    else if (declared > 0 && msg.bodyBytes === 0) problems.push({ key: 'bodyMissing', v: { declared }, level: 'warning' });
    else if (declared === 0 && msg.bodyBytes > 0) problems.push({ key: 'contentLengthZero', v: { counted: msg.bodyBytes, ref: rfc('RFC3261', '20.14') }, level: 'error' });
    else if (![msg.bodyBytes, msg.bodyBytes - 2, msg.bodyBytesLf, msg.bodyBytesLf - 1].includes(declared)) {
      problems.push({ key: declared > msg.bodyBytes ? 'contentLengthLong' : 'contentLengthShort', v: { declared, counted: msg.bodyBytes, ref: rfc('RFC3261', '20.14') }, level: 'error' });
    }
  }
  if (msg.headersCut) problems.push({ key: 'headersCut', v: { n: LIMITS.headers }, level: 'info' });
  if (msg.bodyNotShown) notes.push({ key: 'bodyNotShown' });
  return { notes, problems, title };
}

export function decode(parsed: ParseResult, facts: DecodeFacts, pasted: string): Decoded {
  const notices: Note[] = [];
  if (pasted.trim() === '') return { notices: [{ key: 'empty' }], messages: [] };
  if (parsed.binary) notices.push({ key: 'binary', level: 'warning' });
  if (parsed.html) notices.push({ key: 'html', level: 'info' });
  if (parsed.charsCut) notices.push({ key: 'charsCut', v: { read: Math.round(LIMITS.chars / 1024), total: Math.round(parsed.inputChars / 1024) }, level: 'warning' });
  if (parsed.messagesCut) notices.push({ key: 'messagesCut', v: { n: LIMITS.messages }, level: 'warning' });
  if (parsed.unescaped) notices.push({ key: parsed.unescaped === 'syslog' ? 'unescapedSyslog' : 'unescapedJson', level: 'info' });
  if (!parsed.messages.length) {
    notices.push({ key: parsed.html ? 'noSipHtml' : parsed.binary ? 'noSipBinary' : 'noSip', v: { lines: pasted.split('\n').length } });
    return { notices, messages: [] };
  }
  const messages = parsed.messages.map((msg): DecodedMessage => {
    const { notes, problems, title } = checkMessage(msg, parsed.messages, facts);
    const explained: Explained[] = [];
    for (const h of msg.headers) {
      const hn = explainHeader(h, msg, facts);
      if (h.compact) hn.unshift({ key: 'compact', v: { letter: mono(h.compact), full: mono(h.full) } });
      if (hn.length) explained.push({ header: h, notes: hn });
    }
    return { msg, title, notes, problems, explained };
  });
  notices.push({ key: 'found', v: { n: messages.length } });
  return { notices, messages };
}
