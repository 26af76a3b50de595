// The phrases real software sends for a code, as each code page shows them: derived from
// content/reference/stacks/ at build time, grouped by exact text, with the software named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codeSchema, type CodeData } from '../../src/lib/schema.ts';
import { splitEntry } from '../../src/lib/entryFile.ts';
import { parseInternalErrors, stackPhraseGroups, stackTables, STACK_NAMES } from '../../src/lib/stacks.ts';
import { CODES_DIR, entryFiles } from './helpers.ts';

const entries = entryFiles().map((f) => codeSchema.parse(splitEntry(readFileSync(`${CODES_DIR}/${f}`, 'utf8')).data) as CodeData);
const phrase = (code: number) => entries.find((e) => e.code === code)!.phrase;
const groups = (code: number) => stackPhraseGroups(code, phrase(code));
const stacksOf = (code: number, text: string) => groups(code).find((g) => g.phrase === text)?.stacks;

test('439 shows "Stale Date" with sofia-sip (FreeSWITCH), and 422, 436, 437, 489 and 183 the phrases stacks send instead of IANA\'s', () => {
  assert.deepEqual(stacksOf(439, 'Stale Date'), ['sofia-sip (FreeSWITCH)']);
  assert.ok(stacksOf(422, 'Session Timer Too Small')?.includes('yate'));
  assert.ok(stacksOf(436, 'Bad Identity-Info')?.includes('pjproject'));
  assert.ok(stacksOf(437, 'Unsupported Certificate')?.includes('opensips'));
  assert.deepEqual(stacksOf(489, 'Event Package Not Supported'), ['resiprocate']);
  assert.deepEqual(stacksOf(183, 'Session in Progress'), ['drachtio-server']);
});

test("the IANA phrase itself is never listed, but a difference in case is: \"Busy here\" is not \"Busy Here\"", () => {
  const texts = groups(486).map((g) => g.phrase);
  assert.ok(!texts.includes('Busy Here'));
  assert.ok(texts.includes('Busy here'));
  assert.ok(texts.includes('BusyHere'), "sipsorcery's enum name");
});

test('Kamailio and OpenSIPS internal errors carry the "(number/TM)" suffix they have on the wire, with the internal number', () => {
  assert.deepEqual(stacksOf(477, 'Send failed (477/TM)'), ['opensips']);
  assert.deepEqual(stacksOf(500, 'Error in external logic (11/TM)'), ['kamailio', 'opensips']);
  assert.deepEqual(stacksOf(487, 'Transaction canceled (487/TM)'), ['kamailio']);
  assert.deepEqual(stacksOf(500, "I'm terribly sorry, server error occurred (…/TM)"), ['kamailio']);
  assert.deepEqual(stacksOf(473, 'Filtered destination (473/TM)'), ['opensips'], 'an entry phrase without the suffix is still shown with it');
});

test('every err2reason_phrase row of stack-phrases.tsv has its internal error number in internal-errors.tsv', () => {
  for (const code of new Set(stackTables().phrases.map((p) => p.code))) assert.doesNotThrow(() => stackPhraseGroups(code, ''), `${code}`);
});

test('internal-errors.tsv names repository, file and commit on every row, and numbers match the error names', () => {
  const rows = parseInternalErrors(readFileSync('content/reference/stacks/internal-errors.tsv', 'utf8'));
  for (const r of rows) {
    assert.match(r.source.commit, /^[0-9a-f]{40}$/);
    assert.match(r.source.path, /#err2reason_phrase$/);
    assert.ok(r.error === 'default' ? r.number === undefined : Number.isInteger(r.number), r.error);
  }
  const opensips = (e: string) => rows.find((r) => r.stack === 'opensips' && r.error === e)!;
  const kamailio = (e: string) => rows.find((r) => r.stack === 'kamailio' && r.error === e)!;
  assert.deepEqual([opensips('E_IP_BLOCKED').code, opensips('E_BAD_URI').code, opensips('E_BAD_ADDRESS').code, opensips('E_SEND').code], [473, 475, 476, 477]);
  assert.deepEqual([kamailio('E_SEND').code, kamailio('E_BAD_ADDRESS').code, kamailio('E_BAD_URI').code], [477, 478, 479]);
});

test("sngrep is never named (it shows the phrase from the wire), nor Wireshark's x99 statistics buckets", () => {
  for (const e of entries) {
    for (const g of groups(e.code)) {
      assert.ok(!g.stacks.includes('sngrep'), `${e.code} ${g.phrase}`);
      assert.doesNotMatch(g.phrase, / - Others$/, `${e.code}`);
    }
  }
});

test('groups with more stacks come first, and every stack has a display name', () => {
  for (const e of entries) {
    const gs = groups(e.code);
    for (let i = 1; i < gs.length; i++) assert.ok(gs[i - 1]!.stacks.length >= gs[i]!.stacks.length, `${e.code}`);
    for (const g of gs) for (const s of g.stacks) assert.ok(STACK_NAMES[s], s);
  }
});

test('an "often seen as" variant is not kept once the stack table shows the same phrase with the software named', () => {
  const repeated = entries.flatMap((e) =>
    e.variants
      .filter((v) => v.kind === 'often-seen-as')
      .filter((v) => groups(e.code).some((g) => g.phrase.replace(/ \(\S+\/TM\)$/, '') === v.phrase))
      .map((v) => `${e.code}: ${v.phrase}`),
  );
  assert.deepEqual(repeated, []);
});
