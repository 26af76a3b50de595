// The decoder's example pastes, each in the form a real tool prints it (addresses from the
// documentation ranges of RFC 5737). Used by the page's example buttons and by the tests.
const CRLF = (lines: string[]) => lines.join('\r\n');

/** A REGISTER challenged by a registrar, as Asterisk's `pjsip set logger on` prints it. */
export const EXAMPLE_401 = `<--- Received SIP response (548 bytes) from UDP:203.0.113.5:5060 --->
${CRLF([
  'SIP/2.0 401 Unauthorized',
  'Via: SIP/2.0/UDP 192.0.2.10:5060;rport=5060;received=192.0.2.10;branch=z9hG4bKPj5e1b2c',
  'Call-ID: 7f3c2a9e-1d4b-4c55-9a0e-3b1f6d2e8c41',
  'From: <sip:1001@sip.example.com>;tag=8a1c0f2e-55d3',
  'To: <sip:1001@sip.example.com>;tag=as6b2f1e0c',
  'CSeq: 18722 REGISTER',
  'WWW-Authenticate: Digest realm="sip.example.com", nonce="1733311744/4f0e0c4f9d6a1f0b", opaque="5c2a1e0f", algorithm=MD5, qop="auth", stale=true',
  'Server: Asterisk PBX 20.5.0',
  'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER, SUBSCRIBE, NOTIFY, REFER, MESSAGE',
  'Supported: replaces, timer',
  'Content-Length:  0',
  '',
  '',
])}`;

/** A call rejected busy by a gateway that adds Reason and Warning, as a plain message. */
export const EXAMPLE_486 = CRLF([
  'SIP/2.0 486 Busy here',
  'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74bf9;received=192.0.2.10',
  'From: "Alice" <sip:+4930123456@example.com>;tag=9fxced76sl',
  'To: <sip:+4989765432@gw1.example.net>',
  'Call-ID: 3848276298220188511@192.0.2.10',
  'CSeq: 1 INVITE',
  'Reason: Q.850;cause=17;text="USER_BUSY"',
  'Warning: 399 gw1.example.net "Callee is busy on another line"',
  'Retry-After: 300',
  'User-Agent: FreeSWITCH-mod_sofia/1.10.12',
  'Content-Length: 0',
  '',
]);

/** An INVITE and its 488 as FreeSWITCH's `sofia global siptrace on` prints them. */
export const EXAMPLE_FREESWITCH = `recv 724 bytes from udp/[198.51.100.20]:5060 at 14:02:11.204871:
------------------------------------------------------------------------
INVITE sip:4989765432@203.0.113.5 SIP/2.0
v: SIP/2.0/UDP 198.51.100.20:5060;branch=z9hG4bK-d8754z-1f2a
f: <sip:4930123456@198.51.100.20>;tag=ab12cd
t: <sip:4989765432@203.0.113.5>
i: 0f1e2d3c4b5a@198.51.100.20
CSeq: 102 INVITE
Max-Forwards: 70
m: <sip:4930123456@198.51.100.20:5060>
k: timer, 100rel
Session-Expires: 60
c: application/sdp
l: 125

v=0
o=- 3912 3912 IN IP4 198.51.100.20
s=-
c=IN IP4 198.51.100.20
t=0 0
m=audio 4000 RTP/AVP 18
a=rtpmap:18 G729/8000
send 602 bytes to udp/[198.51.100.20]:5060 at 14:02:11.206390:
------------------------------------------------------------------------
SIP/2.0 422 Session Interval Too Small
Via: SIP/2.0/UDP 198.51.100.20:5060;branch=z9hG4bK-d8754z-1f2a
From: <sip:4930123456@198.51.100.20>;tag=ab12cd
To: <sip:4989765432@203.0.113.5>;tag=Q8g1vUm3
Call-ID: 0f1e2d3c4b5a@198.51.100.20
CSeq: 102 INVITE
Min-SE: 120
User-Agent: FreeSWITCH-mod_sofia/1.10.12
Content-Length: 0

`;
