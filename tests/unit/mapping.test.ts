// The side-by-side mapping must say exactly what each source says: every row of the copied
// stack table comes out unchanged, defaults are marked as such, and the counts of
// disagreement are the ones the source tables give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { causeToCode, causesToCode, codeToCause, codesToCause, comparedCodes, disagree, disagreementCounts } from '../../src/lib/mapping.ts';
import { causeClassOf, parseMappingRows, stackTables } from '../../src/lib/stacks.ts';

const rows = stackTables().mappings;
const mapperOf = { asterisk: 'asterisk', freeswitch: 'freeswitch', opensips: 'opensips' } as const;

test('the stack tables in the repo are the ones in ../shared/stacks, unchanged', { skip: !existsSync('../shared/stacks') }, () => {
  for (const f of ['stack-q850.tsv', 'stack-phrases.tsv', 'hangup-cause-names.tsv']) {
    assert.equal(readFileSync(`content/reference/stacks/${f}`, 'utf8'), readFileSync(`../shared/stacks/${f}`, 'utf8'), f);
  }
});

test('every row of stack-q850.tsv is read, none dropped', () => {
  const lines = readFileSync('content/reference/stacks/stack-q850.tsv', 'utf8').trim().split('\n').length - 1;
  assert.equal(parseMappingRows(readFileSync('content/reference/stacks/stack-q850.tsv', 'utf8')).length, lines);
  assert.equal(rows.length, lines);
});

test('every SIP → Q.850 row of a stack is what that stack answers for its code, not a default', () => {
  for (const r of rows.filter((r) => r.direction === 'sip_to_q850' && r.code !== undefined && r.stack !== 'asterisk-chan-sip')) {
    const answer = codeToCause(r.code!).find((a) => a.mapper === mapperOf[r.stack as keyof typeof mapperOf])!;
    assert.equal(answer.isDefault, false, `${r.stack} ${r.code}`);
    assert.deepEqual(answer.items.map((i) => i.value), [r.cause], `${r.stack} ${r.code}`);
    assert.deepEqual(answer.source, r.source);
  }
});

test('every Q.850 → SIP row of a stack is what that stack sends for its cause', () => {
  for (const r of rows.filter((r) => r.direction === 'q850_to_sip' && typeof r.cause === 'number' && r.stack !== 'asterisk-chan-sip' && r.cause <= 127)) {
    const answer = causeToCode(r.cause as number).find((a) => a.mapper === r.stack)!;
    assert.equal(answer.isDefault, false, `${r.stack} ${r.cause}`);
    assert.deepEqual(answer.items.map((i) => i.value), [r.code], `${r.stack} cause ${r.cause}`);
    assert.ok(causesToCode(r.code!).find((x) => x.mapper === r.stack)!.values.some((v) => v.value === r.cause), `${r.stack}: cause ${r.cause} listed under ${r.code}`);
  }
});

test("a code without a row gets the stack's default branch, marked as default", () => {
  const a = codeToCause(422);
  assert.deepEqual(a.find((x) => x.mapper === 'asterisk')!.items.map((i) => i.value), [127]); // 4xx (other)
  assert.equal(a.find((x) => x.mapper === 'asterisk')!.isDefault, true);
  assert.deepEqual(a.find((x) => x.mapper === 'freeswitch')!.items.map((i) => i.value), [31]); // any other
  assert.deepEqual(codeToCause(580).find((x) => x.mapper === 'asterisk')!.items.map((i) => i.value), [34]); // 5xx (other)
  assert.deepEqual(a.find((x) => x.mapper === 'rfc3398')!.items.map((i) => i.value), [31]);
  assert.equal(a.find((x) => x.mapper === 'rfc3398')!.isDefault, true);
});

test('a cause without a row gets 603 from Asterisk, 480 from FreeSWITCH and 500 from RFC 3398, all marked as defaults', () => {
  const a = causeToCode(99);
  assert.deepEqual(a.map((x) => [x.mapper, x.items.map((i) => i.value), x.isDefault]), [
    ['rfc3398', [500], true],
    ['asterisk', [603], true],
    ['freeswitch', [480], true],
  ]);
});

test('1xx and 2xx get no default cause from a stack: the stacks map failures', () => {
  for (const mapper of ['asterisk', 'freeswitch', 'opensips']) {
    assert.deepEqual(codeToCause(180).find((x) => x.mapper === mapper)!.items, [], mapper);
  }
  assert.deepEqual(codeToCause(200).find((x) => x.mapper === 'freeswitch')!.items.map((i) => i.value), [16]); // a row of its own
});

test('OpenSIPS maps nothing below 400 and fails on 491', () => {
  assert.deepEqual(codeToCause(302).find((x) => x.mapper === 'opensips')!.items, []);
  assert.deepEqual(codeToCause(491).find((x) => x.mapper === 'opensips')!.items.map((i) => i.value), [null]);
});

test('488 is where the sources disagree: RFC 3398 by Warning, Asterisk 58, FreeSWITCH 88', () => {
  const a = codeToCause(488);
  assert.equal(disagree(a), true);
  assert.deepEqual(a.map((x) => x.items.map((i) => i.value)), [[null], [58], [88], [127]]);
  assert.equal(disagree(codeToCause(486)), false);
});

test('codes recorded as a cause include default ranges: Asterisk turns every other 4xx and 6xx into 127', () => {
  const r = codesToCause(127).find((x) => x.mapper === 'asterisk')!;
  assert.deepEqual(r.asDefault, [{ from: 400, to: 499 }, { from: 600, to: 699 }]);
});

test('Asterisk or FreeSWITCH differ from RFC 3398 on 31 of 49 SIP codes and 25 of 38 causes', () => {
  const d = disagreementCounts();
  assert.equal(d.codes.total, 49);
  assert.equal(d.codes.differ.length, 31);
  assert.equal(d.causes.total, 38);
  assert.equal(d.causes.differ.length, 25);
});

test('compared value by value the tables differ on 33 codes: 200 and 302 only look different', () => {
  // Raw, FreeSWITCH's 16 for a 200 and Asterisk's 23 for a 302 differ from RFC 3398, which
  // has no cause there. But RFC 3398 answers a 200 with ANM (§8.2.4) and a 302 by following the
  // Contact or releasing with cause 23 (§8.2.5): the same outcomes.
  const raw = comparedCodes().filter((c) => {
    const [rfc, ...stacks] = codeToCause(c);
    const want = rfc!.items.map((i) => i.value).join(',');
    return stacks.some((a) => (a.mapper === 'asterisk' || a.mapper === 'freeswitch') && a.items.length > 0 && a.items.map((i) => i.value).join(',') !== want);
  });
  assert.equal(raw.length, 33);
  const counted = new Set(disagreementCounts().codes.differ);
  assert.deepEqual(raw.filter((c) => !counted.has(c)), [200, 302]);
  assert.equal(codeToCause(302).find((a) => a.mapper === 'freeswitch')!.outcome, 'follows-contact');
  assert.equal(disagree(codeToCause(302), 302), false);
});

test('a cause class follows from the value', () => {
  assert.deepEqual([1, 16, 31, 34, 47, 50, 63, 65, 79, 81, 95, 96, 111, 127].map(causeClassOf), [
    'normal', 'normal', 'normal', 'resource', 'resource', 'unavailable', 'unavailable', 'unimplemented', 'unimplemented', 'invalid', 'invalid', 'protocol', 'protocol', 'interworking',
  ]);
});
