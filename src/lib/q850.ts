// ISUP/Q.850 cause mapping of RFC 3398, transcribed from its two tables; the unit test
// q850.test.ts re-reads content/reference/rfc3398-tables.txt and checks every row.

/** Footnote marks used in the RFC's tables; their meaning is explained on the page. */
export type Q850Note = 'credentials' | 'remedy' | 'user-location' | 'diagnostic' | 'ansi' | 'warning';

export interface CauseRow {
  cause: number;
  name: string; // as RFC 3398 names it
  code: number | null; // null: no status code (cause 16 ends the call with BYE or CANCEL)
  note?: Q850Note;
}

/** RFC 3398 §7.2.4.1: ISUP cause received → SIP status code sent. */
export const CAUSE_TO_SIP: readonly CauseRow[] = [
  { cause: 1, name: 'Unallocated number', code: 404 },
  { cause: 2, name: 'No route to network', code: 404 },
  { cause: 3, name: 'No route to destination', code: 404 },
  { cause: 16, name: 'Normal call clearing', code: null },
  { cause: 17, name: 'User busy', code: 486 },
  { cause: 18, name: 'No user responding', code: 408 },
  { cause: 19, name: 'No answer from the user', code: 480 },
  { cause: 20, name: 'Subscriber absent', code: 480 },
  { cause: 21, name: 'Call rejected', code: 403, note: 'user-location' },
  { cause: 22, name: 'Number changed (without diagnostic)', code: 410 },
  { cause: 22, name: 'Number changed (with diagnostic)', code: 301, note: 'diagnostic' },
  { cause: 23, name: 'Redirection to new destination', code: 410 },
  { cause: 26, name: 'Non-selected user clearing', code: 404, note: 'ansi' },
  { cause: 27, name: 'Destination out of order', code: 502 },
  { cause: 28, name: 'Address incomplete', code: 484 },
  { cause: 29, name: 'Facility rejected', code: 501 },
  { cause: 31, name: 'Normal, unspecified', code: 480 },
  { cause: 34, name: 'No circuit available', code: 503 },
  { cause: 38, name: 'Network out of order', code: 503 },
  { cause: 41, name: 'Temporary failure', code: 503 },
  { cause: 42, name: 'Switching equipment congestion', code: 503 },
  { cause: 47, name: 'Resource unavailable', code: 503 },
  { cause: 55, name: 'Incoming calls barred within CUG', code: 403 },
  { cause: 57, name: 'Bearer capability not authorized', code: 403 },
  { cause: 58, name: 'Bearer capability not presently available', code: 503 },
  { cause: 65, name: 'Bearer capability not implemented', code: 488 },
  { cause: 70, name: 'Only restricted digital information bearer capability available', code: 488 },
  { cause: 79, name: 'Service or option not implemented', code: 501 },
  { cause: 87, name: 'User not member of CUG', code: 403 },
  { cause: 88, name: 'Incompatible destination', code: 503 },
  { cause: 102, name: 'Recovery on timer expiry', code: 504 },
  { cause: 111, name: 'Protocol error', code: 500 },
  { cause: 127, name: 'Interworking, unspecified', code: 500 },
];

/** RFC 3398 §8.2.6.1: SIP status code received → cause sent in the REL. */
export const SIP_TO_CAUSE: ReadonlyMap<number, { cause: number | null; name: string; note?: Q850Note }> = new Map([
  [400, { cause: 41, name: 'Temporary failure' }],
  [401, { cause: 21, name: 'Call rejected', note: 'credentials' }],
  [402, { cause: 21, name: 'Call rejected' }],
  [403, { cause: 21, name: 'Call rejected' }],
  [404, { cause: 1, name: 'Unallocated number' }],
  [405, { cause: 63, name: 'Service or option unavailable' }],
  [406, { cause: 79, name: 'Service or option not implemented', note: 'remedy' }],
  [407, { cause: 21, name: 'Call rejected', note: 'credentials' }],
  [408, { cause: 102, name: 'Recovery on timer expiry' }],
  [410, { cause: 22, name: 'Number changed (without diagnostic)' }],
  [413, { cause: 127, name: 'Interworking, unspecified', note: 'remedy' }],
  [414, { cause: 127, name: 'Interworking, unspecified', note: 'remedy' }],
  [415, { cause: 79, name: 'Service or option not implemented', note: 'remedy' }],
  [416, { cause: 127, name: 'Interworking, unspecified', note: 'remedy' }],
  [420, { cause: 127, name: 'Interworking, unspecified', note: 'remedy' }],
  [421, { cause: 127, name: 'Interworking, unspecified', note: 'remedy' }],
  [423, { cause: 127, name: 'Interworking, unspecified', note: 'remedy' }],
  [480, { cause: 18, name: 'No user responding' }],
  [481, { cause: 41, name: 'Temporary failure' }],
  [482, { cause: 25, name: 'Exchange routing error' }],
  [483, { cause: 25, name: 'Exchange routing error' }],
  [484, { cause: 28, name: 'Invalid number format', note: 'remedy' }],
  [485, { cause: 1, name: 'Unallocated number' }],
  [486, { cause: 17, name: 'User busy' }],
  [487, { cause: null, name: 'No mapping' }],
  [488, { cause: null, name: 'By Warning header', note: 'warning' }],
  [500, { cause: 41, name: 'Temporary failure' }],
  [501, { cause: 79, name: 'Service or option not implemented, unspecified' }],
  [502, { cause: 38, name: 'Network out of order' }],
  [503, { cause: 41, name: 'Temporary failure' }],
  [504, { cause: 102, name: 'Recovery on timer expiry' }],
  // The RFC's table prints this row as "504 Version Not Supported": a typo for 505.
  [505, { cause: 127, name: 'Interworking, unspecified', note: 'remedy' }],
  [513, { cause: 127, name: 'Interworking, unspecified', note: 'remedy' }],
  [600, { cause: 17, name: 'User busy' }],
  [603, { cause: 21, name: 'Call rejected' }],
  [604, { cause: 1, name: 'Unallocated number' }],
  [606, { cause: null, name: 'By Warning header', note: 'warning' }],
]);

/** Codes RFC 3398 does not list go out as cause 31 (§8.2.6.1, second paragraph). */
export const DEFAULT_CAUSE = { cause: 31, name: 'Normal, unspecified' } as const;

export interface Q850Mapping {
  /** Cause sent towards the PSTN when this code arrives; `listed` is false for the §8.2.6.1 default. */
  to: { cause: number | null; name: string; note?: Q850Note; listed: boolean };
  /** Causes that a gateway turns into this code. */
  from: CauseRow[];
}

export function q850For(code: number): Q850Mapping {
  const row = SIP_TO_CAUSE.get(code);
  return {
    to: row ? { ...row, listed: true } : { ...DEFAULT_CAUSE, listed: false },
    // Cause 21 at a 'user' location may become 603 instead of 403 (footnote + of §7.2.4.1).
    from: CAUSE_TO_SIP.filter((r) => r.code === code || (code === 603 && r.note === 'user-location')),
  };
}

/** Codes related to a Q.850 cause in either direction, for search ("cause 17"). */
export function codesForCause(cause: number): number[] {
  const codes = new Set<number>();
  for (const r of CAUSE_TO_SIP) if (r.cause === cause && r.code !== null) codes.add(r.code);
  if (cause === 21) codes.add(603);
  for (const [code, r] of SIP_TO_CAUSE) if (r.cause === cause) codes.add(code);
  return [...codes];
}
