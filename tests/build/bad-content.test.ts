// Feeds the real build broken entries, each in a scratch copy of the project, and checks
// that it stops with a message naming the file and the field, and leaves the last good
// site in dist/ untouched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
const COPY = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];
let scratch: string;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sip-bad-content-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh copy of the project with one change, built; returns the build's output. */
function buildWith(name: string, change: (dir: string) => void): { ok: boolean; output: string; dist: string } {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (const item of COPY) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), 'LAST GOOD SITE');
  change(dir);
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { ok: r.status === 0, output: `${r.stdout}\n${r.stderr}`, dist: readFileSync(join(dir, 'dist', 'index.html'), 'utf8') };
}

function edit(dir: string, file: string, from: RegExp | string, to: string, kind = 'codes'): void {
  const path = join(dir, 'content', kind, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  assert.notEqual(next, text, `the change to ${file} applies`);
  writeFileSync(path, next);
}

const cases: [name: string, change: (dir: string) => void, expected: RegExp[]][] = [
  ['missing German text', (d) => edit(d, '486.mdx', /^ {2}de: The callee|^ {2}de: .*\n/m, ''), [/486\.mdx/, /meaning\.de/]],
  ['missing English body', (d) => edit(d, '486.mdx', /<En>[\s\S]*<\/En>/, ''), [/content\/codes\/486\.mdx: body <En>: the English text is missing/]],
  ['missing German body', (d) => edit(d, '603.mdx', /<De>[\s\S]*<\/De>/, ''), [/content\/codes\/603\.mdx: body <De>: the German text is missing/]],
  ['file name differing from the code', (d) => cpSync(join(d, 'content/codes/486.mdx'), join(d, 'content/codes/499.mdx')), [/content\/codes\/499\.mdx: code: is 486 but the file name says 499/]],
  ['code out of range', (d) => {
    cpSync(join(d, 'content/codes/486.mdx'), join(d, 'content/codes/850.mdx'));
    edit(d, '850.mdx', /^code: 486$/m, 'code: 850');
  }, [/850\.mdx/, /code.*codes above 799 are not SIP responses/]],
  ['duplicate code', (d) => {
    mkdirSync(join(d, 'content/codes/old'));
    cpSync(join(d, 'content/codes/486.mdx'), join(d, 'content/codes/old/486.mdx'));
  }, [/content\/codes\/old\/486\.mdx: code: 486 is already defined in content\/codes\/486\.mdx/]],
  ['unknown related code', (d) => edit(d, '486.mdx', /^ {2}- code: 600$/m, '  - code: 699'), [/content\/codes\/486\.mdx: related\[\d\]\.code: 699 has no entry in content\/codes/]],
  ['malformed frontmatter', (d) => edit(d, '486.mdx', /^phrase: Busy Here$/m, 'phrase: [Busy Here'), [/486\.mdx/, /phrase|YAML|yaml|frontmatter/i]],
  ['non-numeric code', (d) => edit(d, '486.mdx', /^code: 486$/m, 'code: four-eighty-six'), [/content\/codes\/486\.mdx: code: is "four-eighty-six" but the file name says 486/]],
  ['RFC section not in the references', (d) => edit(d, '486.mdx', /section: "21\.4\.24"/, 'section: "21.4.99"'), [/486\.mdx/, /defined\.section.*RFC3261 has no section 21\.4\.99/]],
  ['flow arrow to an unknown lane', (d) => edit(d, '486.mdx', '{ from: proxy, to: callee, msg: INVITE }', '{ from: proxy, to: registrar, msg: INVITE }'), [/content\/codes\/486\.mdx/, /flow\.steps\.2\.to.*"registrar" is not one of this flow's lanes \(caller, proxy, callee\)/]],
  ['cause name that is not the Q.850 name', (d) => edit(d, '17.mdx', /^name: User busy$/m, 'name: Busy', 'causes'), [/content\/causes\/17\.mdx: name: is "Busy" but content\/reference\/q850-causes\.tsv names cause 17 "User busy"/]],
  ['Q.850 cause marked as not defined by Q.850', (d) => edit(d, '17.mdx', /^q850: true$/m, 'q850: false\norigin:\n  en: Nowhere.\n  de: Nirgends.', 'causes'), [/content\/causes\/17\.mdx: q850: is false but content\/reference\/q850-causes\.tsv says Q\.850 defines cause 17/]],
];

for (const [name, change, expected] of cases) {
  test(`the build refuses an entry with a ${name}, naming file and field, and keeps the last good site`, () => {
    const result = buildWith(name.replace(/\W+/g, '-'), change);
    assert.equal(result.ok, false, `the build should fail:\n${result.output.slice(-2000)}`);
    for (const pattern of expected) assert.match(result.output, pattern);
    assert.equal(result.dist, 'LAST GOOD SITE');
  });
}
