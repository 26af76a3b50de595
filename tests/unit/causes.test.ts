import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkCauseName, parseQ850Names, Q850_NAMES_FILE } from '../../src/lib/validate.ts';
import { stackTables } from '../../src/lib/stacks.ts';
import { reasonHeader } from '../../src/lib/api.ts';

const names = parseQ850Names(readFileSync(Q850_NAMES_FILE, 'utf8'));
const entry = (over: Record<string, unknown> = {}) => ({ cause: 17, name: 'User busy', q850: true, ...over });
const messages = (data: Record<string, unknown>) => checkCauseName(data, names).map((p) => `${p.field}: ${p.message}`);

test('a cause entry with the reference name and flag passes', () => {
  assert.deepEqual(messages(entry()), []);
});

test('a cause entry whose name differs from Q.850 is rejected at name, quoting the reference name', () => {
  assert.deepEqual(messages(entry({ name: 'User Busy' })), [
    `name: is "User Busy" but ${Q850_NAMES_FILE} names cause 17 "User busy"`,
  ]);
});

test('a Q.850 cause marked as not defined by Q.850 is rejected at q850', () => {
  assert.deepEqual(messages(entry({ q850: false })), [`q850: is false but ${Q850_NAMES_FILE} says Q.850 defines cause 17`]);
});

test('a value Q.850 does not define, marked as defined, is rejected at q850', () => {
  const ref = names.get(32)!;
  assert.equal(ref.q850, false);
  assert.deepEqual(messages({ cause: 32, name: ref.name, q850: true }), [`q850: is true but ${Q850_NAMES_FILE} says Q.850 does not define cause 32`]);
});

test('a cause value missing from the reference table is rejected at cause', () => {
  assert.deepEqual(messages(entry({ cause: 13 })), [`cause: 13 is not in ${Q850_NAMES_FILE}; add its Q.850 name there first`]);
});

test('a missing cause number is left to the schema, not reported twice', () => {
  assert.deepEqual(messages({ name: 'User busy', q850: true }), []);
});

test('a malformed row of the reference table stops the build', () => {
  assert.throws(() => parseQ850Names('cause\tname\tq850\tsource\n17\tUser busy\tmaybe\ti4b\n'), /row 2: q850 must be "yes" or "no"/);
  assert.throws(() => parseQ850Names('cause\tname\tq850\tsource\n128\tToo big\tyes\ti4b\n'), /row 2: cause "128" is not a value from 1 to 127/);
  assert.throws(() => parseQ850Names('cause\tname\tq850\tsource\n17\tUser busy\tyes\ti4b\n17\tBusy\tyes\ti4b\n'), /row 3: cause 17 is listed twice/);
});

test('every value from 1 to 127 that a stack names has a Q.850 name in the reference table', () => {
  const named = new Set(stackTables().causeNames.map((n) => n.cause).filter((c) => c >= 1 && c <= 127));
  const missing = [...named].filter((c) => !names.has(c)).sort((a, b) => a - b);
  assert.deepEqual(missing, []);
});

test('the reference table lists no value that no stack names (76 values)', () => {
  const named = new Set(stackTables().causeNames.map((n) => n.cause));
  assert.deepEqual([...names.keys()].filter((c) => !named.has(c)), []);
  assert.equal(names.size, 76);
});

test('every reference row names one of the sources described in content/reference/README.md', () => {
  const readme = readFileSync('content/reference/README.md', 'utf8');
  for (const { cause, source } of names.values()) assert.ok(readme.includes(`- \`${source}\`:`), `cause ${cause}: source "${source}" is not described`);
});

test('the Reason header example carries the cause name as a stack would, without the site note on class names', () => {
  assert.equal(reasonHeader(17, 'User busy'), 'Reason: Q.850;cause=17;text="User busy"');
  assert.equal(reasonHeader(32, 'Resource unavailable (class name, not a Q.850 value)'), 'Reason: Q.850;cause=32;text="Resource unavailable"');
  assert.equal(reasonHeader(9, 'Preemption - circuit reserved for reuse'), 'Reason: Q.850;cause=9;text="Preemption - circuit reserved for reuse"');
});
