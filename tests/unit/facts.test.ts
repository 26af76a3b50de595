// Facts an independent review found wrong, each kept as a rule: a template that applies to a
// whole class must hold for every code of it, and a page must not say what its RFC section
// does not. The RFC section behind each rule is named in the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codeSchema, type CodeData } from '../../src/lib/schema.ts';
import { splitEntry } from '../../src/lib/entryFile.ts';
import { classOf, responseKind } from '../../src/lib/codes.ts';
import { langBlock } from '../../src/lib/validate.ts';
import { stackTables } from '../../src/lib/stacks.ts';
import en from '../../src/i18n/en.ts';
import de from '../../src/i18n/de.ts';
import { CODES_DIR, entryFiles } from './helpers.ts';

const entries = entryFiles().map((file) => {
  const { data, body } = splitEntry(readFileSync(`${CODES_DIR}/${file}`, 'utf8'));
  return { data: codeSchema.parse(data) as CodeData, body };
});
const byCode = new Map(entries.map((e) => [e.data.code, e]));
const entry = (code: number) => byCode.get(code)!.data;
const classText = (cls: string, lang: 'en' | 'de') => langBlock(splitEntry(readFileSync(`content/classes/${cls}.mdx`, 'utf8')).body, lang) ?? '';
const dict = { en, de };

/** What a code page shows under "At a forking proxy": its own text, or its class's. */
const forkingText = (d: CodeData, lang: 'en' | 'de') => d.forking?.[lang] ?? dict[lang].forkingByClass[classOf(d.code)]!;

/** Every text of an entry in one language, frontmatter and body, as sentences. */
function sentences(code: number, lang: 'en' | 'de'): string[] {
  const { data, body } = byCode.get(code)!;
  const texts = [
    data.meaning[lang], forkingText(data, lang), data.retry[lang], data.example[lang],
    ...data.related.map((r) => r[lang]), ...data.history.map((h) => h[lang]), ...data.headers.map((h) => h[lang]),
    langBlock(body, lang) ?? '',
  ];
  return texts.flatMap((t) => t.split(/(?<=[.;])\s+|\n+/));
}

test('no 6xx page says a proxy forwards the 6xx at once or cancels every branch unconditionally (RFC 3261 §16.7 step 5)', () => {
  const problems: string[] = [];
  const sixes = entries.filter((e) => classOf(e.data.code) === 6).map((e) => e.data.code);
  for (const code of sixes) {
    for (const s of sentences(code, 'en')) {
      if (/RFC 2543/.test(s)) continue; // RFC 2543 did forward a 6xx at once; saying so is history
      if (/\bforward\w*\b[^.]*\b(at once|immediately)\b/i.test(s) && !/\bnot\b|\bno longer\b/.test(s)) problems.push(`${code} en: ${s}`);
      if (/\b(cancels|ends)\b[^.]*\b(all|every)\b[^.]*\bbranch/i.test(s) && !/\bshould\b/i.test(s)) problems.push(`${code} en: ${s}`);
    }
    for (const s of sentences(code, 'de')) {
      if (/RFC 2543/.test(s)) continue;
      if (/sofort weiter/.test(s) && !/\bnicht\b/.test(s)) problems.push(`${code} de: ${s}`);
      if (/(bricht|beendet)[^.]*\balle\b[^.]*Zweige/.test(s) && !/\bsoll\b/.test(s)) problems.push(`${code} de: ${s}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the 6xx class template: not forwarded at once, cancelling is a SHOULD, and a 2xx on another branch still wins (RFC 3261 §16.7 steps 5, 6 and 10)', () => {
  assert.match(en.forkingByClass[6]!, /not forwarded at once/);
  assert.match(en.forkingByClass[6]!, /should cancel/);
  assert.match(en.forkingByClass[6]!, /must not start new ones/);
  assert.match(en.forkingByClass[6]!, /2xx/);
  assert.match(de.forkingByClass[6]!, /nicht sofort weitergeleitet/);
  assert.match(de.forkingByClass[6]!, /sollte die offenen Zweige abbrechen und darf keine neuen starten/);
  assert.match(de.forkingByClass[6]!, /2xx/);
  assert.doesNotMatch(en.forkingBadge[6]!, /ends all branches/);
});

test('every class template names the step of RFC 3261 §16.7 it rests on, and 7xx none', () => {
  for (const cls of [1, 2, 3, 4, 5, 6]) {
    assert.match(en.forkingByClass[cls]!, /§16\.7/, `en ${cls}xx`);
    assert.match(de.forkingByClass[cls]!, /§16\.7/, `de ${cls}xx`);
  }
  // §8.1.3.2 is a rule for a UAC receiving a final response, not for proxies, and there is no 700.
  assert.doesNotMatch(en.forkingByClass[7]!, /proxy treats an unknown code/);
  assert.match(en.forkingByClass[7]!, /no 700/);
});

test("305's retry badge is not 'redirect', and its forking text routes the same request via the proxy instead of recursing on Contact (RFC 3261 §21.3.4)", () => {
  const d = entry(305);
  assert.equal(d.retry.kind, 'proxy');
  assert.ok(d.forking, '305 needs its own forking text; the 3xx template recurses on Contact');
  assert.match(d.forking.en, /§21\.3\.4/);
  assert.match(d.forking.en, /same Request-URI/);
  assert.match(d.forking.de, /derselben Request-URI/);
});

test("380's retry badge is not 'redirect', and its forking text says the alternative is in the body (RFC 3261 §21.3.5)", () => {
  const d = entry(380);
  assert.equal(d.retry.kind, 'alternative');
  assert.ok(d.forking);
  assert.match(d.forking.en, /body \(RFC 3261 §21\.3\.5\)/);
  assert.match(d.forking.de, /Body/);
});

test("only codes that give another target get the 'retry at another target' badge: a 3xx with Contact, or 430's other flow (RFC 5626 §11.5)", () => {
  const wrong = entries
    .filter((e) => e.data.retry.kind === 'redirect')
    .filter((e) => !(e.data.code === 430 || (classOf(e.data.code) === 3 && e.data.headers.some((h) => h.name === 'Contact'))))
    .map((e) => e.data.code);
  assert.deepEqual(wrong, []);
});

test("100's wire-example note says a To tag MAY be present, not that RFC 3261 advises against one (§8.2.6.2)", () => {
  const note = entry(100).example;
  assert.doesNotMatch(note.en, /advises against/);
  assert.doesNotMatch(note.de, /rät[^.]*ab/);
  assert.match(note.en, /MAY[^.]*§8\.2\.6\.2/);
  assert.match(note.de, /MAY[^.]*§8\.2\.6\.2/);
});

test('100 for non-INVITE requests: only over UDP must it wait for T2; over TCP it may come earlier (RFC 4320 §4.1)', () => {
  const who = (lang: 'en' | 'de') => langBlock(byCode.get(100)!.body, lang)!;
  assert.doesNotMatch(who('en'), /then only after a few seconds/);
  assert.match(who('en'), /RFC 4320 §4\.1[^]*over TCP or TLS it may also come earlier/);
  assert.match(who('de'), /über TCP oder TLS darf sie auch früher kommen/);
});

test("every wire example's Content-Length matches its body with CRLF line ends, or a stated elision of the same size", () => {
  const problems = entries.flatMap(({ data }) => {
    const msg = data.example.message;
    const declared = Number(/^Content-Length: (\d+)$/m.exec(msg)?.[1] ?? NaN);
    const body = msg.split('\n\n').slice(1).join('\n\n').replace(/\n$/, '');
    const elided = /^<(\d+) bytes [^>]+>$/.exec(body);
    const actual = elided ? Number(elided[1]) : body ? Buffer.byteLength(body.split('\n').map((l) => `${l}\r\n`).join('')) : 0;
    return declared === actual ? [] : [`${data.code}: Content-Length ${declared}, body ${actual}`];
  });
  assert.deepEqual(problems, []);
});

test("415's example Accept lists multipart/mixed, since its advice is to send the ISUP part as an optional part of a multipart body (RFC 3261 §8.2.3)", () => {
  const d = entry(415);
  assert.match(d.example.en, /optional/);
  assert.match(d.example.message, /^Accept: [^\n]*\bmultipart\/mixed\b/m);
});

test('codes valid only inside a dialog have their own forking text, since the request they answer is not forked (RFC 3261 §12.2.1.1)', () => {
  // 204: RFC 5839 §7.1; 469: RFC 6086 §4.2.1; 481: RFC 3261 §12.2.2; 491: RFC 3261 §14.2.
  for (const code of [204, 469, 481, 491]) {
    const d = entry(code);
    assert.ok(d.forking, `${code} uses the class template`);
    assert.match(d.forking.en, /§12\.2\.1\.1/, `${code}`);
  }
});

test("504's comparison with 408 limits a proxy's own 408 to INVITE (RFC 3261 §16.7, RFC 4320 §4.2)", () => {
  const rel = entry(504).related.find((r) => r.code === 408)!;
  assert.match(rel.en, /For an INVITE[^.]*408[^]*RFC 4320 §4\.2/);
  assert.match(entry(408).forking!.en, /all branches of an INVITE end/);
});

test('the 1xx class page ties 100rel to responses 101–199 to INVITE, never 100 (RFC 3262 §3)', () => {
  const text = classText('1xx', 'en');
  assert.doesNotMatch(text, /unless both sides use 100rel/);
  assert.match(text, /RFC 3262 section 3[^.]*101 to 199/);
  assert.match(text, /A 100 is never sent reliably/);
  assert.match(classText('1xx', 'de'), /Eine 100 wird nie zuverlässig gesendet/);
});

test('580 cites RFC 3312 §9 for the unknown strength-tag', () => {
  assert.match(entry(580).headers.find((h) => h.name === 'Content-Type')!.en, /unknown[^.]*RFC 3312 §9/);
});

test('an unknown 1xx counts as 183, an unknown final code as its x00, and a 7xx has no x00 to count as (RFC 3261 §8.1.3.2, §7.2)', () => {
  for (const t of [en, de]) {
    assert.match(t.searchUnknownCode('150', '1'), /183/);
    assert.doesNotMatch(t.searchUnknownCode('150', '1'), /(treats it as|gilt er als) 100/);
    for (const cls of ['2', '3', '4', '5', '6']) assert.match(t.searchUnknownCode(`${cls}50`, cls), new RegExp(`${cls}00`));
    assert.doesNotMatch(t.searchUnknownCode('750', '7'), /(as|als) 700\b/);
    assert.match(t.searchUnknownCode('750', '7'), /§7\.2/);
  }
});

test('a 7xx is neither provisional nor final, and no 7xx page maps an unknown code to the x00 of every class (RFC 3261 §17.1.1.2, §8.1.3.2)', () => {
  assert.equal(responseKind(701), 'unclassed');
  assert.equal(responseKind(183), 'provisional');
  assert.equal(responseKind(603), 'final');
  for (const code of [701, 702, 703]) {
    for (const s of sentences(code, 'en')) assert.doesNotMatch(s, /maps unknown codes to the x00/, `${code}`);
  }
  assert.doesNotMatch(classText('7xx', 'en'), /maps an unknown code to the x00/);
});

test('701–703 name the FreeSWITCH cause with the same number and link its page in the page language', () => {
  const fs = stackTables().causeNames.filter((n) => n.namer === 'freeswitch');
  for (const code of [701, 702, 703]) {
    const name = fs.find((n) => n.cause === code)!.name;
    const body = byCode.get(code)!.body;
    assert.ok(langBlock(body, 'en')!.includes(`[${name}](/freeswitch-cause/${name}/)`), `${code} en`);
    assert.ok(langBlock(body, 'de')!.includes(`[${name}](/de/freeswitch-cause/${name}/)`), `${code} de`);
  }
});

test('701 shows "Party Hangs Up" as the name some code lists give it, marked as found in no stack', () => {
  const v = entry(701).variants.find((x) => x.phrase === 'Party Hangs Up');
  assert.equal(v?.kind, 'code-lists');
  assert.ok(en.variantsCodeListsNote && de.variantsCodeListsNote);
});

test('303 is labelled as listed only in the grammar of RFC 2543, not as defined there (RFC 2543 §5.1.1, §7.3)', () => {
  const d = entry(303);
  assert.equal(d.status, 'grammar-only');
  assert.deepEqual(d.defined, { rfc: 'RFC2543', section: '5.1.1' });
});

test('the 3xx class page says 305 and 380 are not recursed on like other 3xx (RFC 3261 §21.3.4, §21.3.5)', () => {
  for (const lang of ['en', 'de'] as const) {
    const text = classText('3xx', lang);
    assert.match(text, /305[^.]*§21\.3\.4/, lang);
    assert.match(text, /380[^.]*§21\.3\.5/, lang);
  }
});
