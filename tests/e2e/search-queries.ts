// What people type or paste, and the code(s) they must get. One line per case:
//   [query, expected codes, where]  where = 'first': the first result is the first code;
//   'top3' / 'top5': every expected code is among the first 3 / 5 results;
//   'class': the first result is the class page; 'unknown': the "not registered" note.
export type Where = 'first' | 'top3' | 'top5' | 'class' | 'unknown';
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
];
