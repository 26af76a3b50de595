import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CAUSE_TO_SIP, SIP_TO_CAUSE, codesForCause, q850For } from '../../src/lib/q850.ts';

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
  assert.equal(q850For(486).to.cause, 17);
  assert.deepEqual(q850For(486).from.map((r) => r.cause), [17]);
});

test('a code the RFC does not list goes out as cause 31', () => {
  assert.deepEqual(q850For(607).to, { cause: 31, name: 'Normal, unspecified', listed: false });
});

test('cause 21 maps to 403, and to 603 when the location is the user', () => {
  assert.deepEqual(codesForCause(21).sort(), [401, 402, 403, 407, 603]);
  assert.ok(q850For(603).from.some((r) => r.cause === 21));
});

test('cause 17 finds 486 and 600', () => {
  assert.deepEqual(codesForCause(17).sort(), [486, 600]);
});
