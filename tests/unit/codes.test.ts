import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classOf, fitTitle, groupByClass, isFinal, neighbours, rfcName, rfcUrl } from '../../src/lib/codes.ts';

test('the class of a code is its first digit', () => {
  assert.equal(classOf(100), 1);
  assert.equal(classOf(486), 4);
  assert.equal(classOf(701), 7);
});

test('only 1xx responses are provisional', () => {
  assert.equal(isFinal(183), false);
  assert.equal(isFinal(199), false);
  assert.equal(isFinal(200), true);
  assert.equal(isFinal(603), true);
});

test('previous and next follow numeric order, with none at the ends', () => {
  const codes = [603, 100, 486, 200];
  assert.deepEqual(neighbours(codes, 486), { prev: 200, next: 603 });
  assert.deepEqual(neighbours(codes, 100), { prev: undefined, next: 200 });
  assert.deepEqual(neighbours(codes, 603), { prev: 486, next: undefined });
});

test('grouping by class keeps every class, in order', () => {
  const groups = groupByClass([{ c: 486 }, { c: 404 }, { c: 100 }], (x) => x.c);
  assert.deepEqual([...groups.keys()], [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(groups.get(4)!.map((x) => x.c), [404, 486]);
  assert.deepEqual(groups.get(2), []);
});

test('RFC links go to the section on the RFC Editor', () => {
  assert.equal(rfcUrl('RFC3261', '21.4.24'), 'https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24');
  assert.equal(rfcName('RFC3261'), 'RFC 3261');
});

test('titles keep the code first and drop trailing parts beyond 70 characters', () => {
  assert.equal(fitTitle(['486 Busy Here', 'Teilnehmer besetzt', 'SIP-Statuscodes']), '486 Busy Here – Teilnehmer besetzt – SIP-Statuscodes');
  const long = fitTitle(['555 Push Notification Service Not Supported', 'Push-Benachrichtigungsdienst nicht unterstützt', 'SIP-Statuscodes']);
  assert.equal(long, '555 Push Notification Service Not Supported');
});

test('a title whose first part alone is too long is cut at a word, with an ellipsis', () => {
  const title = fitTitle(['Q.850 cause 98 Message not compatible with call state or message type non-existent or not implemented', 'SIP response codes']);
  assert.ok(title.length <= 70, title);
  assert.match(title, /^Q\.850 cause 98 Message not compatible .*\S…$/);
});
