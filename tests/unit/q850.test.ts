import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CAUSE_TO_SIP, SIP_TO_CAUSE, codesForCause, rfc3398CausesFor, rfc3398ForCause, rfc3398ForCode } from '../../src/lib/q850.ts';

// The RFC 3398 tables, kept verbatim in the repo so that this test runs without ../shared.
const text = readFileSync('content/reference/rfc3398-tables.txt', 'utf8');
const [causeSection, sipSection] = text.split(/^8\.2\.6\.1 /m);

test('every ISUP cause row of RFC 3398 §7.2.4.1 is in the table, with the same status code', () => {
  const rows = [...causeSection!.matchAll(/^ {3}(\d{1,3}) +(\S.*?) {2,}(\d{3}|---)/gm)].map((m) => ({ cause: Number(m[1]), code: m[3] === '---' ? null : Number(m[3]) }));
  assert.equal(rows.length, CAUSE_TO_SIP.length);
  assert.deepEqual(CAUSE_TO_SIP.map((r) => ({ cause: r.cause, code: r.code })), rows);
});

test('every status code row of RFC 3398 §8.2.6.1 is in the table, with the same cause', () => {
  const rows = [...sipSection!.matchAll(/^ {3}(\d{3}) +(\S.*?) {2,}(\d{1,3}|---)/gm)].map((m) => [Number(m[1]), m[3] === '---' ? null : Number(m[3])] as const);
  // The RFC prints "504 Version Not Supported"; 505 is meant (its phrase says so).
  const fixed = rows.map(([code, cause], i) => [code === 504 && i > 0 && rows[i - 1]![0] === 504 ? 505 : code, cause] as const);
  assert.deepEqual([...SIP_TO_CAUSE].map(([code, r]) => [code, r.cause]), fixed);
});

test('486 goes out as cause 17 and cause 17 comes in as 486', () => {
  assert.deepEqual(rfc3398ForCode(486), { kind: 'cause', cause: 17, name: 'User busy', listed: true });
  assert.deepEqual(rfc3398CausesFor(486).map((r) => r.cause), [17]);
});

test('a rejection the RFC does not list goes out as cause 31', () => {
  assert.deepEqual(rfc3398ForCode(607), { kind: 'cause', cause: 31, name: 'Normal, unspecified', listed: false });
});

// RFC 3398 §8.2.6.1's default of cause 31 covers rejections only (§8.2.6): the other
// classes trigger no release, or a release for another reason.
test('100 Trying triggers no PSTN message (§8.2.2), not cause 31', () => {
  assert.deepEqual(rfc3398ForCode(100), { kind: 'trying' });
});

test('18x become an ACM or a CPG (§8.2.3), never a cause', () => {
  for (const code of [180, 181, 182, 183]) assert.equal(rfc3398ForCode(code).kind, 'progress');
  assert.equal(rfc3398ForCode(199).kind, 'provisional');
});

test('200 is an answer (§8.2.4); other 2xx send nothing', () => {
  assert.deepEqual(rfc3398ForCode(200), { kind: 'answer' });
  assert.equal(rfc3398ForCode(202).kind, 'other-success');
  assert.equal(rfc3398ForCode(204).kind, 'other-success');
});

test('every 3xx is followed or released with cause 23 (§8.2.5), not given cause 31', () => {
  for (const code of [300, 301, 302, 305, 380]) assert.deepEqual(rfc3398ForCode(code), { kind: 'redirect' });
});

test('7xx is not SIP and has no mapping', () => {
  assert.equal(rfc3398ForCode(701).kind, 'not-sip');
});

test('487 and the Warning-dependent 488 and 606 have no fixed cause', () => {
  assert.deepEqual(rfc3398ForCode(487), { kind: 'no-cause' });
  assert.deepEqual(rfc3398ForCode(488), { kind: 'no-cause', note: 'warning' });
});

test('a cause the RFC does not list comes back as 500; 16 and 44 have no status code', () => {
  assert.deepEqual(rfc3398ForCause(47).rows.map((r) => r.code), [503]);
  assert.deepEqual(rfc3398ForCause(99), { rows: [{ cause: 99, name: '', code: 500 }], listed: false, untranslatable: false });
  assert.deepEqual(rfc3398ForCause(16).rows.map((r) => r.code), [null]);
  assert.equal(rfc3398ForCause(44).untranslatable, true);
});

test('cause 21 maps to 403, and to 603 when the location is the user', () => {
  assert.deepEqual(codesForCause(21).sort(), [401, 402, 403, 407, 603]);
  assert.ok(rfc3398CausesFor(603).some((r) => r.cause === 21));
});

test('cause 17 finds 486 and 600', () => {
  assert.deepEqual(codesForCause(17).sort(), [486, 600]);
});
