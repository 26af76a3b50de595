import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planQuery } from '../../src/lib/query.ts';
import { correctQuery, editDistance } from '../../src/lib/fuzzy.ts';
import { phraseMatches } from '../../src/lib/rank.ts';

const known = new Set([100, 180, 404, 406, 408, 480, 486, 488, 503, 504, 600, 603, 606]);

test('a bare existing code is a direct hit', () => {
  assert.deepEqual(planQuery('603', known).codes, [603]);
});

test('an unregistered code is reported as unknown', () => {
  const plan = planQuery('499', known);
  assert.deepEqual(plan.codes, []);
  assert.equal(plan.unknownCode, 499);
});

test('"6xx" and "6" name the class', () => {
  assert.equal(planQuery('6xx', known).classDigit, 6);
  assert.equal(planQuery('6', known).classDigit, 6);
  assert.equal(planQuery('4XX', known).classDigit, 4);
});

test('a status line names its code and keeps the phrase for full-text search', () => {
  const plan = planQuery('SIP/2.0 480 Temporarily not available', known);
  assert.deepEqual(plan.codes, [480]);
  assert.equal(plan.text, 'Temporarily not available');
});

test('log fragments name their code whatever else they hold', () => {
  assert.deepEqual(planQuery('Code: [488], Cause: Bad Media Description', known).codes, [488]);
  assert.deepEqual(planQuery('received 503 from 10.0.0.1', known).codes, [503]);
  assert.deepEqual(planQuery('INVITE to 192.168.1.100:5060 failed with 486', known).codes, [486]);
});

test('IP addresses and ports are not mistaken for codes', () => {
  assert.deepEqual(planQuery('timeout talking to 192.168.100.180:5060', known).codes, []);
});

test('a Q.850 cause is recognised in its usual spellings', () => {
  assert.equal(planQuery('cause 17', known).cause, 17);
  assert.equal(planQuery('Q.850 17', known).cause, 17);
  assert.equal(planQuery('Reason: Q.850;cause=16', known).cause, 16);
});

test('a Reason header with protocol SIP carries a status code, not a Q.850 cause', () => {
  const plan = planQuery('Reason: SIP;cause=486;text="Busy Here"', known);
  assert.deepEqual(plan.codes, [486]);
  assert.equal(plan.cause, undefined);
});

test('typos within one or two edits are corrected against the vocabulary', () => {
  const vocab = new Set(['forbidden', 'timeout', 'busy', 'unavailable', 'besetzt']);
  assert.equal(correctQuery('forbiden', vocab), 'forbidden');
  assert.equal(correctQuery('Unavialable', vocab), 'unavailable');
  assert.equal(correctQuery('time out', vocab), 'timeout');
  assert.equal(correctQuery('besetz', vocab), 'besetz'); // a prefix: Pagefind completes it
  assert.equal(editDistance('busy', 'buys'), 1);
});

test('phrase matches put the exact phrase first', () => {
  const codes = [
    { code: 406, phrase: 'Not Acceptable', phraseDe: 'Nicht annehmbar', aliases: [] },
    { code: 488, phrase: 'Not Acceptable Here', phraseDe: 'Hier nicht annehmbar', aliases: [] },
    { code: 606, phrase: 'Not Acceptable', phraseDe: 'Nirgends annehmbar', aliases: [] },
    { code: 486, phrase: 'Busy Here', phraseDe: 'Teilnehmer besetzt', aliases: [] },
  ];
  assert.deepEqual(phraseMatches('not acceptable', codes), [406, 606, 488]);
  assert.deepEqual(phraseMatches('Busy Here', codes), [486]);
  assert.deepEqual(phraseMatches('besetzt', codes), [486]);
});
