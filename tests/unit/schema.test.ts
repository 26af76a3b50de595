import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeSchema } from '../../src/lib/schema.ts';
import { validEntry } from './helpers.ts';

function problems(mutate: (e: Record<string, any>) => void): string[] {
  const entry = validEntry();
  mutate(entry);
  const result = codeSchema.safeParse(entry);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

test('the model entry 486 passes the schema', () => {
  assert.deepEqual(problems(() => {}), []);
});

test('an entry without German meaning is rejected at meaning.de', () => {
  assert.match(problems((e) => delete e.meaning.de).join('\n'), /^meaning\.de:/m);
});

test('an entry without English meaning is rejected at meaning.en', () => {
  assert.match(problems((e) => delete e.meaning.en).join('\n'), /^meaning\.en:/m);
});

test('an empty German text is rejected, not accepted as present', () => {
  assert.match(problems((e) => (e.related[0].de = '   ')).join('\n'), /^related\.0\.de:/m);
});

test('a code outside 100–799 is rejected at code', () => {
  assert.match(problems((e) => (e.code = 99)).join('\n'), /^code: SIP codes start at 100/m);
  assert.match(problems((e) => (e.code = 800)).join('\n'), /^code: codes above 799/m);
});

test('a non-numeric code is rejected at code', () => {
  assert.match(problems((e) => (e.code = 'abc')).join('\n'), /^code: must be a number/m);
});

test('an RFC section that does not exist in that RFC is rejected at its section', () => {
  assert.match(problems((e) => (e.defined.section = '21.4.99')).join('\n'), /^defined\.section: RFC3261 has no section 21\.4\.99/m);
});

test('an RFC the project does not hold is rejected at its rfc', () => {
  assert.match(problems((e) => (e.history[0].ref.rfc = 'RFC9999')).join('\n'), /^history\.0\.ref\.rfc: RFC9999 is not in/m);
});

test('a standard code without its defining RFC is rejected at defined', () => {
  assert.match(problems((e) => delete e.defined).join('\n'), /^defined: a standard code needs/m);
});

test('a non-standard code must name the software that sends it', () => {
  assert.match(problems((e) => { e.status = 'non-standard'; delete e.defined; }).join('\n'), /^implementations:/m);
});

test('an unknown status or outcome is rejected', () => {
  assert.match(problems((e) => (e.status = 'legacy')).join('\n'), /^status:/m);
  assert.match(problems((e) => (e.outcome = 'weird')).join('\n'), /^outcome:/m);
});

test('a code cannot list itself as related', () => {
  assert.match(problems((e) => e.related.push({ code: 486, en: 'x', de: 'y' })).join('\n'), /^related: a code cannot be related to itself/m);
});

test('a code without a flow is refused at flow', () => {
  assert.match(problems((e) => delete e.flow).join('\n'), /^flow: every code needs a flow/m);
});

test('a flow with an arrow to a lane it does not list is refused at that step', () => {
  assert.match(problems((e) => (e.flow.steps[2].to = 'registrar')).join('\n'), /^flow\.steps\.2\.to: "registrar" is not one of this flow's lanes/m);
});
