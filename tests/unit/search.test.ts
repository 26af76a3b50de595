import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readQuery, looksLikeMessage } from '../../src/lib/query.ts';
import { correctQuery, editDistance } from '../../src/lib/fuzzy.ts';
import { normalizePhrase, PhraseIndex } from '../../src/lib/rank.ts';
import { unknownCodeTreatedAs } from '../../src/lib/codes.ts';
import { keyOfUrl } from '../../src/lib/results.ts';
import { stackTables } from '../../src/lib/stacks.ts';
import { named, results, siteData, siteIndex } from './searchSite.ts';

// What the query reader names first, one line per log form: [query, first key or '' for nothing].
// Keys: "486" a code, "c17" a Q.850 cause, "w305" a warn-code, "fLOSE_RACE" a FreeSWITCH cause.
const READER: [query: string, first: string][] = [
  // a cause number with context
  ['cause 34', 'c34'],
  ['Q.850 34', 'c34'],
  ['Q850 cause 34', 'c34'],
  ['Reason: Q.850;cause=34', 'c34'],
  ['Reason: Q.850 ;cause=16 ;text="Normal call clearing"', 'c16'],
  ['HANGUPCAUSE=17', 'c17'],
  ['${HANGUPCAUSE}: 19', 'c19'],
  ['X-Asterisk-HangupCauseCode: 21', 'c21'],
  ['hangup_cause_q850=17', 'c17'],
  ['<hangup_cause_q850>16</hangup_cause_q850>', 'c16'],
  ['"hangup_cause_q850":"41"', 'c41'],
  ['ISDN cause 1', 'c1'],
  ['release cause 41', 'c41'],
  ['Ursache 21', 'c21'],
  ['cause code 127', 'c127'],
  ['17', 'c17'],
  ['cause 0', 'fNONE'],
  ['0', 'fNONE'],
  ['cause 702', 'fLOSE_RACE'],
  // a stack's cause name, alone or in a log line
  ['hangup_cause=NORMAL_TEMPORARY_FAILURE', 'c41'],
  ['[USER_BUSY]', 'c17'],
  ['USER_BUSY', 'c17'],
  ['user_busy', 'c17'],
  ['Hangup sofia/internal/1000@10.0.0.1 [CS_CONSUME_MEDIA] [NORMAL_TEMPORARY_FAILURE]', 'c41'],
  ['2026-11-27 14:03:12.486021 [NOTICE] switch_channel.c:4091 Hangup sofia/external/+4930123456@203.0.113.10 [CS_EXECUTE] [CALL_REJECTED]', 'c21'],
  ['Originate Failed. Cause: NO_ANSWER', 'c19'],
  ['variable_hangup_cause: [USER_BUSY]', 'c17'],
  ['AST_CAUSE_CALL_REJECTED', 'c21'],
  ['AST_CAUSE_BUSY', 'c17'],
  ['AST_CAUSE_NOTDEFINED', 'fNONE'],
  ['SWITCH_CAUSE_USER_BUSY', 'c17'],
  ['noanswer', 'c19'],
  ['reason=normal-clearing', 'c16'],
  ['chan.hangup reason=busy', 'c17'],
  ['NONE', 'fNONE'],
  ['[CS_HANGUP] [NONE]', 'fNONE'],
  ['ORIGINATOR_CANCEL', 'fORIGINATOR_CANCEL'],
  ['Originate Failed. Cause: USER_NOT_REGISTERED', 'fUSER_NOT_REGISTERED'],
  ['Hangup sofia/external/1000@gw [CS_CONSUME_MEDIA] [LOSE_RACE]', 'fLOSE_RACE'],
  // Warning headers go to the warn-code, never to the response code with the same number
  ['Warning: 305 gw1 "Incompatible media format"', 'w305'],
  ['Warning: 392 10.0.0.1:5060 "Noisy feedback tells: pid=1234 req_src_ip=10.0.0.5 req_src_port=5060 in_uri=sip:bob@example.com"', 'w392'],
  ['Warning: 399 sbc.example.net "No suitable codec for remote offer"', 'w399'],
  ['warn-code 370', 'w370'],
  // status codes inside other forms
  ['proto_specific_hangup_cause=sip:487', '487'],
  ['variable_last_bridge_proto_specific_hangup_cause: [sip:480]', '480'],
  ['Final Microsoft subcode: 560503', '503'],
  ['ms-diagnostics: 560486;reason="Gateway returned a SIP failure code"', '486'],
  ['SIP/2.0 486 Busy Here', '486'],
  ['<-- SIP/2.0 603 Declined', '603'],
  ['[486]', '486'],
  ['status=486', '486'],
  ['Code: 486', '486'],
  ['Code: [488], Cause: Bad Media Description', '488'],
  ['Reason: SIP;cause=487;text="Request Terminated"', '487'],
  ['Reason: SIP ;cause=487 ;text="ORIGINATOR_CANCEL"', '487'],
  ['cause=487', '487'],
  ['SIP/2.0 477 Unfortunately error on sending to next hop occurred (477/TM)', '477'],
  ['Unfortunately error on sending to next hop occurred (477/TM)', '477'],
  ['pjsua_core.c .RX 512 bytes Response msg 408/INVITE/cseq=1234 (rdata0x7f3a) from UDP 192.0.2.1:5060', '408'],
  ['14:03:12.486 pjsua_call.c .Call 2 is DISCONNECTED [reason=486 (Busy Here)]', '486'],
  ['SIP registration failed, status=401 (Unauthorized)', '401'],
  ['sofia/internal/1000@10.0.0.1 entering state [terminated][487]', '487'],
  ['variable_sip_term_status: [503]', '503'],
  ['sip_term_status=486 hangup_cause=USER_BUSY', '486'],
  ['-- Got SIP response 503 "Service Unavailable" back from 203.0.113.10:5060', '503'],
  ["Fatal response '403' received from 'sip:sip.provider.de' on registration attempt", '403'],
  ['received 503 from 10.0.0.1', '503'],
  ['INVITE to 192.168.1.100:5060 failed with 486', '486'],
  ['reply 486 Busy Here from 10.1.1.20:5060', '486'],
  ['$rs=408 $rr=Request Timeout', '408'],
  ['sl_send_reply("404", "Not Found")', '404'],
  ['  418 12.004518 192.0.2.1 → 198.51.100.2 SIP 612 Status: 404 Not Found |', '404'],
  ['Status-Code: 422', '422'],
  ['10.0.0.1:5060 ──── 487 Request Terminated ───► 10.0.0.2:5060', '487'],
  ['chan.hangup reason=congestion cause_sip=503', 'c34'],
  // numbers that are not codes
  ['2026-11-27 14:03:12.486', ''],
  ['14:03:12,486 INFO something happened', ''],
  ['14:03:12:486 belle-sip channel', ''],
  ['timeout talking to 192.168.100.180:5060', ''],
  ['CSeq: 102 INVITE', ''],
  ['Call-ID: 486a8f3c@10.0.0.1', ''],
  ['WARNING[486]: chan_sip.c:1234 handle_request: nothing', ''],
  ['received 489 bytes from 10.0.0.1:5060', ''],
  ['message sent to [udp://10.0.0.1:5060], size: [486] bytes', ''],
  ['INVITE sip:486@pbx.example.com', ''],
  ['Content-Length: 486', ''],
  ['Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK486', ''],
  ['Max-Forwards: 70 Expires: 300', ''],
  ['1764238500.486', ''],
  ['duration=486', ''],
];

for (const [query, first] of READER) {
  test(`reader: "${query}" → ${first || 'nothing'}`, () => assert.equal(named(query) ?? '', first));
}

test('a Warning header never names the response code with the same number', () => {
  const plan = readQuery('Warning: 305 gw1 "Incompatible media format"', siteIndex());
  assert.ok(!plan.named.some((t) => t.kind === 'code'));
  assert.equal(plan.unknownCode, undefined);
});

test('FreeSWITCH\'s sip:487 is 487, never 687 or a cause', () => {
  assert.deepEqual(readQuery('proto_specific_hangup_cause=sip:487', siteIndex()).named, [{ kind: 'code', code: 487 }]);
});

test('a bare existing code is a direct hit; a number the site does not know is an unknown code', () => {
  assert.deepEqual(readQuery('603', siteIndex()).direct, { kind: 'code', code: 603 });
  const plan = readQuery('499', siteIndex());
  assert.deepEqual(plan.named, []);
  assert.equal(plan.unknownCode, 499);
  assert.equal(readQuery('SIP/2.0 499 Whatever', siteIndex()).unknownCode, 499);
});

test('"102" is both an unregistered code and Q.850 cause 102', () => {
  const plan = readQuery('102', siteIndex());
  assert.equal(plan.unknownCode, 102);
  assert.deepEqual(plan.named, [{ kind: 'cause', cause: 102 }]);
});

test('"6xx" and "6" name the class', () => {
  assert.equal(readQuery('6xx', siteIndex()).classDigit, 6);
  assert.equal(readQuery('6', siteIndex()).classDigit, 6);
  assert.equal(readQuery('4XX', siteIndex()).classDigit, 4);
});

test('only what is named outright is direct; a word or a loose number is not', () => {
  assert.deepEqual(readQuery('cause 17', siteIndex()).direct, { kind: 'cause', cause: 17 });
  assert.deepEqual(readQuery('Warning: 305 x "y"', siteIndex()).direct, { kind: 'warning', warning: 305 });
  assert.equal(readQuery('busy', siteIndex()).direct, undefined);
  assert.equal(readQuery('it ended 486 times', siteIndex()).direct, undefined);
});

test('a status line keeps its phrase for phrase and full-text search', () => {
  assert.equal(readQuery('SIP/2.0 480 Temporarily not available', siteIndex()).text, 'Temporarily not available');
});

test('a pasted SIP message, even flattened to one line, is recognised; a log line is not', () => {
  const msg = 'SIP/2.0 486 Busy Here Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK776 From: <sip:a@x>;tag=1 To: <sip:b@y>;tag=2 Call-ID: abc@x CSeq: 1 INVITE Content-Length: 0';
  assert.equal(looksLikeMessage(msg), true);
  assert.equal(readQuery(msg, siteIndex()).message, true);
  assert.equal(readQuery(msg, siteIndex()).named[0]?.kind, 'code');
  assert.equal(looksLikeMessage('INVITE sip:bob@example.com SIP/2.0 Via: SIP/2.0/UDP h;branch=z9hG4bKx To: <sip:bob@example.com> From: <sip:a@b>;tag=1 CSeq: 1 INVITE'), true);
  assert.equal(looksLikeMessage('SIP/2.0 486 Busy Here'), false);
  assert.equal(looksLikeMessage('[NOTICE] Hangup sofia/internal/1000@10.0.0.1 [CS_EXECUTE] [USER_BUSY]'), false);
});

test('a 1 MB paste is read in bounded time', () => {
  const line = 'Nov 27 14:03:12 pbx WARNING[2214]: chan_sip.c:24460 Received response 486 "Busy Here" from 10.0.0.1:5060 ';
  const big = line.repeat(Math.ceil(1_000_000 / line.length));
  const started = performance.now();
  const plan = readQuery(big, siteIndex());
  assert.ok(performance.now() - started < 500, 'read within half a second');
  assert.equal(plan.named[0]?.kind, 'code');
});

// RFC 3261 §8.1.3.2: an unknown final code counts as the x00 of its class, an unknown provisional
// one other than 100 as 183; 7xx has no x00 to fall back to.
const TREATED_AS: [code: number, as: number | undefined][] = [
  [431, 400],
  [499, 400],
  [150, 183],
  [199, 183],
  [100, 100],
  [299, 200],
  [350, 300],
  [555, 500],
  [650, 600],
  [799, undefined],
  [700, undefined],
];
for (const [code, as] of TREATED_AS) {
  test(`an unknown ${code} is treated as ${as ?? 'nothing (no 7xx class)'}`, () => assert.equal(unknownCodeTreatedAs(code), as));
}

// Results before Pagefind: [language, query, first result, codes that must follow in the first five].
const RANKED: [lang: 'en' | 'de', query: string, first: string, alsoTop5: string[]][] = [
  ['en', 'cause 34', 'c34', ['503']],
  ['en', 'HANGUPCAUSE=17', 'c17', ['486', '600']],
  ['de', 'Reason: Q.850;cause=34', 'c34', ['503']],
  ['en', 'Hangup sofia/internal/1000@10.0.0.1 [CS_CONSUME_MEDIA] [NORMAL_TEMPORARY_FAILURE]', 'c41', ['503']],
  ['en', 'Originate Failed. Cause: NO_ANSWER', 'c19', ['480']],
  ['de', 'USER_BUSY', 'c17', ['486']],
  ['en', 'Warning: 305 gw1 "Incompatible media format"', 'w305', ['488']],
  ['en', 'busy', '486', ['600']],
  ['en', 'Call has been declined', '603', []],
  ['en', 'Failed to authenticate on INVITE to "Bob" <sip:bob@pbx>', '401', ['407']],
  ['en', 'wrong password', '401', ['407']],
  ['en', 'user not found', '404', []],
  ['en', 'no answer', '480', ['408']],
  ['en', 'call rejected', 'c21', ['603', '403']],
  ['en', 'not registered', '480', []],
  ['en', 'codec', '488', ['415', '606']],
  ['en', 'timeout', '408', ['504']],
  ['en', 'not acceptable', '406', ['606', '488']],
  ['en', 'Servcie Unavailable', '503', []],
  ['en', 'Incompatible media format', 'w305', []],
  ['en', 'Temporary failure', 'c41', ['503']],
  ['de', 'Falsche Telefonnummer', '404', ['484']],
  ['de', 'Keine Antwort', '480', []],
  ['de', 'Rufnummer unbekannt', '404', []],
  ['de', 'besetzt', '486', ['600']],
  ['de', 'Anrufer hat aufgelegt', '487', []],
  ['de', 'Call has been declined', '603', []],
  ['de', 'wrong password', '401', []],
  ['de', 'Teilnehmer besetzt', '486', []],
];
for (const [lang, query, first, also] of RANKED) {
  test(`results (${lang}): "${query}" → ${first} first${also.length ? `, then ${also.join(', ')}` : ''}`, () => {
    const keys = results(query, lang);
    assert.equal(keys[0], first, keys.slice(0, 6).join(' '));
    for (const k of also) assert.ok(keys.slice(0, 5).includes(k), `${k} in ${keys.slice(0, 6).join(' ')}`);
  });
}

test('every phrase the stacks send for a code with an entry leads to that code, in both languages', () => {
  const codes = new Set(siteData('en').codes.map((c) => c.code));
  const missed: string[] = [];
  const seen = new Set<string>();
  for (const { stack, code, phrase } of stackTables().phrases) {
    if (!codes.has(code) || (stack === 'wireshark' && code % 100 === 99) || seen.has(`${code} ${phrase}`)) continue;
    seen.add(`${code} ${phrase}`);
    for (const lang of ['en', 'de'] as const) if (!results(phrase, lang).slice(0, 5).includes(String(code))) missed.push(`${lang} ${code} "${phrase}"`);
  }
  assert.deepEqual(missed, []);
});

test('phrases are matched inside a long line, longer phrases first', () => {
  const index = new PhraseIndex([
    ['not found', '404'],
    ['rejected', '608'],
    ['declined', '603'],
  ]);
  const hits = index.match("Call (UDP:192.0.2.7:5060) to extension '0049' rejected because extension not found in context");
  assert.deepEqual(hits.map((h) => h.key), ['404', '608']);
});

test('phrases are normalised: CamelCase and snake_case split, German letters folded', () => {
  assert.equal(normalizePhrase('BusyHere'), 'busy here');
  assert.equal(normalizePhrase('NORMAL_TEMPORARY_FAILURE'), 'normal temporary failure');
  assert.equal(normalizePhrase('Zeitüberschreitung'), 'zeitueberschreitung');
  assert.equal(normalizePhrase('LinphoneReasonNotAnswered'), 'linphone reason not answered');
});

test('entry pages are recognised in Pagefind URLs, in either language', () => {
  assert.equal(keyOfUrl('/code/486/'), '486');
  assert.equal(keyOfUrl('/de/cause/17/'), 'c17');
  assert.equal(keyOfUrl('/warning/305/'), 'w305');
  assert.equal(keyOfUrl('/de/freeswitch-cause/ORIGINATOR_CANCEL/'), 'fORIGINATOR_CANCEL');
  assert.equal(keyOfUrl('/class/4xx/'), undefined);
});

test('typos within one or two edits are corrected against the vocabulary', () => {
  const vocab = new Set(['forbidden', 'timeout', 'busy', 'unavailable', 'besetzt']);
  assert.equal(correctQuery('forbiden', vocab), 'forbidden');
  assert.equal(correctQuery('Unavialable', vocab), 'unavailable');
  assert.equal(correctQuery('time out', vocab), 'timeout');
  assert.equal(correctQuery('besetz', vocab), 'besetz'); // a prefix: Pagefind completes it
  assert.equal(editDistance('busy', 'buys'), 1);
});

test('everyday wording names only entries that exist, or the build stops with file, language and phrase', async () => {
  const { searchTerms } = await import('../../src/data/searchTerms.ts');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const file = join(mkdtempSync(join(tmpdir(), 'terms-')), 'search-terms.yaml');
  writeFileSync(file, 'en:\n  busy: [486, "cause:17"]\nde:\n  besetzt: [486, 999]\n');
  assert.throws(() => searchTerms(() => true, file), /de\.besetzt/);
  writeFileSync(file, 'en:\n  busy: [486, "cause:17"]\nde:\n  besetzt: [486]\n');
  assert.throws(() => searchTerms((t) => t.kind === 'code', file), /en\."busy": c17 has no entry/);
  assert.deepEqual(searchTerms(() => true, file).en, [['busy', [{ kind: 'code', code: 486 }, { kind: 'cause', cause: 17 }]]]);
  // The real file: every target has an entry on this branch's content.
  assert.doesNotThrow(() => siteData('en'));
});
