// The rules that make content data and never code, one test per rule: what the body may
// hold, what a text may hold, strict fields, lists without repeats or empty items, the IANA
// texts, file size and encoding, stray files, and the order in which problems are reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { badLinkUrl, BODY_COMPONENTS, checkBodyTree } from '../../src/lib/body.ts';
import { causeSchema, freeswitchCauseSchema } from '../../src/lib/causeSchema.ts';
import { checkContent, checkEntryFile, decodeFile, FOLDERS, invalidUtf8At, loadReferences, MAX_FILE_BYTES, strayFiles } from '../../src/lib/contentCheck.ts';
import { formatPath, readFrontmatter } from '../../src/lib/frontmatter.ts';
import { KINDS } from '../../src/lib/kinds.ts';
import { checkStrings, unsafeSipMessage, unsafeText } from '../../src/lib/safeText.ts';
import { classSchema, codeSchema } from '../../src/lib/schema.ts';
import { checkIanaPhrase, checkIanaWarning, IANA_CODES_FILE, IANA_WARNINGS_FILE, parseIanaCsv } from '../../src/lib/validate.ts';
import { warningSchema } from '../../src/lib/warningSchema.ts';
import { warningsIndexSchema } from '../../src/data/warningsIndex.ts';
import { validBody, validEntry } from './helpers.ts';

const SECTIONS = KINDS.codes.sections;
const body = (change: (b: string) => string = (b) => b) => checkBodyTree(change(validBody()), SECTIONS).map((p) => `${p.line ?? '-'}:${p.column ?? '-'} ${p.field}: ${p.message}`);
const refs = loadReferences();
const file486 = () => readFileSync('content/codes/486.mdx', 'utf8');
/** The 1-based line of the first occurrence of `needle`, so tests survive edits elsewhere in 486.mdx. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const checkFile = (text: string | Uint8Array, name = 'content/codes/486.mdx', folder = FOLDERS.codes) =>
  checkEntryFile(name, typeof text === 'string' ? new TextEncoder().encode(text) : text, folder, refs).problems.map((p) => `${p.file}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.field}: ${p.message}`);
const issues = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string; code: string }[] } } }, data: unknown) =>
  (schema.safeParse(data).error?.issues ?? []).map((i) => `${formatPath(i.path)}: ${i.code === 'unrecognized_keys' ? 'unknown' : i.message}`);

// --- The MDX body -------------------------------------------------------------------------

test('the body may use only the language blocks <En> and <De>, listed in one place', () => {
  assert.deepEqual([...BODY_COMPONENTS], ['En', 'De']);
  assert.deepEqual(body(), []);
  assert.match(body((b) => b.replace('## Typical causes', '<Badge>x</Badge>\n\n## Typical causes')).join('\n'), /^8:1 body <En>: <Badge> is not allowed: the body may use only <En> and <De>/m);
  assert.match(body((b) => b.replace('## Typical causes', '<script>alert(1)</script>\n\n## Typical causes')).join('\n'), /^8:1 body <En>: <script> is not allowed/m);
  assert.match(body((b) => b.replace('## Typical causes', '<iframe src="https://x"></iframe>\n\n## Typical causes')).join('\n'), /<iframe> is not allowed/);
  assert.match(body((b) => b.replace("The callee's", '<>x</> The')).join('\n'), /<>…<\/> is not allowed/);
});

test('an expression in the body is refused, whatever it does', () => {
  assert.deepEqual(body((b) => b.replace("The callee's user agent", "The callee's {process.env.HOME} user agent")), [
    '6:14 body <En>: {process.env.HOME} is a JavaScript expression that MDX would run at build time; write the text without braces, or put it in backticks to show it as code',
  ]);
  assert.match(body((b) => b.replace('## Typical causes', '{/* a comment */}\n\n## Typical causes')).join('\n'), /\{\/\* a comment \*\/\} is a JavaScript expression/);
});

test('import and export lines in the body are refused', () => {
  assert.match(body((b) => `import x from "./x.ts"\n\n${b}`).join('\n'), /^1:1 body: import and export lines are code \(here: import x from "\.\/x\.ts"\)/m);
  assert.match(body((b) => `export const a = 1\n\n${b}`).join('\n'), /^1:1 body: import and export lines are code/m);
});

test('the language blocks take no attributes, event handlers included', () => {
  assert.deepEqual(body((b) => b.replace('<En>', '<En onclick="alert(1)">')), ['2:1 body <En>: <En> takes no attributes; remove "onclick"']);
  assert.deepEqual(body((b) => b.replace('<De>', '<De {...props}>')), ['25:1 body <De>: <De> takes no attributes; remove the {…} attribute']);
});

test('links and images in the body may only be http, https, mailto or a path on the site', () => {
  assert.equal(badLinkUrl('https://www.rfc-editor.org/rfc/rfc3261'), undefined);
  assert.equal(badLinkUrl('/code/486/'), undefined);
  assert.equal(badLinkUrl('#what-to-do'), undefined);
  assert.equal(badLinkUrl('mailto:noc@example.com'), undefined);
  for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:x', 'vbscript:msgbox', 'data:text/html,<b>x</b>', 'file:///etc/passwd']) {
    assert.match(badLinkUrl(url) ?? '', /links may only be http:, https:, mailto: or a path on this site/, url);
  }
  const found = body((b) => b.replace("The callee's user agent", '[a](javascript:alert(1)) ![b](data:image/png;base64,AA) [c][ref]\n\n[ref]: vbscript:x\n\nThe'));
  assert.equal(found.filter((p) => /uses "(?:javascript|data|vbscript):"/.test(p)).length, 3, found.join('\n'));
});

test('an unclosed, swapped or broken tag names its line and what is wrong', () => {
  assert.deepEqual(body((b) => b.replace('</En>', '')), ['2:1 body: <En> opened at 2:1 is never closed: add </En> after its text']);
  assert.deepEqual(body((b) => b.replace(/<\/En>([\s\S]*)<\/De>/, '</De>$1</En>')), ['23:1 body: </De> closes a block that is not the innermost open one: <En> opened at 2:1 must be closed first (are the closing tags swapped?)']);
  assert.match(body((b) => b.replace('- The callee is', '- The <b callee is')).join('\n'), /^10:7 body: MDX reads this "<" as the start of a tag, but no valid tag follows/m);
  assert.match(body((b) => b.replace('## Typical causes', '<!-- note -->\n\n## Typical causes')).join('\n'), /an HTML comment \(<!-- … -->\) is not allowed in MDX/);
  // Line numbers are the file's when the caller says how many lines precede the body.
  assert.deepEqual(checkBodyTree(validBody().replace('</En>', ''), SECTIONS, 90).map((p) => `${p.line}:${p.column}`), ['92:1']);
});

test('a "<" that starts no tag, and code in backticks, are fine', () => {
  assert.deepEqual(body((b) => b.replace("The callee's user agent", 'Fewer than < 3 calls, `<sip:bob@example.com>` and `<script>` as code')), []);
});

test('each language has one block, and nothing stands outside the blocks', () => {
  assert.deepEqual(body((b) => b.replace('<De>', '<En>\n\nMore.\n\n</En>\n\n<De>')), ['25:1 body <En>: a second <En> block; the first is at 2:1: keep one block per language']);
  assert.deepEqual(body((b) => `${b}\nA stray paragraph.\n`), ['48:1 body: text outside <En>…</En> and <De>…</De> would show on both language pages: move it into a block']);
  assert.match(body((b) => b.replace('## Typical causes', '<De>x</De>\n\n## Typical causes')).join('\n'), /<De> must be a block of its own at the top level/);
});

test('an empty bullet in the body is refused', () => {
  assert.deepEqual(body((b) => b.replace('- Do-not-disturb', '- \n- Do-not-disturb')), ['11:1 body <En>: empty list item: a "- " with no text; remove it or write the item']);
});

// --- Texts in the frontmatter ---------------------------------------------------------------

test('a frontmatter text may not contain tags, event handlers or script URLs', () => {
  assert.equal(unsafeText('Use Retry-After; fewer than < 5 s, 3 > 2.'), undefined);
  assert.match(unsafeText('a <script>alert(1)</script>') ?? '', /"<script>" looks like HTML/);
  assert.match(unsafeText('<img src=x>') ?? '', /looks like HTML/);
  assert.match(unsafeText('x </b> y') ?? '', /looks like HTML/);
  assert.match(unsafeText('<!-- x -->') ?? '', /looks like HTML/);
  assert.match(unsafeText('hover onmouseover = steal()') ?? '', /looks like an HTML event handler/);
  assert.match(unsafeText('see javascript:alert(1)') ?? '', /script URL/);
  assert.match(unsafeText('DATA:text/html;base64,AAAA') ?? '', /script URL/);
  assert.match(unsafeText('VBScript:x') ?? '', /script URL/);
  // Words that merely resemble them pass.
  assert.equal(unsafeText('Metadata: none. The data: a list. Session on hold = idle.'), undefined);
});

test('only the example SIP message of a code may hold <sip:…> URIs, and XML only in an XML body', () => {
  const message = (headers: string, bodyText = '') => `SIP/2.0 486 Busy Here\nFrom: <sip:alice@example.com>;tag=1\nTo: <tel:+4930123456>\n${headers}${bodyText ? `\n${bodyText}` : ''}`;
  assert.equal(unsafeSipMessage(message('Content-Length: 0\n')), undefined);
  assert.equal(unsafeSipMessage(message('Call-Info: <https://example.com/x>;purpose=info\n')), undefined);
  assert.match(unsafeSipMessage(message('X-Note: <b>bold</b>\n')) ?? '', /in a message's headers "<" may only open a URI/);
  assert.match(unsafeSipMessage(message('Contact: <javascript:alert(1)>\n')) ?? '', /script URL/);
  const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<ims-3gpp version="1">\n  <type>emergency</type>\n</ims-3gpp>';
  assert.equal(unsafeSipMessage(message('Content-Type: application/3gpp-ims+xml\n', xml)), undefined);
  assert.match(unsafeSipMessage(message('Content-Type: application/sdp\n', xml)) ?? '', /markup in a message body is allowed only when its Content-Type is XML/);
  assert.match(unsafeSipMessage(message('Content-Type: application/xml\n', '<script>alert(1)</script>')) ?? '', /<script> is an element that would run or embed something/);
  assert.match(unsafeSipMessage(message('Content-Type: application/xml\n', '<a onclick="x">y</a>')) ?? '', /event handler/);
  // The same text anywhere else is refused: the exception is exactly example.message of a code.
  const data = { example: { message: message('Content-Length: 0\n'), en: 'From: <sip:alice@example.com>' } };
  assert.deepEqual(checkStrings(data, FOLDERS.codes.sipMessage).map((p) => formatPath(p.path)), ['example.en']);
  assert.deepEqual(checkStrings(data).map((p) => formatPath(p.path)), ['example.message', 'example.en']);
});

test('every string in the frontmatter is checked, with its field, line and column', () => {
  const text = file486().replace('  en: [busy, ', '  en: ["<b>busy</b>", ');
  assert.deepEqual(checkFile(text), [`content/codes/486.mdx:${lineOf(text, '  en: ["<b>')}:8: keywords.en[0]: "<b>" looks like HTML; texts are plain text and may not contain tags (a "<" followed by a letter, "/", "!" or "?")`]);
});

// --- Strict fields -------------------------------------------------------------------------

test('every schema refuses unknown fields, nested objects included', () => {
  const entry = validEntry();
  assert.deepEqual(issues(codeSchema, { ...entry, keywrods: entry.keywords }), [': unknown']);
  for (const path of [['meaning'], ['retry'], ['example'], ['defined'], ['keywords'], ['related', 0], ['headers', 0], ['history', 0], ['flow'], ['flow', 'steps', 0]]) {
    const e = validEntry();
    const target = path.reduce<any>((o, k) => o[k], e);
    target.extra = 'x';
    assert.notDeepEqual(issues(codeSchema, e), [], `an unknown key in ${formatPath(path)} is refused`);
  }
  assert.deepEqual(issues(classSchema, { name: { en: 'a', de: 'b' }, summary: { en: 'a', de: 'b' }, sumary: {} }), [': unknown']);
  assert.deepEqual(issues(causeSchema, { cause: 17, name: 'User busy', nameDe: 'x', q850: true, meaning: { en: 'a', de: 'b', fr: 'c' } }), ['meaning: unknown']);
  assert.deepEqual(issues(freeswitchCauseSchema, { name: 'X', number: 1, meaning: { en: 'a', de: 'b' }, keyword: [] }), [': unknown']);
  assert.match(issues(warningSchema, { warning: 305 }).join('\n'), /^text: /m);
  assert.deepEqual(issues(warningsIndexSchema, { intro: { en: 'a', de: 'b' }, ranges: [{ from: 300, to: 329, en: 'a', de: 'b', note: 'x' }] }), ['ranges[0]: unknown']);
});

test('an unknown field is reported at its key, with the field it was probably meant to be', () => {
  const misspelt = file486().replace(/^keywords:$/m, 'keywrods:');
  assert.deepEqual(checkFile(misspelt), [`content/codes/486.mdx:${lineOf(misspelt, 'keywrods:')}:1: keywrods: unknown field: did you mean "keywords"?`]);
  assert.match(checkFile(file486().replace(/^status: current$/m, 'status: current\nxyzzy: 1')).join('\n'), /xyzzy: unknown field: the fields here are "code", "phrase", /);
});

// --- Lists ----------------------------------------------------------------------------------

test('a list names each related entry, method and header once', () => {
  const twice = (mutate: (e: any) => void, schema: any = codeSchema, base: any = validEntry()) => {
    mutate(base);
    return issues(schema, base).filter((i) => /listed twice/.test(i));
  };
  assert.deepEqual(twice((e) => e.related.push({ ...e.related[0] })), ['related[6].code: 600 is listed twice (first at related[0].code)']);
  assert.deepEqual(twice((e) => e.methods.push('INVITE')), ['methods[1]: "INVITE" is listed twice (first at methods[0])']);
  assert.deepEqual(twice((e) => e.senders.push('uas')), ['senders[2]: "uas" is listed twice (first at senders[0])']);
  // Header names are case-insensitive (RFC 3261 §7.3.1).
  assert.match(twice((e) => e.headers.push({ ...e.headers[0], name: 'retry-after' })).join('\n'), /^headers\[2\]\.name: "retry-after" is listed twice \(first at headers\[0\]\.name\)/);
  // A second row for a requirement from another RFC section is not a repeat (content/codes/489.mdx).
  assert.deepEqual(twice((e) => e.headers.push({ ...e.headers[0], ref: { rfc: 'RFC3261', section: '20.33' } })), []);
  const cause = { cause: 17, name: 'User busy', nameDe: 'x', q850: true, meaning: { en: 'a', de: 'b' }, related: [{ cause: 18, en: 'a', de: 'b' }, { cause: 18, en: 'c', de: 'd' }], relatedCodes: [{ code: 486, en: 'a', de: 'b' }, { code: 486, en: 'a', de: 'b' }] };
  assert.deepEqual(issues(causeSchema, cause), ['related[1].cause: 18 is listed twice (first at related[0].cause)', 'relatedCodes[1].code: 486 is listed twice (first at relatedCodes[0].code)']);
  assert.deepEqual(issues(freeswitchCauseSchema, { name: 'X', number: 1, meaning: { en: 'a', de: 'b' }, codes: [480, 480], related: [{ name: 'Y', en: 'a', de: 'b' }, { name: 'Y', en: 'a', de: 'b' }] }), ['codes[1]: 480 is listed twice (first at codes[0])', 'related[1].name: "Y" is listed twice (first at related[0].name)']);
  const warning = readFrontmatter(readFileSync('content/warnings/305.mdx', 'utf8')).data as any;
  warning.codes.push(warning.codes[0]);
  assert.match(issues(warningSchema, warning).join('\n'), /^codes\[\d+\]: \d+ is listed twice/m);
});

test('an empty list item is reported as such, in the frontmatter and at its line', () => {
  const text = file486().replace('  en: [busy, line busy, occupied, engaged, user busy]', '  en:\n    - busy\n    -\n    - occupied');
  assert.deepEqual(checkFile(text), [`content/codes/486.mdx:${lineOf(text, '    -\n')}:5: keywords.en[1]: empty list item: a "- " with nothing after it; remove it or write the item`]);
  assert.match(checkFile(file486().replace('en: [busy, ', 'en: ["", ')).join('\n'), /keywords\.en\[0\]: is empty/);
});

// --- The IANA registry ----------------------------------------------------------------------

test('a registered code\'s reason phrase is the IANA registry\'s, and 202 keeps "Accepted"', () => {
  const registry = parseIanaCsv(readFileSync(IANA_CODES_FILE, 'utf8'), IANA_CODES_FILE);
  assert.equal(registry.get(202), 'Accepted (Deprecated)');
  assert.deepEqual(checkIanaPhrase({ code: 486, phrase: 'Busy Here' }, registry), []);
  assert.deepEqual(checkIanaPhrase({ code: 202, phrase: 'Accepted' }, registry), []);
  assert.match(checkIanaPhrase({ code: 202, phrase: 'Accepted (Deprecated)' }, registry)[0]?.message ?? '', /names 202 "Accepted"/);
  assert.deepEqual(checkIanaPhrase({ code: 486, phrase: 'Busy here' }, registry).map((p) => `${p.field}: ${p.message}`), [
    `phrase: is "Busy here" but the IANA registry (${IANA_CODES_FILE}) names 486 "Busy Here"; other spellings go under variants`,
  ]);
  // Codes outside the registry (obsolete, non-standard) have no registered phrase.
  assert.deepEqual(checkIanaPhrase({ code: 477, phrase: 'Unfortunately error on sending to next hop occurred' }, registry), []);
  assert.throws(() => parseIanaCsv('Value,Description,Reference\n486,Busy Here\n', 'x.csv'), /x\.csv row 2/);
});

test('a registered warn-code\'s text is the IANA registry\'s, and its status says registered', () => {
  const registry = parseIanaCsv(readFileSync(IANA_WARNINGS_FILE, 'utf8'), IANA_WARNINGS_FILE);
  assert.deepEqual(checkIanaWarning({ warning: 305, text: 'Incompatible media format', status: 'registered' }, registry), []);
  assert.deepEqual(checkIanaWarning({ warning: 305, text: 'Incompatible media formats', status: 'registered' }, registry).map((p) => p.field), ['text']);
  assert.deepEqual(checkIanaWarning({ warning: 305, text: 'Incompatible media format', status: 'unregistered' }, registry).map((p) => p.field), ['status']);
  assert.deepEqual(checkIanaWarning({ warning: 392, text: 'anything', status: 'unregistered' }, registry), []);
  assert.deepEqual(checkIanaWarning({ warning: 392, text: 'anything', status: 'registered' }, registry).map((p) => p.field), ['status']);
});

// --- The file itself ------------------------------------------------------------------------

test('a file over the size limit is refused before it is parsed', () => {
  assert.equal(MAX_FILE_BYTES, 24 * 1024);
  assert.deepEqual(decodeFile('f.mdx', new Uint8Array(MAX_FILE_BYTES)).problems, []);
  assert.match(decodeFile('f.mdx', new Uint8Array(MAX_FILE_BYTES + 1)).problems[0]?.message ?? '', /is 24,577 bytes; a content file may have at most 24,576 \(24 KiB\)/);
});

test('a file that is not UTF-8 is refused at its first bad byte, guessing Latin-1', () => {
  const latin1 = Uint8Array.from([...new TextEncoder().encode('---\ncode: 486\nde: Gr'), 0xfc, ...new TextEncoder().encode('n\n')]);
  assert.deepEqual(decodeFile('f.mdx', latin1).problems.map((p) => `${p.line}:${p.column} ${p.field}: ${p.message}`), ['3:7 encoding: byte 0xFC ("ü" in Latin-1 or Windows-1252) is not UTF-8: save the file as UTF-8']);
  assert.equal(invalidUtf8At(new TextEncoder().encode('grün „quoted“ 👍')), -1);
  assert.equal(invalidUtf8At(Uint8Array.of(0x61, 0xc0, 0xaf)), 1, 'an overlong "/" is not UTF-8');
  assert.equal(invalidUtf8At(Uint8Array.of(0xed, 0xa0, 0x80)), 0, 'a surrogate is not UTF-8');
  assert.equal(invalidUtf8At(Uint8Array.of(0xe2, 0x82)), 0, 'a cut sequence is not UTF-8');
});

test('a file without frontmatter, or with broken or repeated YAML keys, names the line', () => {
  assert.deepEqual(checkFile(file486().replace(/^---\n/, '')), ['content/codes/486.mdx:1:1: frontmatter: the file must start with a "---" line, the YAML fields, and a closing "---" line']);
  assert.deepEqual(checkFile(file486().replace(/^phraseDe: /m, 'phrase: Busy Here\nphraseDe: ')), ['content/codes/486.mdx:4:1: frontmatter: YAML: a field is written twice (duplicated mapping key)']);
});

test('a file whose name is not its id is reported once, at the id', () => {
  assert.deepEqual(checkFile(file486(), 'content/codes/486-old.mdx'), ['content/codes/486-old.mdx:2:7: code: is 486 but the file name says 486-old; rename the file or fix the code']);
  assert.deepEqual(checkFile(file486().replace(/^code: 486$/m, 'code: abc')), ['content/codes/486.mdx:2:7: code: must be a number such as 486']);
});

// --- content/ as a whole --------------------------------------------------------------------

function withContent(change: (dir: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sip-content-'));
  try {
    cpSync('content', join(dir, 'content'), { recursive: true });
    change(dir);
    return checkContent(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('files the site would not read are refused: .md entries, other files, misplaced files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sip-stray-'));
  try {
    mkdirSync(join(dir, 'content/codes/old'), { recursive: true });
    mkdirSync(join(dir, 'content/classes/drafts'), { recursive: true });
    mkdirSync(join(dir, 'content/reference'), { recursive: true });
    for (const f of ['codes/486.mdx', 'codes/old/486.mdx', 'codes/499.md', 'codes/NOTES.txt', 'codes/.486.mdx.swp', 'classes/4xx.mdx', 'classes/8xx.mdx', 'reference/README.md', 'warnings-index.yaml', 'todo.md']) writeFileSync(join(dir, 'content', f), '');
    assert.deepEqual(strayFiles(dir).map((p) => `${p.file}: ${p.message.replace(/:.*/, '')}`).sort(), [
      'content/classes/8xx.mdx: is not a class text',
      'content/classes/drafts: content/classes holds only the files 1xx.mdx to 7xx.mdx, no folders',
      'content/codes/.486.mdx.swp: is not an entry',
      'content/codes/499.md: entries are MDX',
      'content/codes/NOTES.txt: is not an entry',
      'content/todo.md: is not part of the site',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the whole content passes, and a broken file is reported alone, not as missing links elsewhere', () => {
  assert.deepEqual(checkContent(), []);
  // Seven entries link to 486; once 486.mdx is renamed, only the renamed file is reported.
  assert.deepEqual(withContent((d) => renameSync(join(d, 'content/codes/486.mdx'), join(d, 'content/codes/486-old.mdx'))), [
    'content/codes/486-old.mdx:2:7: code: is 486 but the file name says 486-old; rename the file or fix the code',
  ]);
  // Links are checked once every file is sound, across kinds.
  assert.deepEqual(withContent((d) => rmSync(join(d, 'content/codes/486.mdx'))).filter((p) => !/486 has no entry in content\/codes$/.test(p)), []);
  assert.match(withContent((d) => rmSync(join(d, 'content/codes/486.mdx'))).join('\n'), /^content\/causes\/17\.mdx: relatedCodes\[\d\]\.code: 486 has no entry in content\/codes$/m);
});
