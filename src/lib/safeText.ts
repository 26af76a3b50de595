// What a frontmatter string may contain. Every text is shown as plain text (Astro escapes
// it), so markup in it never does anything; it is refused anyway, because markup in a fact is
// a mistake or an attempt, and the page must not depend on escaping alone. One field holds
// markup by nature: the example message of a code, a SIP message whose headers carry URIs in
// angle brackets (RFC 3261 §20.10, §25.1 name-addr) and whose body may be XML.

/** A script-running URL scheme, written as it would be in a link. */
const SCRIPT_URL = /\b(?:javascript|vbscript|data):(?=\S)/i;
/** An HTML event handler attribute such as onclick= or onerror =. */
const EVENT_ATTRIBUTE = /\bon[a-z]+\s*=/i;
/** "<" followed by what starts a tag, a closing tag, a comment or a processing instruction. */
const TAG_START = /<[a-z/!?]/i;
/** Elements that run or embed something; never allowed, not even in an XML body. */
const ACTIVE_ELEMENTS = /^(?:script|iframe|frame|object|embed|style|link|meta|base|svg|math)$/i;

/** URI schemes a SIP message carries in angle brackets: name-addr, Call-Info, Alert-Info, Error-Info. */
const ANGLE_URI = /<(?:sips?|tel|urn|https?|mailto):[^\s<>"]+>/iy;
/** One XML markup item of a message body: declaration, start tag with quoted attributes, end tag. */
const XML_MARKUP = /<\?xml(?:\s+[\w.:-]+="[^"<>]*")*\s*\?>|<\/?([A-Za-z_][\w.:-]*)(?:\s+[\w.:-]+="[^"<>]*")*\s*\/?>/y;

function show(s: string): string {
  return JSON.stringify(s.length > 30 ? `${s.slice(0, 30)}…` : s);
}

/** Problems common to every string, SIP messages included. */
function scriptProblems(value: string): string | undefined {
  const url = SCRIPT_URL.exec(value);
  if (url) return `${show(url[0])} starts a script URL; no text may contain javascript:, vbscript: or data: URLs`;
  const handler = EVENT_ATTRIBUTE.exec(value);
  if (handler) return `${show(handler[0])} looks like an HTML event handler; no text may contain on…= attributes`;
  return undefined;
}

/** Why an ordinary frontmatter text is refused, or undefined. Texts are plain: no tags at all. */
export function unsafeText(value: string): string | undefined {
  const tag = TAG_START.exec(value);
  if (tag) return `${show(value.slice(tag.index, value.indexOf('>', tag.index) + 1 || tag.index + 12))} looks like HTML; texts are plain text and may not contain tags (a "<" followed by a letter, "/", "!" or "?")`;
  return scriptProblems(value);
}

/**
 * Why the example SIP message of a code is refused, or undefined. Its headers may use "<" only
 * for a URI in angle brackets; its body, after the first empty line (RFC 3261 §7), may hold XML
 * markup when its Content-Type is XML, and no markup otherwise.
 */
export function unsafeSipMessage(value: string): string | undefined {
  const common = scriptProblems(value);
  if (common) return common;
  const blank = /\r?\n[ \t]*\r?\n/.exec(value);
  const headers = blank ? value.slice(0, blank.index) : value;
  const body = blank ? value.slice(blank.index + blank[0].length) : '';
  for (let i = headers.indexOf('<'); i >= 0; i = headers.indexOf('<', i + 1)) {
    ANGLE_URI.lastIndex = i;
    if (!ANGLE_URI.test(headers)) {
      return `${show(headers.slice(i, headers.indexOf('>', i) + 1 || i + 12))}: in a message's headers "<" may only open a URI such as <sip:bob@example.com> or <tel:+4930123456>`;
    }
  }
  const xml = /^Content-Type:[ \t]*[\w.+-]+\/(?:[\w.-]+\+)?xml\b/im.test(headers);
  for (let i = body.indexOf('<'); i >= 0; i = body.indexOf('<', i + 1)) {
    if (!/[a-z/!?]/i.test(body[i + 1] ?? '')) continue;
    if (!xml) return `${show(body.slice(i, body.indexOf('>', i) + 1 || i + 12))}: markup in a message body is allowed only when its Content-Type is XML`;
    XML_MARKUP.lastIndex = i;
    const m = XML_MARKUP.exec(body);
    if (!m) return `${show(body.slice(i, body.indexOf('>', i) + 1 || i + 12))} is not a plain XML tag (name and quoted attributes only)`;
    if (m[1] && ACTIVE_ELEMENTS.test(m[1])) return `<${m[1]}> is an element that would run or embed something in HTML; it has no place in a SIP example`;
  }
  return undefined;
}

export interface StringProblem {
  path: PropertyKey[];
  message: string;
}

/**
 * Every string in an entry's frontmatter, checked: `isSipMessage` says which paths hold a SIP
 * message (the `example.message` of a code).
 */
export function checkStrings(data: unknown, isSipMessage: (path: readonly PropertyKey[]) => boolean = () => false): StringProblem[] {
  const problems: StringProblem[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const message = isSipMessage(path) ? unsafeSipMessage(value) : unsafeText(value);
      if (message) problems.push({ path, message });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(data, []);
  return problems;
}
