// Pastes as SIP software and tools print them, for the decoder's case table (decode-cases.ts).
// The frames follow the stacks' sources: Asterisk res/res_pjsip_logger.c (logging_on_rx_msg,
// logging_on_tx_msg), sofia-sip libsofia-sip-ua/tport/tport_logging.c (tport_stamp,
// MSG_SEPARATOR), sngrep src/sip.c (sip_get_msg_header) and src/curses/ui_save.c
// (save_msg_txt). Addresses are from the documentation ranges.
import { EXAMPLE_401, EXAMPLE_486, EXAMPLE_FREESWITCH } from '../../src/lib/decodeExamples.ts';

const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

const INVITE_SDP = `INVITE sip:+4989765432@203.0.113.9 SIP/2.0
Via: SIP/2.0/UDP 192.0.2.10:5060;rport;branch=z9hG4bKPj0b1c2d3e
From: <sip:+4930123456@192.0.2.10>;tag=5c9f1a2b
To: <sip:+4989765432@203.0.113.9>
Contact: <sip:+4930123456@192.0.2.10:5060>
Call-ID: 8d2f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7
CSeq: 4711 INVITE
Allow: OPTIONS, REGISTER, SUBSCRIBE, NOTIFY, PUBLISH, INVITE, ACK, BYE, CANCEL, UPDATE, PRACK, MESSAGE, REFER
Supported: 100rel, timer, replaces, norefersub
Session-Expires: 1800
Min-SE: 90
Max-Forwards: 70
User-Agent: Asterisk PBX 20.5.0
Content-Type: application/sdp
Content-Length:   156

v=0
o=- 1733311744 1733311744 IN IP4 192.0.2.10
s=Asterisk
c=IN IP4 192.0.2.10
t=0 0
m=audio 17000 RTP/AVP 8 0 101
a=rtpmap:101 telephone-event/8000
`;

export const FIXTURES: Record<string, string> = {
  'plain-486-crlf': EXAMPLE_486,
  'plain-486-lf': EXAMPLE_486.replace(/\r\n/g, '\n'),
  'asterisk-401': EXAMPLE_401,
  // A log file: ast_verbose puts the prefix on the frame line only; the message follows raw.
  'asterisk-logfile': `[Nov 27 15:00:01] VERBOSE[23817][C-0000002a] res_pjsip_logger.c: <--- Transmitting SIP request (812 bytes) to UDP:203.0.113.9:5060 --->
${crlf(INVITE_SDP)}
[Nov 27 15:00:01] VERBOSE[23817] res_pjsip_logger.c: <--- Received SIP response (354 bytes) from UDP:203.0.113.9:5060 --->
${crlf(`SIP/2.0 100 Trying
Via: SIP/2.0/UDP 192.0.2.10:5060;rport=5060;branch=z9hG4bKPj0b1c2d3e
From: <sip:+4930123456@192.0.2.10>;tag=5c9f1a2b
To: <sip:+4989765432@203.0.113.9>
Call-ID: 8d2f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7
CSeq: 4711 INVITE
Content-Length: 0
`)}
[Nov 27 15:00:04] VERBOSE[23817] res_pjsip_logger.c: <--- Received SIP response (501 bytes) from UDP:203.0.113.9:5060 --->
${crlf(`SIP/2.0 503 Service Unavailable
Via: SIP/2.0/UDP 192.0.2.10:5060;rport=5060;branch=z9hG4bKPj0b1c2d3e
From: <sip:+4930123456@192.0.2.10>;tag=5c9f1a2b
To: <sip:+4989765432@203.0.113.9>;tag=sbc-77c1
Call-ID: 8d2f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7
CSeq: 4711 INVITE
Reason: Q.850;cause=34;text="No circuit/channel available"
Retry-After: 120
Server: SBC
Content-Length: 0
`)}
[Nov 27 15:00:04] VERBOSE[23817][C-0000002a] pbx.c:   == Spawn extension (from-internal, 4989765432, 1) exited non-zero on 'PJSIP/1001-00000012'`,
  'asterisk-ipv6': `<--- Received SIP response (420 bytes) from UDP:[2001:db8::5]:5060 --->
${crlf(`SIP/2.0 480 Temporarily Unavailable
Via: SIP/2.0/UDP [2001:db8::10]:5060;branch=z9hG4bKPj6a
From: <sip:1001@example.com>;tag=aa1
To: <sip:2002@example.com>;tag=bb2
Call-ID: v6call@2001:db8::10
CSeq: 9 INVITE
Content-Length: 0
`)}`,
  'asterisk-chan-sip': `<--- SIP read from UDP:203.0.113.9:5060 --->
SIP/2.0 404 Not Found
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK2d4790a1;received=192.0.2.10;rport=5060
From: "1001" <sip:1001@192.0.2.10>;tag=as3f2a1b0c
To: <sip:0800123@203.0.113.9>;tag=1a2b3c
Call-ID: 4c1f09e85b1e3a7e0d2a6d5e3f1c8b7a@192.0.2.10:5060
CSeq: 102 INVITE
Server: Sippy
Content-Length: 0

<------------->`,
  'freeswitch-trace': EXAMPLE_FREESWITCH,
  // Older FreeSWITCH releases indented every line by three spaces and closed with a separator.
  'freeswitch-indented': `recv 512 bytes from udp/[203.0.113.9]:5060 at 09:14:02.118204:
   ------------------------------------------------------------------------
   SIP/2.0 487 Request Terminated
   Via: SIP/2.0/UDP 192.0.2.20;rport=5060;branch=z9hG4bKm3p1
   From: <sip:4930123456@192.0.2.20>;tag=Hc8t1
   To: <sip:4989765432@203.0.113.9>;tag=as1234
   Call-ID: 6f0b3d1a-77aa-4c3e-a1f2-0e9d8c7b6a54
   CSeq: 129331 INVITE
   Reason: SIP;cause=487;text="ORIGINATOR_CANCEL"
   Content-Length: 0
   ------------------------------------------------------------------------`,
  'sngrep-txt': `2024/03/11 10:22:31.512034 192.0.2.10:5060 -> 203.0.113.9:5060
${crlf(`CANCEL sip:2002@203.0.113.9 SIP/2.0
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK1a2b
Max-Forwards: 70
From: <sip:1001@example.com>;tag=f1
To: <sip:2002@example.com>
Call-ID: cancel-demo@192.0.2.10
CSeq: 7 CANCEL
Reason: SIP;cause=200;text="Call completed elsewhere"
Content-Length: 0
`)}

2024/03/11 10:22:31.530112 203.0.113.9:5060 -> 192.0.2.10:5060
${crlf(`SIP/2.0 200 OK
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK1a2b
From: <sip:1001@example.com>;tag=f1
To: <sip:2002@example.com>;tag=t9
Call-ID: cancel-demo@192.0.2.10
CSeq: 7 CANCEL
Content-Length: 0
`)}

2024/03/11 10:22:31.531870 203.0.113.9:5060 -> 192.0.2.10:5060
${crlf(`SIP/2.0 487 Request Terminated
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK1a2b
From: <sip:1001@example.com>;tag=f1
To: <sip:2002@example.com>;tag=t9
Call-ID: cancel-demo@192.0.2.10
CSeq: 7 INVITE
Content-Length: 0
`)}
`,
  // Follow → UDP Stream, shown as ASCII: the messages back to back, nothing in between.
  'wireshark-follow': crlf(INVITE_SDP) + crlf(`SIP/2.0 180 Ringing
Via: SIP/2.0/UDP 192.0.2.10:5060;rport=5060;branch=z9hG4bKPj0b1c2d3e
From: <sip:+4930123456@192.0.2.10>;tag=5c9f1a2b
To: <sip:+4989765432@203.0.113.9>;tag=gw-81
Call-ID: 8d2f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7
CSeq: 4711 INVITE
Contact: <sip:+4989765432@203.0.113.9>
Content-Length: 0

SIP/2.0 486 Busy Here
Via: SIP/2.0/UDP 192.0.2.10:5060;rport=5060;branch=z9hG4bKPj0b1c2d3e
From: <sip:+4930123456@192.0.2.10>;tag=5c9f1a2b
To: <sip:+4989765432@203.0.113.9>;tag=gw-81
Call-ID: 8d2f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7
CSeq: 4711 INVITE
Reason: Q.850;cause=17
Content-Length: 0

`),
  // Copy → All Visible Items of an expanded packet: items indented by four spaces per level.
  'wireshark-tree': `Session Initiation Protocol (407)
    Status-Line: SIP/2.0 407 Proxy Authentication Required
        Status-Code: 407
        [Resent Packet: False]
        [Request Frame: 12]
        [Response Time (ms): 21]
    Message Header
        Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK77ef;received=192.0.2.10
            Transport: UDP
            Sent-by Address: 192.0.2.10
            Branch: z9hG4bK77ef
        From: <sip:1001@example.com>;tag=a1b2
            SIP from address: sip:1001@example.com
            SIP from tag: a1b2
        To: <sip:2002@example.com>;tag=prx-5
        Call-ID: 99e1@192.0.2.10
        CSeq: 1 INVITE
            Sequence Number: 1
            Method: INVITE
        Proxy-Authenticate: Digest realm="example.com", nonce="Y2F0ZmlzaA", algorithm=SHA-256, qop="auth"
        Content-Length: 0`,
  // rsyslog writes the CR LF of xlog("L_INFO", "$mb") as #015#012 on one line.
  'kamailio-syslog': `Mar 11 10:22:31 sbc1 /usr/sbin/kamailio[2211]: INFO: <script>: reply received: SIP/2.0 488 Not Acceptable Here#015#012Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK0ab1.7e1#015#012From: <sip:4930123456@198.51.100.7>;tag=k1#015#012To: <sip:4989765432@203.0.113.9>;tag=t2#015#012Call-ID: kam-1@198.51.100.7#015#012CSeq: 10 INVITE#015#012Warning: 305 gw1.example.net "Incompatible media format"#015#012Content-Length: 0#015#012#015#012`,
  // An xlog line that prints one header, not the message.
  'kamailio-xlog-header': `Mar 11 10:22:31 sbc1 /usr/sbin/kamailio[2211]: NOTICE: <script>: [kam-9@198.51.100.7] BYE from 203.0.113.9 Reason: Q.850;cause=16;text="NORMAL_CLEARING"`,
  // OpenSIPS logging to stderr: xlog's prefix on the first line, the rest of $mb raw.
  'opensips-stderr': `Mar 11 10:22:31 [3301] INFO:core:xlog: SIP/2.0 423 Interval Too Brief
Via: SIP/2.0/UDP 192.0.2.30:5060;branch=z9hG4bK55
From: <sip:3003@example.com>;tag=r1
To: <sip:3003@example.com>;tag=reg-1
Call-ID: reg-3003@192.0.2.30
CSeq: 2 REGISTER
Min-Expires: 3600
Content-Length: 0
`,
  // pjsua: "RX 512 bytes Response msg … from UDP host:port:" then the message, then --end msg--.
  'pjsua-log': `15:01:02.345    pjsua_core.c  .RX 398 bytes Response msg 420/INVITE/cseq=20580 (rdata0x7f3a8c001e48) from UDP 203.0.113.9:5060:
SIP/2.0 420 Bad Extension
Via: SIP/2.0/UDP 192.0.2.40:5060;rport=5060;received=192.0.2.40;branch=z9hG4bKPjabc
Call-ID: pj-20580
From: <sip:4004@example.com>;tag=pjt1
To: <sip:5005@example.com>;tag=srv9
CSeq: 20580 INVITE
Unsupported: foo-ext
Content-Length:  0


--end msg--`,
  compact: crlf(`INVITE sip:bob@example.com SIP/2.0
v: SIP/2.0/TCP 192.0.2.50:5060;branch=z9hG4bKc1
f: <sip:alice@example.com>;tag=c1
t: <sip:bob@example.com>
i: compact-1@192.0.2.50
CSeq: 1 INVITE
m: <sip:alice@192.0.2.50;transport=tcp>
k: 100rel
x: 600;refresher=uac
o: presence
u: presence, dialog
r: <sip:carol@example.com>
b: <sip:alice@example.com>
Max-Forwards: 70
l: 0

`),
  folded: crlf(`SIP/2.0 401 Unauthorized
Via: SIP/2.0/UDP 192.0.2.60:5060;branch=z9hG4bKf1
From: <sip:6006@example.com>;tag=f1
To: <sip:6006@example.com>;tag=f2
Call-ID: folded-1
CSeq: 3 REGISTER
WWW-Authenticate: Digest realm="example.com",
   nonce="0a4f113b",
\topaque="5ccc069c403ebaf9f0171e9517f40e41", algorithm=MD5
Content-Length: 0

`),
  'json-string': `{"ts":"2024-03-11T10:22:31Z","dir":"in","raw":"SIP/2.0 603 Decline\\r\\nVia: SIP/2.0/UDP 192.0.2.70:5060;branch=z9hG4bKj1\\r\\nFrom: <sip:a@example.com>;tag=j1\\r\\nTo: <sip:b@example.com>;tag=j2\\r\\nCall-ID: json-1\\r\\nCSeq: 5 INVITE\\r\\nReason: SIP;cause=603;text=\\"Declined\\"\\r\\nContent-Length: 0\\r\\n\\r\\n"}`,
  'headers-only': `Reason: STIR ;cause=436 ;text="Bad Identity Info"
Warning: 399 verifier.example.net "Identity header could not be verified"`,
  'status-line-only': 'SIP/2.0 486 Busy Here',
  'bad-request': crlf(`OPTIONS sip:gw@example.com SIP/2.0
Via: SIP/2.0/UDP 192.0.2.80:5060;branch=z9hG4bKb1
From: <sip:mon@example.com>;tag=b1
To: <sip:gw@example.com>
Call-ID: bad-1
CSeq: 1 INVITE
Content-Length: 0

`),
  'cl-zero-with-body': crlf(`SIP/2.0 200 OK
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKz1
From: <sip:a@example.com>;tag=z1
To: <sip:b@example.com>;tag=z2
Call-ID: zero-1
CSeq: 1 INVITE
Contact: <sip:b@203.0.113.9>
Content-Type: application/sdp
Content-Length: 0

v=0
o=- 1 1 IN IP4 203.0.113.9
s=-
`),
  'cl-too-long': crlf(`SIP/2.0 200 OK
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKz2
From: <sip:a@example.com>;tag=z1
To: <sip:b@example.com>;tag=z2
Call-ID: long-1
CSeq: 2 INVITE
Contact: <sip:b@203.0.113.9>
Content-Type: application/sdp
Content-Length: 400

v=0
o=- 1 1 IN IP4 203.0.113.9
s=-
`),
  '405-no-allow': crlf(`SIP/2.0 405 Method Not Allowed
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK405
From: <sip:a@example.com>;tag=m1
To: <sip:b@example.com>;tag=m2
Call-ID: m405
CSeq: 9 PUBLISH
Content-Length: 0

`),
  '183-reliable-no-rseq': crlf(`SIP/2.0 183 Session Progress
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK183
From: <sip:a@example.com>;tag=p1
To: <sip:b@example.com>;tag=p2
Call-ID: p183
CSeq: 1 INVITE
Contact: <sip:b@203.0.113.9>
Require: 100rel
Content-Length: 0

`),
  '183-unreliable': crlf(`SIP/2.0 183 Session Progress
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK184
From: <sip:a@example.com>;tag=p1
To: <sip:b@example.com>
Call-ID: p184
CSeq: 1 INVITE
Content-Length: 0

`),
  'phrase-sipsorcery': crlf(`SIP/2.0 486 BusyHere
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKss
From: <sip:a@example.com>;tag=s1
To: <sip:b@example.com>;tag=s2
Call-ID: ss-1
CSeq: 1 INVITE
Content-Length: 0

`),
  'phrase-sofia-504': 'SIP/2.0 504 Gateway Time-out',
  'phrase-own': 'SIP/2.0 480 Teilnehmer nicht erreichbar',
  'unknown-code': 'SIP/2.0 499 Client Error',
  '302-contacts': crlf(`SIP/2.0 302 Moved Temporarily
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK302
From: <sip:a@example.com>;tag=r1
To: <sip:b@example.com>;tag=r2
Call-ID: r302
CSeq: 1 INVITE
Contact: <sip:+4989111@gw1.example.net>;q=0.9, <sip:voicemail@vm.example.net>;q=0.1
Max-Breadth: 4
Content-Length: 0

`),
  '494-sec-agree': crlf(`SIP/2.0 494 Security Agreement Required
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK494
From: <sip:ue@ims.example.net>;tag=i1
To: <sip:ue@ims.example.net>;tag=i2
Call-ID: ims-494
CSeq: 1 REGISTER
Require: sec-agree
Security-Server: ipsec-3gpp;q=0.1;alg=hmac-sha-1-96;spi-c=1111;spi-s=2222;port-c=5062;port-s=5064, tls;q=0.2
Content-Length: 0

`),
  'duplicate-to': crlf(`SIP/2.0 200 OK
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKd
From: <sip:a@example.com>;tag=d1
To: <sip:b@example.com>;tag=d2
To: <sip:c@example.com>;tag=d3
Call-ID: dup-1
CSeq: 1 OPTIONS
Content-Length: 0

`),
  'ack-answered': crlf(`SIP/2.0 200 OK
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKa
From: <sip:a@example.com>;tag=a1
To: <sip:b@example.com>;tag=a2
Call-ID: ack-1
CSeq: 1 ACK
Content-Length: 0

`),
  'warning-392': crlf(`SIP/2.0 404 Not Found
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKw
From: <sip:a@example.com>;tag=w1
To: <sip:b@example.com>;tag=w2
Call-ID: w392
CSeq: 1 INVITE
Warning: 392 198.51.100.7:5060 "Noisy feedback tells:  pid=2211 req_src_ip=192.0.2.10 req_src_port=5060 in_uri=sip:b@example.com out_uri=sip:b@example.com via_cnt==1"
Content-Length: 0

`),
  html: `<!DOCTYPE html><html><body><pre>SIP/2.0 486 Busy Here
Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKh
From: &lt;sip:a@example.com&gt;;tag=h1
To: &lt;sip:b@example.com&gt;;tag=h2
Call-ID: html-1
CSeq: 1 INVITE
Content-Length: 0
</pre></body></html>`,
  'html-no-sip': '<!doctype html><html><head><title>Login</title></head><body><p>Session expired</p></body></html>',
  binary: '\u0000\u0001\u0002\u00d4\u00c3\u00b2\u00a1\u0002\u0000\u0004\u0000\u0000\u0000\u0000\u0000\ufffd\ufffd\u0000\u0000\u0001\u0000\u0000\u0000'.repeat(40),
  empty: '   \n\n  ',
  'no-sip-10000-lines': Array.from({ length: 10000 }, (_, i) => `2024-03-11 10:${String(i % 60).padStart(2, '0')}:00 app[42]: heartbeat ok #${i}`).join('\n'),
  'one-megabyte': (EXAMPLE_486 + '\r\n').repeat(Math.ceil((1024 * 1024) / (EXAMPLE_486.length + 2))).slice(0, 1024 * 1024),
  'sixty-messages': Array.from({ length: 60 }, () => EXAMPLE_486 + '\r\n').join(''),
};
