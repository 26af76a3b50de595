import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMPACT, findStartLine, headerParams, LIMITS, parseSip, readMarker } from '../../src/lib/sipMessage.ts';
import { decode, METHODS, OPTION_TAGS, type Decoded, type Note } from '../../src/lib/decode.ts';
import en from '../../src/i18n/en.ts';
import de from '../../src/i18n/de.ts';
import { FIXTURES } from './decode-fixtures.ts';
import { DECODE_CASES } from './decode-cases.ts';
import { facts } from './decode-facts.ts';

const FACTS = facts('en');
const run = (text: string): Decoded => decode(parseSip(text), FACTS, text);
const allNotes = (d: Decoded): Note[] => d.messages.flatMap((m) => [m.title, ...m.notes, ...m.problems, ...m.explained.flatMap((e) => e.notes)]);

for (const [fixture, messages, formats, problems, has, notices] of DECODE_CASES) {
  test(`decoder case: ${fixture}`, () => {
    const text = FIXTURES[fixture];
    assert.ok(text !== undefined, `no fixture ${fixture}`);
    const parsed = parseSip(text);
    const d = decode(parsed, FACTS, text);
    assert.deepEqual(d.messages.map((m) => (m.msg.kind === 'response' ? String(m.msg.code) : m.msg.kind === 'request' ? m.msg.method : 'headers')), messages);
    assert.deepEqual(parsed.formats, formats);
    assert.deepEqual(d.messages.map((m) => m.problems.map((p) => p.key).sort()), problems);
    const keys = new Set(allNotes(d).map((n) => n.key));
    for (const key of has) assert.ok(keys.has(key), `${fixture}: expected a "${key}" note, got ${[...keys].join(', ')}`);
    assert.deepEqual(d.notices.map((n) => n.key), notices);
  });
}

test('every fixture is used by a case', () => {
  const used = new Set(DECODE_CASES.map((c) => c[0]));
  assert.deepEqual(Object.keys(FIXTURES).filter((f) => !used.has(f)), []);
});

test('compact forms are expanded to the long names of RFC 3261 §7.3.3 and the RFCs that added them', () => {
  const msg = parseSip(FIXTURES.compact!).messages[0]!;
  const byLetter = Object.fromEntries(msg.headers.filter((h) => h.compact).map((h) => [h.compact, h.full]));
  assert.deepEqual(byLetter, { v: 'Via', f: 'From', t: 'To', i: 'Call-ID', m: 'Contact', k: 'Supported', x: 'Session-Expires', o: 'Event', u: 'Allow-Events', r: 'Refer-To', b: 'Referred-By', l: 'Content-Length' });
  assert.deepEqual(Object.keys(COMPACT).sort(), ['a', 'b', 'c', 'd', 'e', 'f', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'r', 's', 't', 'u', 'v', 'x', 'y']);
});

test('a folded header is one value, its lines joined by a single space (RFC 3261 §7.3.1)', () => {
  const auth = parseSip(FIXTURES.folded!).messages[0]!.headers.find((h) => h.key === 'www-authenticate')!;
  assert.equal(auth.value, 'Digest realm="example.com", nonce="0a4f113b", opaque="5ccc069c403ebaf9f0171e9517f40e41", algorithm=MD5');
});

test('CRLF and LF line ends give the same message', () => {
  const a = parseSip(FIXTURES['plain-486-crlf']!).messages[0]!;
  const b = parseSip(FIXTURES['plain-486-lf']!).messages[0]!;
  assert.deepEqual(b.headers, a.headers);
});

test('log frames tell direction, peer, transport, time and length', () => {
  assert.deepEqual(parseSip(FIXTURES['asterisk-401']!).messages[0]!.frame, { format: 'asterisk', direction: 'received', bytes: 548, transport: 'UDP', peer: '203.0.113.5:5060' });
  assert.equal(parseSip(FIXTURES['asterisk-ipv6']!).messages[0]!.frame?.peer, '[2001:db8::5]:5060');
  const fs = parseSip(FIXTURES['freeswitch-trace']!).messages;
  assert.deepEqual(fs.map((m) => [m.frame?.direction, m.frame?.peer, m.frame?.time]), [['received', '198.51.100.20:5060', '14:02:11.204871'], ['sent', '198.51.100.20:5060', '14:02:11.206390']]);
  assert.deepEqual(parseSip(FIXTURES['sngrep-txt']!).messages[0]!.frame, { format: 'sngrep', time: '2024/03/11 10:22:31.512034', from: '192.0.2.10:5060', to: '203.0.113.9:5060' });
  assert.deepEqual(readMarker('<--- Transmitting SIP request (812 bytes) to TLS:[2001:db8::9]:5061 --->'), { kind: 'frame', frame: { format: 'asterisk', direction: 'sent', bytes: 812, transport: 'TLS', peer: '[2001:db8::9]:5061' } });
  assert.deepEqual(readMarker('   ------------------------------------------------------------------------'), { kind: 'separator' });
});

test('a body is read up to Content-Length, counted with CRLF line ends as on the wire', () => {
  const [invite, ...rest] = parseSip(FIXTURES['wireshark-follow']!).messages;
  assert.equal(invite!.bodyBytes, 156);
  assert.ok(invite!.body.startsWith('v=0\n') && invite!.body.endsWith('telephone-event/8000'));
  assert.equal(rest.length, 2);
});

test('a start line is found after a log prefix but not inside a Via header', () => {
  assert.equal(findStartLine('Mar 11 10:22:31 [3301] INFO:core:xlog: SIP/2.0 423 Interval Too Brief')?.text, 'SIP/2.0 423 Interval Too Brief');
  assert.equal(findStartLine('<script>: INVITE sip:bob@example.com SIP/2.0')?.method, 'INVITE');
  assert.equal(findStartLine('Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK1'), undefined);
  assert.equal(findStartLine('timeout talking to 192.0.2.180:5060'), undefined);
});

test('header parameters ignore semicolons inside quotes and angle brackets', () => {
  const p = headerParams('<sip:a@example.com;transport=tcp>;tag=x1;text="a;b"');
  assert.equal(p.get('tag'), 'x1');
  assert.equal(p.get('text'), 'a;b');
  assert.equal(p.has('transport'), false);
});

test('Reason and Warning link to the cause, code and Warning pages, never a Warning to a response code', () => {
  const d = run(FIXTURES['plain-486-crlf']!);
  const reason = d.messages[0]!.explained.find((e) => e.header.key === 'reason')!.notes[0]!;
  assert.deepEqual(reason.v?.cause, { link: 'cause', id: '17', text: '17 User busy' });
  const warning = d.messages[0]!.explained.find((e) => e.header.key === 'warning')!.notes[0]!;
  assert.deepEqual(warning.v?.warning, { link: 'warning', id: '399', text: '399 Miscellaneous warning' });
  const stir = run(FIXTURES['headers-only']!).messages[0]!.explained[0]!.notes[0]!;
  assert.deepEqual(stir.v?.code, { link: 'code', id: '436', text: '436 Bad Identity Info' });
  assert.deepEqual(stir.v?.ref, { rfc: 'RFC9410', section: '3' });
  const fs = run('Reason: Q.850;cause=16;text="ORIGINATOR_CANCEL"').messages[0]!.explained[0]!.notes[0]!;
  assert.deepEqual(fs.v?.text, { link: 'fs', id: 'ORIGINATOR_CANCEL', text: 'ORIGINATOR_CANCEL' });
});

test('a phrase that differs from IANA names the stacks that send it', () => {
  const note = run(FIXTURES['phrase-sofia-504']!).messages[0]!.notes.find((n) => n.key === 'phraseStacks')!;
  assert.equal(note.v?.stacks, 'sofia-sip (FreeSWITCH)');
  assert.equal(note.v?.iana, 'Server Time-out');
});

test('a missing MUST header quotes the entry of the code, in the page language', () => {
  const text = FIXTURES['405-no-allow']!;
  const missing = decode(parseSip(text), facts('de'), text).messages[0]!.problems[0]!;
  assert.deepEqual(missing.v?.header, { mono: 'Allow' });
  assert.match(String(missing.v?.why), /Methoden/);
});

test('every key the decoder emits has a template in both languages, and every placeholder gets a value', () => {
  const emitted: Note[] = Object.values(FIXTURES).flatMap((text) => {
    const d = run(text);
    return [...d.notices, ...allNotes(d)];
  });
  const statics = [...Object.keys(METHODS).map((m) => `method.${m}`), ...Object.keys(OPTION_TAGS).map((t) => `tag.${t}`)];
  for (const dict of [en.decode.k, de.decode.k] as Record<string, string>[]) {
    for (const key of statics) assert.ok(dict[key], `no template for ${key}`);
    for (const note of emitted) {
      const template = dict[note.key];
      assert.ok(template, `no template for ${note.key}`);
      for (const [, name] of template.matchAll(/\{([a-zA-Z0-9]+)\}/g)) assert.ok(note.v && name! in note.v, `${note.key}: no value for {${name}}`);
    }
  }
});

test('malformed input of any size gives an answer, never an exception, and stays fast', () => {
  const huge = 'x'.repeat(2 * 1024 * 1024);
  const inputs = [huge, 'SIP/2.0 '.repeat(200_000), `${'a: '.repeat(100_000)}\n`, '\u0000'.repeat(10_000), 'INVITE sip:x SIP/2.0\n' + 'X-H: v\n'.repeat(5000), 'SIP/2.0 999 Nine\n\n\n'];
  for (const input of inputs) {
    const t0 = performance.now();
    const d = run(input);
    const ms = performance.now() - t0;
    assert.ok(d.notices.length > 0);
    assert.ok(ms < 2000, `${input.slice(0, 20)}…: ${ms} ms`);
  }
  assert.equal(parseSip(inputs[4]!).messages[0]!.headers.length, LIMITS.headers);
});

test('parse time of a 1 MB paste is reported (read up to the cap, and in full in 256 KB slices)', () => {
  const mb = FIXTURES['one-megabyte']!;
  const time = (f: () => void) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      f();
      runs.push(performance.now() - t0);
    }
    return runs.sort((a, b) => a - b)[2]!;
  };
  const capped = time(() => run(mb));
  const full = time(() => {
    for (let i = 0; i < mb.length; i += LIMITS.chars) parseSip(mb.slice(i, i + LIMITS.chars));
  });
  console.log(`1 MB paste: ${capped.toFixed(1)} ms to parse and explain (first 256 KB, 50 messages); ${full.toFixed(1)} ms to parse all of it`);
  assert.ok(capped < 1000);
});
