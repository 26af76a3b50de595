// Finds SIP messages in pasted text and splits them into start line, headers and body. Pure:
// no DOM, so the decoder page and the unit tests share it. It reads plain messages (CRLF or
// LF) and the text that SIP software prints around them: Asterisk's `pjsip set logger on`
// frames (res/res_pjsip_logger.c), chan_sip's `<--- SIP read from … --->`, FreeSWITCH's
// `sofia global siptrace on` (sofia-sip tport_logging.c: "recv N bytes from udp/[ip]:port at
// hh:mm:ss.us:" and a line of 72 dashes), sngrep's message header ("2024/01/10
// 12:00:00.123456 10.0.0.1:5060 -> 10.0.0.2:5060", src/sip.c sip_get_msg_header), pjsua's
// "RX 512 bytes Response msg … --end msg--", Wireshark's packet tree ("Status-Line: …" /
// "Message Header") and concatenated messages from "Follow SIP/UDP stream", and Kamailio or
// OpenSIPS xlog lines whose $mb was escaped by syslog (#015#012).

/** What the parser reads at most: the rest of a paste is ignored and the caller says so. */
export const LIMITS = { chars: 256 * 1024, messages: 50, headers: 200, lineScan: 4096 } as const;

export type LogFormat = 'plain' | 'asterisk' | 'asterisk-chan-sip' | 'freeswitch' | 'sngrep' | 'pjsip' | 'wireshark-tree' | 'syslog' | 'json';

/** What a log line before a message says about it. */
export interface Frame {
  format: LogFormat;
  direction?: 'received' | 'sent';
  transport?: string;
  /** The other side: "10.0.0.1:5060", "[2001:db8::1]:5060". */
  peer?: string;
  /** sngrep names both ends. */
  from?: string;
  to?: string;
  time?: string;
  /** The length the log gives for the packet. */
  bytes?: number;
}

export interface Header {
  /** As written: "t", "TO", "Call-ID". */
  name: string;
  /** The long form in its usual spelling: "To", "Call-ID"; unknown names as written. */
  full: string;
  /** Lower-case long form, for lookups. */
  key: string;
  /** Set when the message used the compact form (RFC 3261 §7.3.3). */
  compact?: string;
  /** Folded lines joined with one space (RFC 3261 §7.3.1). */
  value: string;
  /** 1-based line of the paste. */
  line: number;
}

export interface SipMessage {
  kind: 'request' | 'response' | 'headers';
  startLine: string;
  /** 1-based line of the paste where the message starts. */
  line: number;
  method?: string;
  uri?: string;
  code?: number;
  phrase?: string;
  headers: Header[];
  body: string;
  /** The body's length on the wire, lines ended with CRLF as SIP sends them (RFC 3261 §7). */
  bodyBytes: number;
  /** The same with LF line ends, for software that logs what it received without the CR. */
  bodyBytesLf: number;
  /** Wireshark's packet tree does not show the body as text. */
  bodyNotShown: boolean;
  /** More headers than LIMITS.headers: the rest were skipped. */
  headersCut: boolean;
  frame?: Frame;
}

export interface ParseResult {
  messages: SipMessage[];
  /** Characters in the paste, before any cap. */
  inputChars: number;
  /** The paste was longer than LIMITS.chars and only its beginning was read. */
  charsCut: boolean;
  /** More than LIMITS.messages messages: the rest were not read. */
  messagesCut: boolean;
  /** Control characters or U+FFFD: the paste holds binary data (a pcap, a core file). */
  binary: boolean;
  /** The paste is an HTML page; tags were dropped and entities decoded. */
  html: boolean;
  /** Escaped line ends were expanded (syslog #015#012, JSON \r\n). */
  unescaped: 'syslog' | 'json' | undefined;
  /** The formats seen, in order of first appearance. */
  formats: LogFormat[];
}

/** Compact forms: RFC 3261 §7.3.3 and §20, and the RFCs that added the others. */
export const COMPACT: Readonly<Record<string, { full: string; rfc: string; section: string }>> = {
  a: { full: 'Accept-Contact', rfc: 'RFC3841', section: '' },
  b: { full: 'Referred-By', rfc: 'RFC3892', section: '8' },
  c: { full: 'Content-Type', rfc: 'RFC3261', section: '20.15' },
  d: { full: 'Request-Disposition', rfc: 'RFC3841', section: '' },
  e: { full: 'Content-Encoding', rfc: 'RFC3261', section: '20.12' },
  f: { full: 'From', rfc: 'RFC3261', section: '20.20' },
  i: { full: 'Call-ID', rfc: 'RFC3261', section: '20.8' },
  j: { full: 'Reject-Contact', rfc: 'RFC3841', section: '' },
  k: { full: 'Supported', rfc: 'RFC3261', section: '20.37' },
  l: { full: 'Content-Length', rfc: 'RFC3261', section: '20.14' },
  m: { full: 'Contact', rfc: 'RFC3261', section: '20.10' },
  n: { full: 'Identity-Info', rfc: 'RFC4474', section: '14.1' },
  o: { full: 'Event', rfc: 'RFC6665', section: '7.3' },
  r: { full: 'Refer-To', rfc: 'RFC3515', section: '7' },
  s: { full: 'Subject', rfc: 'RFC3261', section: '20.36' },
  t: { full: 'To', rfc: 'RFC3261', section: '20.39' },
  u: { full: 'Allow-Events', rfc: 'RFC6665', section: '7.3' },
  v: { full: 'Via', rfc: 'RFC3261', section: '20.42' },
  x: { full: 'Session-Expires', rfc: 'RFC4028', section: '4' },
  y: { full: 'Identity', rfc: 'RFC8224', section: '4' },
};

// The usual spelling of headers whose name is not just capitalised words (header names are
// case-insensitive, RFC 3261 §7.3.1, so "CALL-ID" and "call-id" are the same header).
const SPELLING = ['Call-ID', 'CSeq', 'WWW-Authenticate', 'MIME-Version', 'RSeq', 'RAck', 'SIP-ETag', 'SIP-If-Match', 'P-Asserted-Identity', 'P-Preferred-Identity', 'P-Charging-Vector', 'P-Access-Network-Info', 'Min-SE', 'Max-Forwards', 'Max-Breadth'];
const SPELLING_BY_KEY = new Map(SPELLING.map((s) => [s.toLowerCase(), s]));

export function fullHeaderName(name: string): { full: string; compact?: string } {
  const lower = name.toLowerCase();
  const compact = COMPACT[lower];
  if (name.length === 1 && compact) return { full: compact.full, compact: lower };
  const known = SPELLING_BY_KEY.get(lower);
  if (known) return { full: known };
  return { full: lower.replace(/(^|-)([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase()) };
}

/** Parameters after the first ";" of a header value, names lower-cased, quotes removed. */
export function headerParams(value: string): Map<string, string> {
  const params = new Map<string, string>();
  // The part before the first ";" outside <> and quotes is the value itself (RFC 3261 §25.1 generic-param).
  let depth = 0;
  let quoted = false;
  let start = -1;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '"' && value[i - 1] !== '\\') quoted = !quoted;
    else if (!quoted && ch === '<') depth++;
    else if (!quoted && ch === '>') depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && ch === ';') {
      start = i;
      break;
    }
  }
  if (start < 0) return params;
  for (const part of splitOutsideQuotes(value.slice(start + 1), ';')) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (name) params.set(name, eq < 0 ? '' : unquote(part.slice(eq + 1).trim()));
  }
  return params;
}

/** Splits on a separator that is not inside double quotes or <>. */
export function splitOutsideQuotes(text: string, sep: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' && text[i - 1] !== '\\') quoted = !quoted;
    else if (!quoted && ch === '<') depth++;
    else if (!quoted && ch === '>') depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && ch === sep) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replace(/\\(.)/g, '$1') : s;
}

/** A comma-separated list of tokens (Require, Supported, Allow, …), as written. */
export function tokenList(value: string): string[] {
  return value.split(',').map((t) => t.trim()).filter((t) => t !== '');
}

const RESPONSE_LINE = /(?:^|[^\w./-])SIP\/2\.0[ \t]+(\d{3})(?:[ \t]+(.*?))?[ \t]*$/;
const REQUEST_LINE = /(?:^|[^\w./-])([A-Z][A-Z0-9_.!%*+`'~-]*)[ \t]+([a-zA-Z][a-zA-Z0-9+.-]*:[^ \t]+)[ \t]+SIP\/2\.0[ \t]*$/;
const HEADER_LINE = /^([!#-'*+.0-9A-Z^-z|~-]+)[ \t]*:[ \t]*(.*)$/;

interface StartLine {
  kind: 'request' | 'response';
  text: string;
  /** Where the start line begins in the line: text before it is a log prefix. */
  at: number;
  method?: string;
  uri?: string;
  code?: number;
  phrase?: string;
}

/** A start line in a line, after any log prefix (RFC 3261 §7.1 Request-Line, §7.2 Status-Line). */
export function findStartLine(line: string): StartLine | undefined {
  // A start line ends its line, so a huge line is only scanned at its end.
  const offset = Math.max(0, line.length - LIMITS.lineScan);
  const scan = offset ? line.slice(offset) : line;
  const res = RESPONSE_LINE.exec(scan);
  if (res) {
    const at = offset + res.index + (scan.startsWith('SIP/2.0', res.index) ? 0 : 1);
    const code = Number(res[1]);
    if (code >= 100 && code <= 799) return { kind: 'response', text: line.slice(at).trim(), at, code, phrase: (res[2] ?? '').trim() };
  }
  const req = REQUEST_LINE.exec(scan);
  if (req) {
    const at = offset + req.index + (scan.startsWith(req[1]!, req.index) ? 0 : 1);
    return { kind: 'request', text: line.slice(at).trim(), at, method: req[1]!, uri: req[2]! };
  }
  return undefined;
}

type Marker = { kind: 'frame'; frame: Frame } | { kind: 'separator' } | { kind: 'end' };

const ASTERISK = /<--- (Received|Transmitting) SIP (?:request|response) \((\d+) bytes\) (?:from|to) ([A-Za-z0-9]+):(\S+) --->/;
const CHAN_SIP_READ = /<--- SIP read from ([A-Za-z]+):(\S+) --->/;
const CHAN_SIP_SENT = /<--- (?:Reliably )?Transmitting(?: \([^)]*\))? to (\S+) --->/;
const FREESWITCH = /\b(recv|send|sent) (\d+) bytes (?:from|to) ([a-z]+)\/\[([^\]]+)\]:(\d+)\S* at (\d\d:\d\d:\d\d(?:\.\d+)?):?\s*$/;
const SNGREP = /^\s*(\d{4}\/\d\d\/\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?) (\S+) -> (\S+)\s*$/;
const PJSIP = /\b(RX|TX) (\d+) bytes (?:Request|Response) msg .*? (?:from|to) ([A-Z]+) (\S+?):?\s*$/;

/** A log line that frames a message: says where it came from, or ends it. */
export function readMarker(line: string): Marker | undefined {
  if (line.length > LIMITS.lineScan) return undefined;
  const trimmed = line.trim();
  if (/^-{20,}$/.test(trimmed)) return { kind: 'separator' };
  if (/^<-{3,}>$/.test(trimmed) || trimmed === '--end msg--') return { kind: 'end' };
  let m = ASTERISK.exec(line);
  if (m) return { kind: 'frame', frame: { format: 'asterisk', direction: m[1] === 'Received' ? 'received' : 'sent', bytes: Number(m[2]), transport: m[3]!.toUpperCase(), peer: m[4]! } };
  m = FREESWITCH.exec(line);
  if (m) return { kind: 'frame', frame: { format: 'freeswitch', direction: m[1] === 'recv' ? 'received' : 'sent', bytes: Number(m[2]), transport: m[3]!.toUpperCase(), peer: `${m[4]!.includes(':') ? `[${m[4]}]` : m[4]}:${m[5]}`, time: m[6]! } };
  m = SNGREP.exec(line);
  if (m) return { kind: 'frame', frame: { format: 'sngrep', time: `${m[1]} ${m[2]}`, from: m[3]!, to: m[4]! } };
  m = PJSIP.exec(line);
  if (m) return { kind: 'frame', frame: { format: 'pjsip', direction: m[1] === 'RX' ? 'received' : 'sent', bytes: Number(m[2]), transport: m[3]!, peer: m[4]! } };
  m = CHAN_SIP_READ.exec(line);
  if (m) return { kind: 'frame', frame: { format: 'asterisk-chan-sip', direction: 'received', transport: m[1]!.toUpperCase(), peer: m[2]! } };
  m = CHAN_SIP_SENT.exec(line);
  if (m) return { kind: 'frame', frame: { format: 'asterisk-chan-sip', direction: 'sent', peer: m[1]! } };
  return undefined;
}

const utf8 = new TextEncoder();
function byteLength(s: string): number {
  // ASCII is the common case and needs no encoding.
  return /^[\x00-\x7f]*$/.test(s) ? s.length : utf8.encode(s).length;
}

/** Undoes what a log or a web page did to line ends and markup, and says what it did. */
function normalise(text: string): { text: string; html: boolean; unescaped: ParseResult['unescaped'] } {
  let html = false;
  let unescaped: ParseResult['unescaped'];
  if (/<(?:!doctype|html|body|head|div|pre|p|span|table)\b/i.test(text.slice(0, 4096))) {
    html = true;
    text = text
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<![^<>]*>|<\/?[a-zA-Z][^<>]*>/g, '')
      .replace(/&(lt|gt|quot|apos|amp|nbsp|#\d+);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', nbsp: ' ' })[e] ?? String.fromCharCode(Number(e.slice(1))));
  }
  // rsyslog escapes control characters as #ooo, so Kamailio's xlog("$mb") arrives on one line.
  if (text.includes('#015#012') || /#012.*#012/.test(text.slice(0, 65536))) {
    unescaped = 'syslog';
    text = text.replace(/#015#012|#012/g, '\n').replace(/#011/g, '\t');
  } else if (/\\r\\n.*\\r\\n/.test(text.slice(0, 65536))) {
    // A message inside a JSON string (HEP/Homer exports, structured logs).
    unescaped = 'json';
    text = text.replace(/\\r\\n|\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  }
  return { text, html, unescaped };
}

/** Headers a message cannot be a SIP message without, used to read pastes that have no start line. */
const LONE_HEADER = /(?:^|[\s:>\]|])((?:Reason|Warning|WWW-Authenticate|Proxy-Authenticate|Retry-After|Min-Expires|Min-SE|Session-Expires|Require|Unsupported|Supported|Security-Server|CSeq|Allow|Via|From|To|Call-ID|Contact|Max-Breadth|Server|User-Agent)[ \t]*:[ \t]*\S.*)$/;

export function parseSip(input: string): ParseResult {
  const inputChars = input.length;
  const charsCut = inputChars > LIMITS.chars;
  let text = charsCut ? input.slice(0, LIMITS.chars) : input;
  // Binary: NULs and other C0 controls except tab and line ends, or replacement characters
  // from bytes that were not UTF-8. A few in a long text log are noise; many are a binary file.
  const controls = text.match(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]/g)?.length ?? 0;
  const binary = controls > 0 && (controls > 8 || controls / Math.max(1, text.length) > 0.001);
  if (controls) text = text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, ' ');
  const norm = normalise(text);
  text = norm.text;
  const lines = text.split(/\r\n|\r|\n/);
  const messages: SipMessage[] = [];
  const formats: LogFormat[] = [];
  const seen = (f: LogFormat) => {
    if (!formats.includes(f)) formats.push(f);
  };
  if (norm.unescaped) seen(norm.unescaped === 'syslog' ? 'syslog' : 'json');
  let messagesCut = false;

  let frame: Frame | undefined;
  let msg: SipMessage | undefined;
  type State = 'seek' | 'headers' | 'body' | 'tree';
  // Changed by finish() and begin() too, which TypeScript's narrowing does not see.
  let state = 'seek' as State;
  let indent = '';
  let contentLength: number | undefined;
  let bodyLines: string[] = [];
  let bodySoFar = 0;
  // Wireshark tree: the indentation of the "Status-Line:" item and of the header items.
  let treeIndent = 0;
  let treeHeaderIndent = -1;

  const finish = () => {
    if (!msg) return;
    if (bodyLines.length) {
      msg.body = bodyLines.join('\n');
      msg.bodyBytes = bodySoFar;
      msg.bodyBytesLf = msg.bodyBytes - bodyLines.length;
    }
    messages.push(msg);
    msg = undefined;
    bodyLines = [];
    bodySoFar = 0;
    state = 'seek';
  };

  const begin = (start: StartLine, lineNo: number, prefix: string, treeFrame?: Frame) => {
    if (messages.length >= LIMITS.messages) {
      messagesCut = true;
      return false;
    }
    msg = { kind: start.kind, startLine: start.text, line: lineNo, headers: [], body: '', bodyBytes: 0, bodyBytesLf: 0, bodyNotShown: false, headersCut: false };
    if (start.method) msg.method = start.method;
    if (start.uri) msg.uri = start.uri;
    if (start.code !== undefined) msg.code = start.code;
    if (start.phrase !== undefined) msg.phrase = start.phrase;
    frame ??= treeFrame;
    if (frame) msg.frame = frame;
    // Text before the start line is a log line's prefix, or the JSON around an escaped message.
    seen(frame?.format ?? (prefix.trim() ? (norm.unescaped === 'json' ? 'json' : 'syslog') : 'plain'));
    frame = undefined;
    contentLength = undefined;
    // A prefix of blanks is an indentation every line of the message shares (old FreeSWITCH
    // traces indent by three spaces); any other prefix is a log line's own.
    indent = /^[ \t]*$/.test(prefix) ? prefix : '';
    state = 'headers';
    return true;
  };

  const addHeader = (name: string, value: string, lineNo: number) => {
    if (!msg) return;
    if (msg.headers.length >= LIMITS.headers) {
      msg.headersCut = true;
      return;
    }
    const { full, compact } = fullHeaderName(name);
    const h: Header = { name, full, key: full.toLowerCase(), value: value.trim(), line: lineNo };
    if (compact) h.compact = compact;
    msg.headers.push(h);
    if (h.key === 'content-length' && /^\d+$/.test(h.value)) contentLength = Number(h.value);
  };

  for (let i = 0; i < lines.length; i++) {
    if (messagesCut) break;
    const raw = lines[i]!;
    const lineNo = i + 1;

    if (state === 'tree') {
      const depth = raw.length - raw.trimStart().length;
      const item = raw.trim();
      if (item === '') continue;
      if (depth <= treeIndent) {
        if (/^Message Header$/.test(item)) continue;
        if (/^Message Body$/.test(item)) {
          msg!.bodyNotShown = true;
          continue;
        }
        finish();
        i--;
        continue;
      }
      if (treeHeaderIndent < 0) treeHeaderIndent = depth;
      if (depth !== treeHeaderIndent || item.startsWith('[')) continue;
      const h = HEADER_LINE.exec(item);
      if (h && !msg!.bodyNotShown) addHeader(h[1]!, h[2]!, lineNo);
      continue;
    }

    const marker = readMarker(raw);
    if (state !== 'seek' && marker) finish();
    if (marker) {
      if (marker.kind === 'frame') {
        frame = marker.frame;
        seen(frame.format);
      }
      continue;
    }

    if (state === 'seek') {
      const tree = /^(\s*)(Status|Request)-Line: (.*)$/.exec(raw);
      if (tree) {
        const start = findStartLine(tree[3]!);
        if (start && begin({ ...start, at: 0, text: tree[3]!.trim() }, lineNo, '', { format: 'wireshark-tree' })) {
          state = 'tree';
          treeIndent = tree[1]!.length;
          treeHeaderIndent = -1;
        }
        continue;
      }
      const start = findStartLine(raw);
      if (start) begin(start, lineNo, raw.slice(0, start.at));
      continue;
    }

    const line = indent && raw.startsWith(indent) ? raw.slice(indent.length) : raw;

    if ((state as State) === 'headers') {
      if (line.trim() === '') {
        if (contentLength === undefined || contentLength > 0) {
          state = 'body';
          continue;
        }
        // Content-Length 0: a body right after the blank line is still this message's (and
        // contradicts the header); anything else ends it.
        const next = lines[i + 1] ?? '';
        const nextLine = indent && next.startsWith(indent) ? next.slice(indent.length) : next;
        if (/^(?:v=0|[a-z]=\S|<\?xml|\{)/.test(nextLine) && !findStartLine(nextLine)) state = 'body';
        else finish();
        continue;
      }
      if (/^[ \t]/.test(line) && msg!.headers.length) {
        // Folded header (RFC 3261 §7.3.1): the line continues the previous value.
        const last = msg!.headers[msg!.headers.length - 1]!;
        last.value = `${last.value} ${line.trim()}`.trim();
        continue;
      }
      const start = findStartLine(line);
      if (start && start.at === 0) {
        finish();
        i--;
        continue;
      }
      const h = HEADER_LINE.exec(line);
      if (h) {
        addHeader(h[1]!, h[2]!, lineNo);
        continue;
      }
      // Not a header: the log went on after a message that had no blank line.
      finish();
      i--;
      continue;
    }

    // state === 'body'
    const start = findStartLine(line);
    if (start && start.at === 0) {
      finish();
      i--;
      continue;
    }
    if (contentLength === undefined || contentLength === 0 ? line.trim() === '' : bodySoFar >= contentLength) {
      // Without a length (or with a wrong 0) the body ends at a blank line; with one, once
      // that many bytes are read (RFC 3261 §20.14).
      finish();
      if (contentLength) i--;
      continue;
    }
    bodyLines.push(line);
    bodySoFar += byteLength(line) + 2;
  }
  finish();

  if (!messages.length && !messagesCut) {
    // No start line: read header lines on their own ("only headers", an xlog line with $hdr).
    const headers: SipMessage = { kind: 'headers', startLine: '', line: 0, headers: [], body: '', bodyBytes: 0, bodyBytesLf: 0, bodyNotShown: false, headersCut: false };
    msg = headers;
    for (let i = 0; i < lines.length && headers.headers.length < LIMITS.headers; i++) {
      const lone = lines[i]!.length > LIMITS.lineScan ? null : LONE_HEADER.exec(lines[i]!);
      const found = lone ? HEADER_LINE.exec(lone[1]!) : null;
      if (found) {
        if (lone!.index > 0 || lone![0].length > lone![1]!.length) seen('syslog');
        if (!headers.line) headers.line = i + 1;
        addHeader(found[1]!, found[2]!, i + 1);
      }
    }
    msg = undefined;
    if (headers.headers.length) {
      messages.push(headers);
      if (!formats.length) seen('plain');
    }
  }

  return { messages, inputChars, charsCut, messagesCut, binary, html: norm.html, unescaped: norm.unescaped, formats };
}

/** The value of the first header of that long name (lower case), if any. */
export function header(msg: SipMessage, key: string): Header | undefined {
  return msg.headers.find((h) => h.key === key);
}

export function headersNamed(msg: SipMessage, key: string): Header[] {
  return msg.headers.filter((h) => h.key === key);
}
