// Feeds the real build broken entries, one case at a time, and checks that it stops with a
// message naming the file and the field (and the line where it has one), and leaves the last
// good site in dist/ untouched.
//
// Each build runs in a scratch copy of the project whose content/ is restored before each
// case. There is one copy per core (at most two), and as many builds run at once. A copy
// keeps its project root from one build to the next, so Vite's dependency cache stays valid
// (a fresh root re-bundles it every time), and its own node_modules folder, a symlink per
// package, keeps that cache out of the real project's node_modules. A bad entry fails the
// build while content is loaded, before any page is rendered, so each case costs the start
// of a build, not a whole one.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
const COPY = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];
const SITES = Math.max(1, Math.min(2, availableParallelism()));
let scratch: string;
const free: string[] = [];

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sip-bad-content-'));
  for (let i = 0; i < SITES; i++) {
    const site = join(scratch, `site${i}`);
    mkdirSync(join(site, 'node_modules'), { recursive: true });
    for (const item of COPY) cpSync(join(ROOT, item), join(site, item), { recursive: true });
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (name !== '.vite' && name !== '.astro') symlinkSync(join(ROOT, 'node_modules', name), join(site, 'node_modules', name));
    }
    free.push(site);
  }
});
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The project's content with one change, built in a free scratch copy; returns the build's output. */
async function buildWith(change: (dir: string) => void): Promise<{ ok: boolean; output: string; dist: string }> {
  const site = free.pop();
  assert.ok(site, 'a scratch copy is free');
  try {
    for (const item of ['content', 'dist', '.astro', '.build']) rmSync(join(site, item), { recursive: true, force: true });
    cpSync(join(ROOT, 'content'), join(site, 'content'), { recursive: true });
    mkdirSync(join(site, 'dist'));
    writeFileSync(join(site, 'dist', 'index.html'), 'LAST GOOD SITE');
    change(site);
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: site, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const status = await new Promise<number | null>((done) => child.on('close', done));
    return { ok: status === 0, output, dist: readFileSync(join(site, 'dist', 'index.html'), 'utf8') };
  } finally {
    free.push(site);
  }
}

function edit(dir: string, file: string, from: RegExp | string, to: string, kind = 'codes'): void {
  const path = join(dir, 'content', kind, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  assert.notEqual(next, text, `the change to ${file} applies`);
  writeFileSync(path, next);
}

/** The lines of the report, "file:line:column: field: message". */
function reported(output: string): string[] {
  return output.split('\n').filter((l) => /^ {2}content\//.test(l)).map((l) => l.trim());
}

// Replaces the first "ü" of a UTF-8 file by its Latin-1 byte, as an editor saving in Latin-1 would.
function toLatin1(dir: string, file: string): void {
  const path = join(dir, 'content', file);
  const bytes = readFileSync(path);
  const at = bytes.indexOf(Buffer.from('ü'));
  assert.ok(at > 0, `${file} has an ü`);
  writeFileSync(path, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xfc]), bytes.subarray(at + 2)]));
}

type Case = [name: string, change: (dir: string) => void, expected: RegExp[]];

// Where things are in the project's own 486.mdx, so that the expected line numbers follow the
// file as it is edited (a flow added, a variant removed) instead of being fixed numbers.
const FILE_486 = readFileSync(join(ROOT, 'content/codes/486.mdx'), 'utf8');
/** The 1-based line of the first occurrence of `needle` in 486.mdx. */
function L(needle: string): number {
  const at = FILE_486.indexOf(needle);
  assert.ok(at >= 0, `486.mdx contains ${JSON.stringify(needle)}`);
  return FILE_486.slice(0, at).split('\n').length;
}
/** Line and column of the first "ü" in 486.mdx, where toLatin1() puts the bad byte. */
const UMLAUT = (() => { const before = FILE_486.slice(0, FILE_486.indexOf('ü')).split('\n'); return `${before.length}:${before[before.length - 1]!.length + 1}`; })();

const cases: Case[] = [
  ['an entry without its German meaning', (d) => edit(d, '486.mdx', /^ {2}de: The callee|^ {2}de: .*\n/m, ''), [/^content\/codes\/486\.mdx:\d+:\d+: meaning\.de: is missing$/m]],
  ['an entry without its English text', (d) => edit(d, '486.mdx', /<En>[\s\S]*<\/En>/, ''), [/^content\/codes\/486\.mdx: body <En>: the English text is missing/m]],
  ['an entry without its German text', (d) => edit(d, '603.mdx', /<De>[\s\S]*<\/De>/, ''), [/^content\/codes\/603\.mdx: body <De>: the German text is missing/m]],
  ['a file whose name differs from its code', (d) => cpSync(join(d, 'content/codes/486.mdx'), join(d, 'content/codes/499.mdx')), [/^content\/codes\/499\.mdx:2:7: code: is 486 but the file name says 499/m]],
  ['a code out of range', (d) => {
    cpSync(join(d, 'content/codes/486.mdx'), join(d, 'content/codes/850.mdx'));
    edit(d, '850.mdx', /^code: 486$/m, 'code: 850');
  }, [/^content\/codes\/850\.mdx:2:7: code: codes above 799 are not SIP responses$/m]],
  ['the same code in two files', (d) => {
    mkdirSync(join(d, 'content/codes/old'));
    cpSync(join(d, 'content/codes/486.mdx'), join(d, 'content/codes/old/486.mdx'));
  }, [/^content\/codes\/old\/486\.mdx: code: 486 is already defined in content\/codes\/486\.mdx$/m]],
  ['a related code without an entry', (d) => edit(d, '486.mdx', /^ {2}- code: 600$/m, '  - code: 699'), [/^content\/codes\/486\.mdx: related\[0\]\.code: 699 has no entry in content\/codes$/m]],
  ['malformed frontmatter', (d) => edit(d, '486.mdx', /^phrase: Busy Here$/m, 'phrase: [Busy Here'), [/^content\/codes\/486\.mdx:4:1: frontmatter: YAML: missed comma between flow collection entries$/m]],
  ['a non-numeric code', (d) => edit(d, '486.mdx', /^code: 486$/m, 'code: four-eighty-six'), [/^content\/codes\/486\.mdx:2:7: code: must be a number such as 486$/m]],
  ['an RFC section that is not in the references', (d) => edit(d, '486.mdx', /section: "21\.4\.24"/, 'section: "21.4.99"'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('  section: "21.4.24"')}:12: defined\\.section: RFC3261 has no section 21\\.4\\.99$`, 'm')]],
  ['a cause name that is not the Q.850 name', (d) => edit(d, '17.mdx', /^name: User busy$/m, 'name: Busy', 'causes'), [/^content\/causes\/17\.mdx:\d+:7: name: is "Busy" but content\/reference\/q850-causes\.tsv names cause 17 "User busy"$/m]],
  ['a Q.850 cause marked as not defined by Q.850', (d) => edit(d, '17.mdx', /^q850: true$/m, 'q850: false\norigin:\n  en: Nowhere.\n  de: Nirgends.', 'causes'), [/^content\/causes\/17\.mdx:\d+:7: q850: is false but content\/reference\/q850-causes\.tsv says Q\.850 defines cause 17$/m]],

  ['flow arrow to an unknown lane', (d) => edit(d, '486.mdx', '{ from: proxy, to: callee, msg: INVITE }', '{ from: proxy, to: registrar, msg: INVITE }'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('{ from: proxy, to: callee, msg: INVITE }')}:26: flow\\.steps\\[2\\]\\.to: "registrar" is not one of this flow's lanes \\(caller, proxy, callee\\)`, 'm')]],

  // 1. Files the site would not read.
  ['a new entry written as .md', (d) => {
    cpSync(join(d, 'content/codes/486.mdx'), join(d, 'content/codes/499.md'));
    edit(d, '499.md', /^code: 486$/m, 'code: 499');
  }, [/^content\/codes\/499\.md: file: entries are MDX: rename it to 499\.mdx \(a \.md file here would be left out of the site without a word\)$/m]],
  ['a stray backup file in a content folder', (d) => cpSync(join(d, 'content/causes/17.mdx'), join(d, 'content/causes/17.mdx.bak')), [/^content\/causes\/17\.mdx\.bak: file: is not an entry: content\/causes holds only \.mdx files; move it out of content\/$/m]],

  // 2. MDX that would run code.
  ['a JavaScript expression in the body', (d) => edit(d, '486.mdx', "The callee's user agent", "The callee's {process.env.HOME} user agent"), [new RegExp(`^content\\/codes\\/486\\.mdx:${L("The callee's user agent")}:14: body <En>: \\{process\\.env\\.HOME\\} is a JavaScript expression that MDX would run at build time; write the text without braces, or put it in backticks to show it as code$`, 'm')]],
  ['import and export lines in the body', (d) => edit(d, '486.mdx', '<En>\n', 'import fs from "node:fs"\nexport const root = fs.readdirSync("/")\n\n<En>\n'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('<En>')}:1: body: import and export lines are code \\(here: import fs from "node:fs"\\); an entry is data and may not run anything$`, 'm')]],
  ['a component other than the language blocks', (d) => edit(d, '486.mdx', '## Typical causes\n', '<Badge tone="warn">busy</Badge>\n\n## Typical causes\n'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('## Typical causes')}:1: body <En>: <Badge> is not allowed: the body may use only <En> and <De>, no HTML and no other components$`, 'm')]],
  ['a JavaScript expression in a class text', (d) => edit(d, '4xx.mdx', '<De>\n', '{globalThis.process.exit(1)}\n\n<De>\n', 'classes'), [/^content\/classes\/4xx\.mdx:\d+:1: body: \{globalThis\.process\.exit\(1\)\} is a JavaScript expression that MDX would run at build time/m]],

  // 3. Markup and script URLs in any text.
  ['a raw script element in the body', (d) => edit(d, '486.mdx', '## Typical causes\n', '<script>alert(1)</script>\n\n## Typical causes\n'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('## Typical causes')}:1: body <En>: <script> is not allowed: the body may use only <En> and <De>, no HTML and no other components$`, 'm')]],
  ['an event handler attribute on a language block', (d) => edit(d, '486.mdx', '<De>\n', '<De onmouseover="alert(1)">\n'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('<De>')}:1: body <De>: <De> takes no attributes; remove "onmouseover"$`, 'm')]],
  ['a javascript: link in the body', (d) => edit(d, '486.mdx', "The callee's user agent", "The callee's [user agent](javascript:alert(document.cookie))"), [new RegExp(`^content\\/codes\\/486\\.mdx:${L("The callee's user agent")}:14: body <En>: the URL "javascript:alert\\(document\\.cookie\\)" uses "javascript:"; links may only be http:, https:, mailto: or a path on this site$`, 'm')]],
  ['an iframe in a frontmatter text', (d) => edit(d, '17.mdx', /^ {2}en: /m, '  en: <iframe src="https://evil.example"></iframe> ', 'causes'), [/^content\/causes\/17\.mdx:\d+:7: meaning\.en: "<iframe src=\\"https:\/\/evil\.exam…" looks like HTML; texts are plain text and may not contain tags/m]],
  ['an event handler in a frontmatter keyword', (d) => edit(d, '486.mdx', 'en: [busy, ', 'en: ["x onmouseover=alert(1)", busy, '), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('en: [busy, ')}:8: keywords\\.en\\[0\\]: "onmouseover=" looks like an HTML event handler; no text may contain on…= attributes$`, 'm')]],
  ['a script element in the body of an example SIP message', (d) => edit(d, '486.mdx', '    Content-Length: 0\n', '    Content-Length: 25\n\n    <script>alert(1)</script>\n'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('  message: |')}:12: example\\.message: "<script>": markup in a message body is allowed only when its Content-Type is XML$`, 'm')]],

  // 4. The IANA registry.
  ['a reason phrase that differs from the IANA registry', (d) => edit(d, '486.mdx', /^phrase: Busy Here$/m, 'phrase: Busy here'), [/^content\/codes\/486\.mdx:3:9: phrase: is "Busy here" but the IANA registry \(content\/reference\/iana-sip-response-codes\.csv\) names 486 "Busy Here"; other spellings go under variants$/m]],
  ['a warn-text that differs from the IANA registry', (d) => edit(d, '305.mdx', /^text: Incompatible media format$/m, 'text: Incompatible media formats', 'warnings'), [/^content\/warnings\/305\.mdx:3:7: text: is "Incompatible media formats" but the IANA registry \(content\/reference\/iana-sip-warning-codes\.csv\) names warn-code 305 "Incompatible media format"$/m]],

  // 5. Unknown fields.
  ['a misspelt field', (d) => edit(d, '486.mdx', /^keywords:$/m, 'keywrods:'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('keywords:')}:1: keywrods: unknown field: did you mean "keywords"\\?$`, 'm')]],
  ['a misspelt field in the Warning index', (d) => {
    const path = join(d, 'content/warnings-index.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^ranges:$/m, 'range:'));
  }, [/^content\/warnings-index\.yaml:\d+:1: range: unknown field: did you mean "ranges"\?$/m, /^content\/warnings-index\.yaml:\d+:1: ranges: is missing$/m]],

  // 6. Repeats, empty items, a second block, size.
  ['a related code listed twice', (d) => edit(d, '486.mdx', /^ {2}- code: 603$/m, '  - code: 600'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('  - code: 603')}:11: related\\[1\\]\\.code: 600 is listed twice \\(first at related\\[0\\]\\.code\\)$`, 'm')]],
  ['a method listed twice', (d) => edit(d, '486.mdx', /^methods: \[INVITE\]$/m, 'methods: [INVITE, INVITE]'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('methods: [INVITE]')}:19: methods\\[1\\]: "INVITE" is listed twice \\(first at methods\\[0\\]\\)$`, 'm')]],
  ['a header listed twice', (d) => edit(d, '486.mdx', /^ {2}- name: Reason$/m, '  - name: retry-after\n    level: MAY\n    ref:\n      rfc: RFC3261\n      section: "21.4.24"\n    en: Again.\n    de: Nochmal.\n  - name: Reason'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('  - name: Reason')}:11: headers\\[1\\]\\.name: "retry-after" is listed twice \\(first at headers\\[0\\]\\.name\\)`, 'm')]],
  ['an empty list item in the frontmatter', (d) => edit(d, '486.mdx', /^ {2}en: \[busy, line busy, occupied, engaged, user busy\]$/m, '  en:\n    - busy\n    -\n    - occupied'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('  en: [busy, line busy') + 2}:5: keywords\\.en\\[1\\]: empty list item: a "- " with nothing after it; remove it or write the item$`, 'm')]],
  ['an empty bullet in the body', (d) => edit(d, '486.mdx', '- Do-not-disturb is set', '- \n- Do-not-disturb is set'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('- Do-not-disturb is set')}:1: body <En>: empty list item: a "- " with no text; remove it or write the item$`, 'm')]],
  ['a second <En> block', (d) => edit(d, '486.mdx', '<De>\n', '<En>\n\nMore English.\n\n</En>\n\n<De>\n'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('<De>')}:1: body <En>: a second <En> block; the first is at ${L('<En>')}:1: keep one block per language$`, 'm')]],
  ['a file over the size limit', (d) => edit(d, '486.mdx', '## Typical causes\n', `${'A long paragraph pasted from a log. '.repeat(500)}\n\n## Typical causes\n`), [new RegExp(`^content\\/codes\\/486\\.mdx: file: is ${(Buffer.byteLength(FILE_486) + 'A long paragraph pasted from a log. '.repeat(500).length + 2).toLocaleString('en-US')} bytes; a content file may have at most 24,576 \\(24 KiB\\)`, 'm')]],

  // 7. Mistakes that used to be reported as other files' problems or a stack trace.
  ['an unclosed <En>', (d) => edit(d, '486.mdx', '</En>', ''), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('<En>')}:1: body: <En> opened at ${L('<En>')}:1 is never closed: add <\\/En> after its text$`, 'm')]],
  ['broken JSX', (d) => edit(d, '486.mdx', '- The callee is already on a call', '- The <b callee is already on a call'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('- The callee is already on a call')}:7: body: MDX reads this "<" as the start of a tag, but no valid tag follows: close the tag, or put text such as <sip:…> in backticks$`, 'm')]],
  ['a Latin-1 file', (d) => toLatin1(d, 'codes/486.mdx'), [new RegExp(`^content\\/codes\\/486\\.mdx:${UMLAUT}: encoding: byte 0xFC \\("ü" in Latin-1 or Windows-1252\\) is not UTF-8: save the file as UTF-8$`, 'm')]],
  ['swapped closing tags', (d) => edit(d, '486.mdx', /<\/En>([\s\S]*)<\/De>/, '</De>$1</En>'), [new RegExp(`^content\\/codes\\/486\\.mdx:${L('</En>')}:1: body: <\\/De> closes a block that is not the innermost open one: <En> opened at ${L('<En>')}:1 must be closed first \\(are the closing tags swapped\\?\\)$`, 'm')]],
  ['a renamed file', (d) => renameSync(join(d, 'content/codes/486.mdx'), join(d, 'content/codes/486-old.mdx')), [/^content\/codes\/486-old\.mdx:2:7: code: is 486 but the file name says 486-old; rename the file or fix the code$/m]],
  ['a file renamed over another entry', (d) => renameSync(join(d, 'content/codes/486.mdx'), join(d, 'content/codes/487.mdx')), [/^content\/codes\/487\.mdx:2:7: code: is 486 but the file name says 487; rename the file or fix the code$/m]],
];

describe('bad content', { concurrency: SITES }, () => {
  for (const [name, change, expected] of cases) {
    it(`the build refuses ${name}, naming file and field, and keeps the last good site`, async () => {
      const result = await buildWith(change);
      assert.equal(result.ok, false, `the build should fail:\n${result.output.slice(-2000)}`);
      const report = reported(result.output).join('\n');
      for (const pattern of expected) assert.match(report, pattern, result.output.slice(-3000));
      // Each case breaks one thing: the report names only it, never files that merely link to it.
      assert.equal(reported(result.output).length, expected.length, report);
      assert.doesNotMatch(result.output, /Stack trace:|\s{4}at /, 'a content problem is reported without a stack trace');
      assert.equal(result.dist, 'LAST GOOD SITE');
      if (name === 'a JavaScript expression in the body' && homedir().length > 1) assert.ok(!result.output.includes(homedir()), 'the build machine\'s home folder appears nowhere');
    });
  }
});
