// The German style sheet (docs/german-style.md) as a test: no German text may use a variant its
// table "Verbotene Varianten" bans. The table is the only list; this file only reads it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { splitEntry } from '../../src/lib/entryFile.ts';
import de from '../../src/i18n/de.ts';
import { filesOf, germanTexts, GERMAN_SOURCES, type GermanText } from './german-texts.ts';

const STYLE_SHEET = 'docs/german-style.md';

export interface Rule {
  pattern: RegExp;
  wrong: string;
  right: string;
  /** Folders the rule does not apply to (warn-codes are masculine, so the code-gender rules skip them). */
  notIn: string[];
  why: string;
}

/** The rows of the table under "## Verbotene Varianten". A `\|` in a cell is a `|`. */
export function parseRules(markdown: string): Rule[] {
  const section = markdown.split(/^## Verbotene Varianten$/m)[1];
  if (!section) throw new Error(`${STYLE_SHEET} has no section "## Verbotene Varianten"`);
  const rows = section.split('\n').filter((l) => l.startsWith('|')).slice(2);
  return rows.map((row) => {
    const cells = row.trim().slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim().replaceAll('\\|', '|'));
    if (cells.length !== 5) throw new Error(`${STYLE_SHEET}: a row needs 5 cells: ${row}`);
    const [pattern, wrong, right, notIn, why] = cells as [string, string, string, string, string];
    const m = /^`\/(.+)\/([a-z]*)`$/.exec(pattern);
    if (!m) throw new Error(`${STYLE_SHEET}: write the pattern as \`/…/u\`: ${pattern}`);
    return { pattern: new RegExp(m[1]!, m[2]!.includes('g') ? m[2] : `${m[2]}g`), wrong, right, notIn: notIn === '–' ? [] : notIn.split(/,\s*/), why };
  });
}

/**
 * The text as the rules see it: code spans (`…`) blanked, since they hold SIP syntax, and every
 * line break with its indentation one space, so that a phrase folded over two lines is found.
 * `at[i]` is the offset in the file of character i.
 */
function normalise(t: GermanText): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  const src = t.source.replace(/`[^`\n]*`/g, (s) => ' '.repeat(s.length));
  const lineBreak = /[ \t]*\n[ \t]*/y;
  for (let i = 0; i < src.length; i++) {
    lineBreak.lastIndex = i;
    const m = src[i] === ' ' || src[i] === '\t' || src[i] === '\n' ? lineBreak.exec(src) : null;
    if (m) {
      text += ' ';
      at.push(t.offset + i);
      i += m[0].length - 1;
      continue;
    }
    text += src[i];
    at.push(t.offset + i);
  }
  return { text, at };
}

interface Hit {
  source: string;
  where: string;
  found: string;
  rule: Rule;
}

const lineCache = new Map<string, number[]>();
function lineOf(file: string, offset: number): number {
  if (!lineCache.has(file)) {
    const src = readFileSync(file, 'utf8');
    const starts = [0];
    for (let i = 0; i < src.length; i++) if (src[i] === '\n') starts.push(i + 1);
    lineCache.set(file, starts);
  }
  const starts = lineCache.get(file)!;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function hitsIn(source: string, rules: Rule[]): Hit[] {
  const hits: Hit[] = [];
  for (const file of filesOf(source)) {
    for (const t of germanTexts(file)) {
      const { text, at } = normalise(t);
      for (const rule of rules) {
        if (rule.notIn.some((dir) => file.startsWith(`${dir}/`))) continue;
        for (const m of text.matchAll(rule.pattern)) {
          const start = m.index + (m[0].length - m[0].trimStart().length);
          hits.push({ source, where: `${file}:${lineOf(file, at[start]!)}`, found: m[0].trim(), rule });
        }
      }
    }
  }
  return hits;
}

const show = (h: Hit) => `${h.where}: „${h.found}“ – ${h.rule.why} (richtig etwa: ${h.rule.right})`;

const rules = parseRules(readFileSync(STYLE_SHEET, 'utf8'));

test('the style sheet lists banned variants, and each catches its wrong example and spares its right one', () => {
  assert.ok(rules.length >= 30, `only ${rules.length} rules read from ${STYLE_SHEET}`);
  for (const r of rules) {
    assert.match(r.wrong, r.pattern, `${r.pattern} should catch „${r.wrong}“`);
    r.pattern.lastIndex = 0;
    assert.doesNotMatch(r.right, r.pattern, `${r.pattern} should spare „${r.right}“`);
    r.pattern.lastIndex = 0;
  }
});

test('no German text uses a variant the style sheet bans', () => {
  const hits = GERMAN_SOURCES.flatMap((s) => hitsIn(s, rules));
  assert.equal(hits.length, 0, `${hits.length} banned variants (${STYLE_SHEET}):\n${hits.map(show).join('\n')}`);
});

test('the style check reads every German value of an entry, and not its search keywords', () => {
  const count = (v: unknown, key = ''): number =>
    key === 'keywords' ? 0
    : Array.isArray(v) ? v.reduce((n: number, x) => n + count(x), 0)
    : v && typeof v === 'object' ? Object.entries(v).reduce((n, [k, x]) => n + (typeof x === 'string' && ['de', 'phraseDe', 'nameDe', 'textDe'].includes(k) ? 1 : count(x, k)), 0)
    : 0;
  for (const dir of ['content/codes', 'content/classes', 'content/causes', 'content/freeswitch-causes', 'content/warnings']) {
    for (const file of filesOf(dir)) {
      const src = readFileSync(file, 'utf8');
      const texts = germanTexts(file);
      const blocks = src.match(/<De>/g)?.length ?? 0;
      assert.equal(texts.length, count(splitEntry(src).data) + blocks, file);
    }
  }
  const texts486 = germanTexts('content/codes/486.mdx').map((t) => t.source);
  assert.ok(texts486.includes('Teilnehmer besetzt'));
  assert.ok(texts486.some((s) => s.includes('## Wer sie sendet')));
  assert.ok(!texts486.some((s) => s.includes('Besetztzeichen')), 'keywords are not checked');
});

test('the style check reads every string of the German dictionary, and none of its keys', () => {
  const sources = germanTexts('src/i18n/de.ts').map((t) => t.source);
  const leaves = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? leaves(v) : []));
  for (const s of leaves(de).filter((s) => !s.includes('\\') && !s.includes('\n'))) assert.ok(sources.includes(s), `not read: ${s}`);
  assert.ok(!sources.includes('siteName') && !sources.includes('user-location'));
});
