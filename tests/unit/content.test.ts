// The content itself: complete, in both languages, and consistent with the IANA registry
// snapshot and the RFC section headings kept in content/reference/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codeSchema, type CodeData } from '../../src/lib/schema.ts';
import { BODY_SECTIONS, checkBody, checkCollection, langBlock } from '../../src/lib/validate.ts';
import { splitEntry } from '../../src/lib/entryFile.ts';
import extra from '../../content/reference/entries.json' with { type: 'json' };
import { CODES_DIR, entryFiles, ianaRegistry } from './helpers.ts';

const entries = entryFiles().map((file) => {
  const { data, body } = splitEntry(readFileSync(`${CODES_DIR}/${file}`, 'utf8'));
  return { file, raw: data, body, parsed: codeSchema.safeParse(data) };
});
const byCode = new Map(entries.filter((e) => e.parsed.success).map((e) => [e.parsed.data!.code, e.parsed.data! as CodeData]));
const iana = ianaRegistry();

test('every entry passes the schema and has both language blocks with every section', () => {
  const problems = entries.flatMap((e) => [
    ...(e.parsed.success ? [] : e.parsed.error.issues.map((i) => `${e.file}: ${i.path.join('.')}: ${i.message}`)),
    ...checkBody(e.body).map((p) => `${e.file}: ${p.field}: ${p.message}`),
  ]);
  assert.deepEqual(problems, []);
});

test('related codes all have entries and no code is defined twice', () => {
  assert.deepEqual(checkCollection(entries.filter((e) => e.parsed.success).map((e) => ({ filePath: e.file, data: e.parsed.data! }))), []);
});

test('every code of the IANA registry has an entry', () => {
  assert.deepEqual([...iana.keys()].filter((c) => !byCode.has(c)), []);
});

test('reason phrases are exactly those of the IANA registry', () => {
  const mismatches = [...iana].flatMap(([code, description]) => {
    const entry = byCode.get(code);
    // IANA annotates 202 as "Accepted (Deprecated)": the phrase is "Accepted", the annotation is the status.
    const phrase = description.replace(/ \(Deprecated\)$/, '');
    return entry && entry.phrase !== phrase ? [`${code}: "${entry.phrase}" should be "${phrase}"`] : [];
  });
  assert.deepEqual(mismatches, []);
});

test('status and defining reference agree with the registry', () => {
  const problems = [...iana].flatMap(([code, description]) => {
    const e = byCode.get(code);
    if (!e) return [];
    const out: string[] = [];
    const wantStatus = description.endsWith('(Deprecated)') ? 'deprecated' : 'current';
    if (e.status !== wantStatus) out.push(`${code}: status ${e.status}, registry says ${wantStatus}`);
    const refs = [e.defined?.rfc, ...e.history.map((h) => h.ref?.rfc)];
    const registryRfc = readFileSync('content/reference/iana-sip-response-codes.csv', 'utf8').match(new RegExp(`^${code},[^\\n]*\\[(RFC\\d+)\\]`, 'm'))?.[1];
    if (registryRfc && !refs.includes(registryRfc)) out.push(`${code}: the registry cites ${registryRfc}, the entry never does`);
    return out;
  });
  assert.deepEqual(problems, []);
});

test('entries outside the registry are labelled obsolete, grammar-only or non-standard', () => {
  const problems = [...byCode.values()].filter((e) => !iana.has(e.code)).flatMap((e) => {
    if (extra.obsolete.includes(e.code)) return e.status === 'obsolete' && e.defined?.rfc === 'RFC2543' ? [] : [`${e.code}: should be obsolete, defined in RFC 2543`];
    if (extra.grammarOnly.includes(e.code)) return e.status === 'grammar-only' && e.defined?.rfc === 'RFC2543' ? [] : [`${e.code}: should be grammar-only, listed in RFC 2543`];
    if (extra.nonStandard.includes(e.code)) return e.status === 'non-standard' ? [] : [`${e.code}: should be non-standard`];
    return [`${e.code}: not registered and not listed in content/reference/entries.json`];
  });
  assert.deepEqual(problems, []);
});

test('the obsolete RFC 2543 codes and the non-standard codes are all present', () => {
  assert.deepEqual([...extra.obsolete, ...extra.grammarOnly, ...extra.nonStandard].filter((c) => !byCode.has(c)), []);
});

test('every code listed by the seed documents is on the site', () => {
  assert.deepEqual(extra.seeds.filter((c) => !byCode.has(c)), []);
});

test('every entry has a who-sends paragraph, 3–6 causes and 3–6 actions in both languages', () => {
  const problems = entries.flatMap((e) =>
    (['en', 'de'] as const).flatMap((lang) => {
      const block = langBlock(e.body, lang) ?? '';
      return BODY_SECTIONS[lang].filter((h) => !block.includes(`## ${h}\n`)).map((h) => `${e.file}: ${lang}: ${h}`);
    }),
  );
  assert.deepEqual(problems, []);
});

test('every entry relates to at least one other code and has a history and an example', () => {
  const problems = [...byCode.values()].flatMap((e) => [
    ...(e.related.length ? [] : [`${e.code}: no related codes`]),
    ...(e.example.message.startsWith(`SIP/2.0 ${e.code} `) ? [] : [`${e.code}: example does not start with its status line`]),
  ]);
  assert.deepEqual(problems, []);
});

// Codes engineers confuse: each one's page explains the difference to every other in its group.
const CONFUSED = [
  [486, 600, 603, 607, 608],
  [404, 604, 410, 484],
  [488, 606, 415],
  [408, 480, 487, 504],
  [401, 407, 403],
  [301, 302, 305, 380],
  [500, 503, 513],
  // The same internal errors under OpenSIPS's and Kamailio's numbers (error.h of each).
  [473, 477],
  [475, 479],
  [476, 478],
  [303, 300],
  [513, 516],
];

test('each code of an easily confused group explains its difference to the others', () => {
  const missing = CONFUSED.flatMap((group) =>
    group.flatMap((code) => group.filter((other) => other !== code && !byCode.get(code)?.related.some((r) => r.code === other)).map((other) => `${code} → ${other}`)),
  );
  assert.deepEqual(missing, []);
});

test('headers the RFCs require for a code are listed on its page', () => {
  const required: [number, string][] = [
    [401, 'WWW-Authenticate'], [407, 'Proxy-Authenticate'], [405, 'Allow'], [420, 'Unsupported'], [421, 'Require'],
    [422, 'Min-SE'], [423, 'Min-Expires'], [415, 'Accept'], [489, 'Allow-Events'], [494, 'Security-Server'],
    [470, 'Permission-Missing'], [417, 'Accept-Resource-Priority'], [488, 'Warning'], [606, 'Warning'],
    [300, 'Contact'], [301, 'Contact'], [302, 'Contact'], [305, 'Contact'], [503, 'Retry-After'],
  ];
  const missing = required.filter(([code, header]) => !byCode.get(code)?.headers.some((h) => h.name === header)).map(([c, h]) => `${c}: ${h}`);
  assert.deepEqual(missing, []);
});
