// What people type or paste, and what they must get. One line per case:
//   [query, expected, where]  where = 'first': the first code result is the first code;
//   'top3' / 'top5': every expected code is among the first 3 / 5 code results;
//   'class': the first result is the class page; 'unknown': the "not registered" note;
//   'cause': the first result is Q.850 cause expected[0], and the codes after it are among the
//     first 5 code results; 'fs': the first result is FreeSWITCH cause expected[0];
//   'warning': the first result is warn-code expected[0], and the response code with the same
//     number is not among the results at all; 'not': the number is not read as a code: it is not
//     the first result and gets no "not registered" note (numbers in timestamps, headers, sizes;
//     full-text hits for the other words may still list it further down).
export type Where = 'first' | 'top3' | 'top5' | 'class' | 'unknown' | 'cause' | 'fs' | 'warning' | 'not';
export type Case = readonly [query: string, expected: readonly (number | string)[], where: Where];

const common: Case[] = [
  // numbers
  ['603', [603], 'first'],
  ['486', [486], 'first'],
  ['100', [100], 'first'],
  ['404', [404], 'first'],
  ['701', [701], 'first'],
  ['6xx', ['6xx'], 'class'],
  ['6', ['6xx'], 'class'],
  ['4xx', ['4xx'], 'class'],
  ['499', ['4xx'], 'unknown'],
  ['799', ['7xx'], 'unknown'],
  // log lines
  ['SIP/2.0 486 Busy Here', [486], 'first'],
  ['Code: [488], Cause: Bad Media Description', [488], 'first'],
  ['received 503 from 10.0.0.1', [503], 'first'],
  ['SIP/2.0 480 Temporarily not available', [480], 'first'],
  ['SIP/2.0 407 Proxy Authentication Required', [407], 'first'],
  ['INVITE sip:+4930123@198.51.100.7 failed with 408', [408], 'first'],
  ['Reason: SIP;cause=487;text="Request Terminated"', [487], 'first'],
  ['<-- SIP/2.0 603 Declined', [603], 'first'],
  // Q.850 causes
  ['cause 17', [486, 600], 'top3'],
  ['Q.850 17', [486, 600], 'top3'],
  ['cause 21', [403, 603], 'top5'],
  ['Reason: Q.850;cause=34', [503], 'first'],
  ['cause 102', [408, 504], 'top3'],
  // phrases that stacks send instead of IANA's (content/reference/stacks/stack-phrases.tsv)
  ['SIP/2.0 439 Stale Date', [439], 'first'],
  ['Stale Date', [439, 403], 'top3'],
  ['Session Timer Too Small', [422], 'first'],
  ['Event Package Not Supported', [489], 'first'],
  ['BusyHere', [486], 'first'],
  ['Error in external logic', [500], 'first'],
  ['SIP/2.0 475 Bad URI (475/SL)', [475], 'first'],
  ['Filtered destination', [473], 'first'],
  ['Party Hangs Up', [701], 'first'],
  ['Reason: SIP;cause=701;text="SYSTEM_SHUTDOWN"', [701], 'first'],
  // causes by number in their log forms: the cause first, then the codes stacks map it to
  ['cause 34', [34, 503], 'cause'],
  ['Q.850 34', [34, 503], 'cause'],
  ['Reason: Q.850;cause=34;text="No circuit/channel available"', [34, 503], 'cause'],
  ['HANGUPCAUSE=17', [17, 486, 600], 'cause'],
  ['X-Asterisk-HangupCauseCode: 21', [21, 403, 603], 'cause'],
  ['<hangup_cause_q850>18</hangup_cause_q850>', [18, 408], 'cause'],
  ['cause 0', ['NONE'], 'fs'],
  // causes by the names stacks give them, alone or in a log line
  ['hangup_cause=NORMAL_TEMPORARY_FAILURE', [41, 503], 'cause'],
  ['[USER_BUSY]', [17, 486], 'cause'],
  ['2026-11-27 14:03:12.486021 [NOTICE] sofia.c:7734 Hangup sofia/internal/1000@10.0.0.1 [CS_CONSUME_MEDIA] [NORMAL_TEMPORARY_FAILURE]', [41, 503], 'cause'],
  ['[ERR] mod_dptools.c:3600 Originate Failed.  Cause: NO_ANSWER', [19, 480], 'cause'],
  ['AST_CAUSE_CALL_REJECTED', [21, 403], 'cause'],
  ["Call 'sip/12' hungup reason=noanswer", [19, 480], 'cause'],
  ['chan.hangup reason=congestion cause_sip=503', [34, 503], 'cause'],
  ['ORIGINATOR_CANCEL', ['ORIGINATOR_CANCEL'], 'fs'],
  ['[ERR] switch_ivr_originate.c:3900 Cannot create outgoing channel of type [user] cause: [USER_NOT_REGISTERED]', ['USER_NOT_REGISTERED'], 'fs'],
  ['Hangup sofia/external/+4930123@gw [CS_CONSUME_MEDIA] [LOSE_RACE]', ['LOSE_RACE'], 'fs'],
  // Warning lines: the warn-code, never the response code with the same number
  ['Warning: 305 gw1 "Incompatible media format"', [305], 'warning'],
  ['Warning: 392 10.0.0.1:5060 "Noisy feedback tells: pid=1234 req_src_ip=10.0.0.5 req_src_port=5060 in_uri=sip:bob@example.com out_uri=sip:bob@10.0.0.9:5060 via_cnt==1"', [392], 'warning'],
  ['Warning: 399 pbx.example.com "No suitable codec for remote offer"', [399], 'warning'],
  // status codes inside other forms, across the stacks
  ['proto_specific_hangup_cause=sip:487', [487], 'first'],
  ['variable_last_bridge_proto_specific_hangup_cause: [sip:480]', [480], 'first'],
  ['Final SIP code: 503, Final Microsoft subcode: 560503', [503], 'first'],
  ['ms-diagnostics: 560486;reason="Gateway returned a SIP failure code";source="sbc.contoso.com"', [486], 'first'],
  ['SIP/2.0 477 Unfortunately error on sending to next hop occurred (477/TM)', [477], 'first'],
  ['ERROR: <script>: relay failed: Unfortunately error on sending to next hop occurred (477/TM)', [477], 'first'],
  ['INFO: <script>: reply 486 Busy Here from 10.1.1.20:5060 cid=5f3a2b1c@10.1.1.10', [486], 'first'],
  ['t_reply("404", "Not Found")', [404], 'first'],
  ['14:03:12.486   pjsua_call.c  .Call 2 is DISCONNECTED [reason=486 (Busy Here)]', [486], 'first'],
  ['pjsua_core.c  .RX 512 bytes Response msg 408/INVITE/cseq=1234 (rdata0x7f3a) from UDP 192.0.2.1:5060', [408], 'first'],
  ['pjsua_acc.c  ....SIP registration failed, status=401 (Unauthorized)', [401], 'first'],
  ['belle-sip-message-channel [0x7f2c]: received [642] new bytes from [udp://192.0.2.1:5060]: SIP/2.0 180 Ringing', [180], 'first'],
  ['  418 12.004518 192.0.2.1 → 198.51.100.2 SIP 612 Status: 404 Not Found |', [404], 'first'],
  ['Status-Line: SIP/2.0 481 Call/Transaction Does Not Exist', [481], 'first'],
  ['14:03:12.486  10.0.0.1:5060 ──── 487 Request Terminated ───► 10.0.0.2:5060', [487], 'first'],
  ['-- Got SIP response 503 "Service Unavailable" back from 203.0.113.10:5060', [503], 'first'],
  ['sofia/internal/1000@10.0.0.1 entering state [terminated][487]', [487], 'first'],
  ['Reason: SIP ;cause=487 ;text="ORIGINATOR_CANCEL"', [487], 'first'],
  // numbers that only look like codes
  ['2026-11-27 14:03:12.486', [486], 'not'],
  ['WARNING[486]: chan_sip.c:1234 handle_request_invite: Failed to authenticate', [486], 'not'],
  ['Content-Length: 486', [486], 'not'],
  ['received 488 bytes from 10.0.0.1:5060', [488], 'not'],
];

export const EN: Case[] = [
  ...common,
  // phrases and symptoms
  ['busy', [486, 600], 'top3'],
  ['not acceptable', [406, 488, 606], 'top3'],
  ['timeout', [408, 504], 'top3'],
  ['authentication', [401, 407], 'top3'],
  ['codec', [488, 415, 606], 'top5'],
  ['Busy Here', [486], 'first'],
  ['Decline', [603], 'first'],
  ['Service Unavailable', [503], 'first'],
  ['Request Terminated', [487], 'first'],
  ['Session Interval Too Small', [422], 'first'],
  ['Ringing', [180], 'first'],
  ['Not Found', [404], 'first'],
  ['Unwanted', [607], 'first'],
  ['Bad Identity-Info', [436], 'first'],
  // typing tolerance
  ['forbiden', [403], 'first'],
  ['time out', [408, 504], 'top3'],
  ['BUSY HERE', [486], 'first'],
  ['Temporarly Unavailable', [480], 'first'],
  ['unauthorised', [401], 'top3'],
  ['Servcie Unavailable', [503], 'first'],
  // wording inside a line with no number, and the phrases stacks send
  ['Call has been declined', [603], 'first'],
  ['Failed to authenticate on INVITE to "Bob" <sip:bob@pbx>', [401, 407], 'top3'],
  ['wrong password', [401, 407], 'top3'],
  ['user not found', [404], 'first'],
  ['no answer', [480, 408], 'top3'],
  ['call rejected', [403, 603], 'top5'],
  ['not registered', [480], 'top3'],
  ['Transaction canceled', [487], 'first'],
];

export const DE: Case[] = [
  ...common,
  // German words for what happened
  ['besetzt', [486, 600], 'top3'],
  ['abgelehnt', [603], 'top3'],
  ['nicht erreichbar', [480], 'top3'],
  ['Authentifizierung', [401, 407], 'top3'],
  ['Zeitüberschreitung', [408, 504], 'top3'],
  ['Teilnehmer besetzt', [486], 'first'],
  ['Codec', [488, 415, 606], 'top5'],
  ['Warteschlange', [182], 'top3'],
  ['Überlast', [503], 'top3'],
  // English phrases, because logs are in English
  ['Busy Here', [486], 'first'],
  ['not acceptable', [406, 488, 606], 'top3'],
  ['Decline', [603], 'first'],
  ['Service Unavailable', [503], 'first'],
  ['timeout', [408, 504], 'top3'],
  // typing tolerance
  ['besezt', [486, 600], 'top3'],
  ['Authentifiezierung', [401, 407], 'top3'],
  ['forbiden', [403], 'first'],
  ['BUSY HERE', [486], 'first'],
  ['time out', [408, 504], 'top3'],
  ['zeitueberschreitung', [408, 504], 'top3'],
  // everyday German
  ['Falsche Telefonnummer', [404, 484], 'top3'],
  ['Keine Antwort', [480, 408], 'top3'],
  ['Rufnummer unbekannt', [404], 'first'],
  ['Anrufer hat aufgelegt', [487], 'first'],
  ['falsches Passwort', [401, 407], 'top3'],
  ['Teilnehmer nicht registriert', [480], 'top3'],
  // English wording from logs on the German site
  ['Call has been declined', [603], 'first'],
  ['user not found', [404], 'first'],
  ['Failed to authenticate on INVITE to "Bob" <sip:bob@pbx>', [401, 407], 'top3'],
];
