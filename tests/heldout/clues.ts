// A held-out check for search: 100 clues as engineers paste them, written from the stacks'
// sources and log formats (content/reference/stacks/, ../shared/stacks/README.md) before the
// query reader was built, and deliberately NOT used to tune it case by case. The unit tests and
// tests/e2e/search-queries.ts are the cases the reader is built against; this file measures how
// well it does on clues it has not seen. Run it with tests/tools/heldout.ts against a built site.
//
// One line per clue: [page language, clue, acceptable first results]. A result is
// "code:486", "cause:17", "warning:305" or "fs:ORIGINATOR_CANCEL". Where two answers are
// equally right (401 or 407 for a failed authentication), both are listed.
export type Expected = `code:${number}` | `cause:${number}` | `warning:${number}` | `fs:${string}`;
export type Clue = readonly [lang: 'en' | 'de', clue: string, first: readonly Expected[]];

export const CLUES: readonly Clue[] = [
  // FreeSWITCH console, channel variables and CDRs
  ['en', '2026-11-27 14:03:12.486021 [NOTICE] sofia.c:8736 Hangup sofia/external/+4930123456@203.0.113.10 [CS_CONSUME_MEDIA] [NO_ROUTE_DESTINATION]', ['cause:3']],
  ['en', '[NOTICE] switch_channel.c:4091 Hangup sofia/internal/1001@10.0.0.5 [CS_EXECUTE] [CALL_REJECTED]', ['cause:21']],
  ['en', '[ERR] mod_dptools.c:3578 Originate Failed.  Cause: USER_NOT_REGISTERED', ['fs:USER_NOT_REGISTERED']],
  ['de', 'Originate Failed. Cause: NORMAL_CIRCUIT_CONGESTION', ['cause:34']],
  ['en', 'variable_hangup_cause: [NORMAL_TEMPORARY_FAILURE]', ['cause:41']],
  ['en', 'variable_sip_term_status: [503]', ['code:503']],
  ['en', 'variable_proto_specific_hangup_cause: [sip:480]', ['code:480']],
  ['en', '<hangup_cause_q850>18</hangup_cause_q850>', ['cause:18']],
  ['en', '"hangup_cause":"MEDIA_TIMEOUT"', ['fs:MEDIA_TIMEOUT']],
  ['en', 'sofia/external/0049301234@sip.carrier.de entering state [terminated][404]', ['code:404']],
  ['en', "[WARNING] sofia_reg.c:1828 SIP auth failure (INVITE) on sofia profile 'internal' for [2000@10.0.0.1] from ip 192.0.2.44", ['code:403', 'code:401', 'code:407']],
  ['en', "[WARNING] sofia_reg.c:3186 Can't find user [1004@10.0.0.1] from 192.0.2.44", ['code:404', 'code:403']],
  ['en', 'Hangup sofia/external/+15551234567@gw [CS_CONSUME_MEDIA] [LOSE_RACE]', ['fs:LOSE_RACE']],
  ['en', 'sip_hangup_disposition=recv_cancel hangup_cause=ORIGINATOR_CANCEL', ['fs:ORIGINATOR_CANCEL']],
  ['de', 'hangup_cause=PROGRESS_TIMEOUT', ['fs:PROGRESS_TIMEOUT']],
  ['en', 'last_bridge_hangup_cause=NO_USER_RESPONSE', ['cause:18']],
  // Asterisk: verbose console, dialplan, CDR, headers
  ['en', 'HANGUPCAUSE=34', ['cause:34']],
  ['de', '-- Executing [h@from-trunk:1] NoOp("PJSIP/trunk-0000002a", "HANGUPCAUSE: 19") in new stack', ['cause:19']],
  ['en', 'X-Asterisk-HangupCauseCode: 17', ['cause:17']],
  ['en', 'X-Asterisk-HangupCause: Normal Clearing', ['cause:16']],
  ['en', 'AST_CAUSE_NO_ROUTE_DESTINATION', ['cause:3']],
  ['en', '[Nov 27 14:03:12] WARNING[2214][C-00000007]: chan_sip.c:24460 handle_response_invite: Received response: "Forbidden" from \'"1000" <sip:1000@10.0.0.5>;tag=as3b2a\'', ['code:403']],
  ['en', '-- Got SIP response 503 "Service Unavailable" back from 203.0.113.10:5060', ['code:503']],
  ['en', '== Everyone is busy/congested at this time (1:1/0/0)', ['code:486', 'cause:17']],
  ['en', "NOTICE[31337][C-0000000b]: res_pjsip_session.c:3700 new_invite: Call (UDP:192.0.2.7:5060) to extension '004930123456' rejected because extension not found in context 'from-external'.", ['code:404']],
  ['de', "WARNING[1234]: res_pjsip_outbound_registration.c:1000 handle_registration_response: Fatal response '403' received from 'sip:sip.provider.de' on registration attempt to 'sip:4930123@sip.provider.de', stopping outbound registration", ['code:403']],
  ['en', '-- PJSIP/trunk-00000012 is circuit-busy', ['code:503', 'cause:34']],
  ['en', '"","1000","004930123","from-internal","""Alice"" <1000>","PJSIP/1000-00000004","PJSIP/trunk-00000005","Dial","PJSIP/004930123@trunk,60","2026-11-27 10:15:00","2026-11-27 10:15:00","2026-11-27 10:16:00",60,0,"NO ANSWER","DOCUMENTATION","1764238500.4",""', ['code:480', 'code:408', 'cause:19']],
  ['en', "res_pjsip_session.c: Session 'trunk-0000001f': Received 488 Not Acceptable Here", ['code:488']],
  ['en', 'AST_CAUSE_UNREGISTERED', ['cause:20']],
  // Kamailio and OpenSIPS: xlog lines, script calls, replies with their internal suffix
  ['en', 'INFO: <script>: [INVITE] reply 486 Busy Here from 10.1.1.20:5060 cid=5f3a2b1c@10.1.1.10', ['code:486']],
  ['en', 'SIP/2.0 477 Unfortunately error on sending to next hop occurred (477/TM)', ['code:477']],
  ['en', 'SIP/2.0 478 Unresolvable destination (478/SL)', ['code:478']],
  ['en', 'Warning: 392 10.1.1.1:5060 "Noisy feedback tells: pid=2718 req_src_ip=192.0.2.50 req_src_port=5060 in_uri=sip:bob@example.com out_uri=sip:bob@10.1.1.20:5060 via_cnt==1"', ['warning:392']],
  ['en', 'failure route: $rs=408 $rr=Request Timeout ruri=sip:3000@10.0.0.9', ['code:408']],
  ['en', 'sl_send_reply("404", "User Not Found")', ['code:404']],
  ['en', 't_reply("483", "Too Many Hops")', ['code:483']],
  ['en', "SIP/2.0 500 I'm terribly sorry, server error occurred (7/SL)", ['code:500']],
  ['en', 'do_routing: got 503 reply from gateway 10.2.2.2, trying next destination', ['code:503']],
  // pjsua and PJSIP
  ['en', '14:03:12.486   pjsua_call.c  .Call 2 is DISCONNECTED [reason=486 (Busy Here)]', ['code:486']],
  ['en', '14:03:12.003   pjsua_acc.c  ....SIP registration failed, status=401 (Unauthorized)', ['code:401']],
  ['en', 'pjsua_core.c  .RX 512 bytes Response msg 408/INVITE/cseq=1234 (rdata0x7f3a) from UDP 192.0.2.1:5060', ['code:408']],
  ['de', 'Registrierung fehlgeschlagen, status=403 (Forbidden)', ['code:403']],
  ['en', 'Warning: 399 sbc.example.net "No suitable codec for remote offer"', ['warning:399']],
  ['en', 'Warning: 390 192.0.2.10 "Media negotiation failed"', ['warning:390']],
  // Linphone and belle-sip
  ['en', '2026-11-27 14:03:12:486 liblinphone-message-Call [0x5621a] changed state from [OutgoingRinging] to [Error]: reason=Declined', ['code:603']],
  ['en', 'belle-sip-message-channel [0x7f2c]: received [642] new bytes from [udp://192.0.2.1:5060]: SIP/2.0 180 Ringing', ['code:180']],
  ['en', 'LinphoneReasonNotAnswered', ['code:408', 'code:480']],
  ['en', 'LinphoneReasonBusy', ['code:486']],
  ['en', 'LinphoneReasonUnsupportedContent', ['code:415']],
  // sngrep call flows
  ['en', '  14:03:12.486  10.0.0.1:5060 ──── 487 Request Terminated ───► 10.0.0.2:5060', ['code:487']],
  ['en', '│ 14:03:13.001 │ 10.0.0.2:5060 ◄── 183 Session Progress ── 10.0.0.1:5060 │', ['code:183']],
  // Wireshark and tshark
  ['en', '  418 12.004518 192.0.2.1 → 198.51.100.2 SIP 612 Status: 404 Not Found |', ['code:404']],
  ['en', 'Status-Line: SIP/2.0 481 Call/Transaction Does Not Exist', ['code:481']],
  ['en', 'Status-Code: 422', ['code:422']],
  ['en', '[Expert Info (Note/Sequence): Status: 407 Proxy Authentication Required]', ['code:407']],
  // Microsoft Teams Direct Routing
  ['en', 'Final SIP code: 503, Final Microsoft subcode: 560503', ['code:503']],
  ['en', 'ms-diagnostics: 560486;reason="Gateway returned a SIP failure code";source="sbc.contoso.com"', ['code:486']],
  ['de', 'Microsoft-Subcode 560480', ['code:480']],
  ['en', 'Final Microsoft subcode 560408, SIP phrase: Request Timeout', ['code:408']],
  // Yate
  ['en', "Call 'sip/12' hungup reason=noanswer", ['cause:19']],
  ['en', 'chan.hangup: reason=congestion cause_sip=503', ['code:503', 'cause:34']],
  ['en', 'reason=normal-clearing', ['cause:16']],
  // Reason headers (RFC 3326)
  ['en', 'Reason: Q.850;cause=16;text="Normal call clearing"', ['cause:16']],
  ['en', 'Reason: SIP;cause=200;text="Call completed elsewhere"', ['code:200']],
  ['de', 'Reason: Q.850 ;cause=31', ['cause:31']],
  ['en', 'Reason: SIP ;cause=503 ;text="Service Unavailable"', ['code:503']],
  ['en', 'Reason: Q.850;cause=102', ['cause:102']],
  // Causes by number or name
  ['en', 'ISDN cause 1', ['cause:1']],
  ['de', 'Ursache 21', ['cause:21']],
  ['de', 'Q.850 Cause 17 Teilnehmer besetzt', ['cause:17']],
  ['en', 'release cause 41 (temporary failure)', ['cause:41']],
  ['en', 'disconnect cause=16', ['cause:16']],
  ['en', 'cause code 127 interworking unspecified', ['cause:127']],
  ['en', 'NORMAL_UNSPECIFIED', ['cause:31']],
  ['de', 'USER_BUSY', ['cause:17']],
  ['en', 'RECOVERY_ON_TIMER_EXPIRE', ['cause:102']],
  ['en', 'SUBSCRIBER_ABSENT', ['cause:20']],
  ['en', 'cause 0', ['fs:NONE']],
  // Warning headers
  ['en', 'Warning: 305 gw1.example.net "Incompatible media format"', ['warning:305']],
  ['de', 'Warning: 370 sbc "Insufficient bandwidth"', ['warning:370']],
  ['en', 'Warning: 301 10.0.0.1 "Incompatible network address formats"', ['warning:301']],
  // Words without a number
  ['en', 'Call has been declined', ['code:603']],
  ['en', 'Failed to authenticate on INVITE to "Bob" <sip:bob@pbx>', ['code:401', 'code:407']],
  ['en', 'the number you have dialled is not in service', ['code:404', 'code:604', 'cause:1']],
  ['en', 'request timed out', ['code:408']],
  ['en', 'no common codec', ['code:488']],
  ['en', 'transaction does not exist', ['code:481']],
  ['en', 'Session Timer Too Small', ['code:422']],
  ['en', 'Event Package Not Supported', ['code:489']],
  ['en', 'BusyHere', ['code:486']],
  // German wording
  ['de', 'Falsche Telefonnummer', ['code:404', 'code:484']],
  ['de', 'Keine Antwort', ['code:480', 'code:408', 'cause:19']],
  ['de', 'Rufnummer unbekannt', ['code:404']],
  ['de', 'Anrufer hat aufgelegt', ['code:487', 'fs:ORIGINATOR_CANCEL']],
  ['de', 'falsches Passwort', ['code:401', 'code:407', 'code:403']],
  ['de', 'Zeitüberschreitung beim Verbindungsaufbau', ['code:408', 'code:504']],
  ['de', 'Teilnehmer nicht registriert', ['code:480', 'code:404', 'fs:USER_NOT_REGISTERED']],
  // Typing slips
  ['en', 'Servise Unavailable', ['code:503']],
  ['en', 'Reqest Terminated', ['code:487']],
];
