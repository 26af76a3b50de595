// FreeSWITCH's own causes: one entry per name FreeSWITCH's CAUSE_CHART gives a non-Q.850
// value, with the number and SIP codes FreeSWITCH's source gives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { freeswitchCauseSchema } from '../../src/lib/causeSchema.ts';
import { splitEntry } from '../../src/lib/entryFile.ts';
import { stackTables } from '../../src/lib/stacks.ts';

const DIR = 'content/freeswitch-causes';
const entries = readdirSync(DIR).filter((f) => f.endsWith('.mdx')).map((f) => freeswitchCauseSchema.parse(splitEntry(readFileSync(`${DIR}/${f}`, 'utf8')).data));
const { causeNames, mappings } = stackTables();
const own = causeNames.filter((n) => n.namer === 'freeswitch' && (n.cause === 0 || n.cause > 127));

test('every FreeSWITCH cause outside Q.850 (0 and above 127) has an entry, and no other', () => {
  assert.deepEqual(entries.map((e) => e.name).sort(), own.map((n) => n.name).sort());
});

test("each entry's number is FreeSWITCH's own", () => {
  for (const e of entries) assert.equal(e.number, own.find((n) => n.name === e.name)!.cause, e.name);
});

test("each entry's SIP codes are the rows FreeSWITCH's source has for it, in either direction", () => {
  for (const e of entries) {
    const rows = mappings.filter((r) => r.stack === 'freeswitch' && r.causeName === e.name && r.code !== undefined).map((r) => r.code!);
    assert.deepEqual([...new Set(e.codes)].sort(), [...new Set(rows)].sort(), e.name);
  }
});
