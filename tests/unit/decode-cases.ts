// What the decoder must make of each paste in decode-fixtures.ts. One line per case:
//   [fixture, messages found (response code or request method, in order), formats seen,
//    problems of each message (keys, sorted), notes that must appear somewhere (keys),
//    notices about the whole paste (keys, in order)]
// Keys are those of the `decode.k` dictionary (src/i18n/en.ts).
export type DecodeCase = readonly [fixture: string, messages: readonly string[], formats: readonly string[], problems: readonly (readonly string[])[], has: readonly string[], notices: readonly string[]];

export const DECODE_CASES: readonly DecodeCase[] = [
  // log formats and line ends
  ['plain-486-crlf', ['486'], ['plain'], [['noToTag']], ['phraseCase', 'reasonQ850Text', 'warning', 'retryAfter', 'userAgent', 'answers'], ['found']],
  ['plain-486-lf', ['486'], ['plain'], [['noToTag']], ['phraseCase', 'reasonQ850Text', 'warning'], ['found']],
  ['asterisk-401', ['401'], ['asterisk'], [[]], ['final', 'authWww', 'authRealm', 'authAlgorithm', 'authQop', 'authStale', 'server', 'allow', 'tag.timer', 'tagUnknown'], ['found']],
  ['asterisk-logfile', ['INVITE', '100', '503'], ['asterisk'], [[], [], []], ['method.INVITE', 'answeredInPaste', 'answersInPaste', 'tag.100rel', 'tag.norefersub', 'sessionExpires', 'minSe', 'reasonQ850Text', 'retryAfterServer'], ['found']],
  ['asterisk-ipv6', ['480'], ['asterisk'], [[]], ['phraseIana'], ['found']],
  ['asterisk-chan-sip', ['404'], ['asterisk-chan-sip'], [[]], ['server'], ['found']],
  ['freeswitch-trace', ['INVITE', '422'], ['freeswitch'], [[], []], ['compact', 'tag.100rel', 'sessionExpires', 'below90', 'minSe', 'answersInPaste'], ['found']],
  ['freeswitch-indented', ['487'], ['freeswitch'], [[]], ['reasonSip'], ['found']],
  ['sngrep-txt', ['CANCEL', '200', '487'], ['sngrep'], [[], [], []], ['method.CANCEL', 'reasonSip', 'answersInPaste', 'answers'], ['found']],
  ['wireshark-follow', ['INVITE', '180', '486'], ['plain'], [[], [], []], ['answeredInPaste', 'reasonQ850'], ['found']],
  ['wireshark-tree', ['407'], ['wireshark-tree'], [[]], ['authProxy', 'authRealm', 'authAlgorithm', 'authQop'], ['found']],
  ['kamailio-syslog', ['488'], ['syslog'], [[]], ['warning'], ['unescapedSyslog', 'found']],
  ['kamailio-xlog-header', ['headers'], ['syslog'], [[]], ['headersOnly', 'reasonQ850Text'], ['found']],
  ['opensips-stderr', ['423'], ['syslog'], [[]], ['minExpires'], ['found']],
  ['pjsua-log', ['420'], ['pjsip'], [[]], ['unsupported', 'tagUnknown'], ['found']],
  ['json-string', ['603'], ['json'], [[]], ['reasonSip'], ['unescapedJson', 'found']],
  // header forms
  ['compact', ['INVITE'], ['plain'], [[]], ['compact', 'tag.100rel', 'sessionExpiresRefresher'], ['found']],
  ['folded', ['401'], ['plain'], [[]], ['authWww', 'authRealm', 'authAlgorithm', 'authNoQop'], ['found']],
  ['headers-only', ['headers'], ['plain'], [[]], ['headersOnly', 'reasonStir', 'warning'], ['found']],
  ['status-line-only', ['486'], ['plain'], [[]], ['startLineOnly', 'phraseIana'], ['found']],
  // what is wrong in a message
  ['bad-request', ['OPTIONS'], ['plain'], [['cseqMismatch', 'mandatoryMissing']], ['method.OPTIONS'], ['found']],
  ['cl-zero-with-body', ['200'], ['plain'], [['contentLengthZero']], [], ['found']],
  ['cl-too-long', ['200'], ['plain'], [['contentLengthLong']], [], ['found']],
  ['405-no-allow', ['405'], ['plain'], [['mustMissing']], ['methodUnusual'], ['found']],
  ['183-reliable-no-rseq', ['183'], ['plain'], [['mustMissing']], ['tag.100rel'], ['found']],
  ['183-unreliable', ['183'], ['plain'], [[]], ['provisional'], ['found']],
  ['duplicate-to', ['200'], ['plain'], [['duplicate']], [], ['found']],
  ['ack-answered', ['200'], ['plain'], [['ackAnswered']], [], ['found']],
  // phrases and codes
  ['phrase-sipsorcery', ['486'], ['plain'], [[]], ['phraseStacks'], ['found']],
  ['phrase-sofia-504', ['504'], ['plain'], [[]], ['phraseStacks'], ['found']],
  ['phrase-own', ['480'], ['plain'], [[]], ['phraseOther'], ['found']],
  ['unknown-code', ['499'], ['plain'], [[]], ['codeUnknown'], ['found']],
  ['302-contacts', ['302'], ['plain'], [[]], ['finalInvite', 'contact3xx', 'maxBreadth'], ['found']],
  ['494-sec-agree', ['494'], ['plain'], [[]], ['tag.sec-agree', 'securityServer'], ['found']],
  ['warning-392', ['404'], ['plain'], [[]], ['warningUnregistered'], ['found']],
  // bad input
  ['html', ['486'], ['plain'], [[]], [], ['html', 'found']],
  ['html-no-sip', [], [], [], [], ['html', 'noSipHtml']],
  ['binary', [], [], [], [], ['binary', 'noSipBinary']],
  ['empty', [], [], [], [], ['empty']],
  ['no-sip-10000-lines', [], [], [], [], ['charsCut', 'noSip']],
  ['one-megabyte', Array(50).fill('486'), ['plain'], Array(50).fill(['noToTag']), [], ['charsCut', 'messagesCut', 'found']],
  ['sixty-messages', Array(50).fill('486'), ['plain'], Array(50).fill(['noToTag']), [], ['messagesCut', 'found']],
];
