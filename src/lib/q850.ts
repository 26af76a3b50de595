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

/** Causes RFC 3398 does not list come back as 500 Server Internal Error (§7.2.4.1). */
export const DEFAULT_CODE = 500;

/**
 * What a gateway following RFC 3398 does towards the PSTN when a SIP response arrives. Only a
 * rejection (4xx–6xx, §8.2.6) releases the call with a cause; the other classes do something
 * else, and cause 31 is the default only among rejections (§8.2.6.1).
 */
export type SipOutcome =
  | { kind: 'cause'; cause: number; name: string; note?: Q850Note; listed: boolean }
  /** 487 and, by their Warning header, 488 and 606: listed without a fixed cause. */
  | { kind: 'no-cause'; note?: Q850Note }
  /** 100 Trying: no PSTN message at all (§8.2.2). */
  | { kind: 'trying' }
  /** 180–183: an ACM or a CPG, not a release (§8.2.3). */
  | { kind: 'progress'; acm: string; cpg: string }
  /** Another 1xx (199): RFC 3398 predates it and maps only 100 and 18x. */
  | { kind: 'provisional' }
  /** 200 to an INVITE: ANM, or CON before an ACM (§8.2.4). */
  | { kind: 'answer' }
  /** A 2xx other than 200: not an answer to an INVITE, no PSTN message (§8.2.4, last paragraph). */
  | { kind: 'other-success' }
  /** 3xx: the gateway follows the Contact, or releases with cause 23 (§8.2.5). */
  | { kind: 'redirect' }
  /** 7xx is not a SIP class: RFC 3398 has nothing for it. */
  | { kind: 'not-sip' };

/** RFC 3398 §8.2.3, both tables: the ACM before any ACM was sent, the CPG after. */
const PROGRESS: Record<number, { acm: string; cpg: string }> = {
  180: { acm: 'ACM (BCI = subscriber free)', cpg: 'CPG, event = 1 (Alerting)' },
  181: { acm: 'Early ACM and CPG, event = 6', cpg: 'CPG, event = 6 (Forwarding)' },
  182: { acm: 'ACM (BCI = no indication)', cpg: 'CPG, event = 2 (Progress)' },
  183: { acm: 'ACM (BCI = no indication)', cpg: 'CPG, event = 2 (Progress)' },
};

export function rfc3398ForCode(code: number): SipOutcome {
  const cls = Math.floor(code / 100);
  if (code === 100) return { kind: 'trying' };
  if (PROGRESS[code]) return { kind: 'progress', ...PROGRESS[code] };
  if (cls === 1) return { kind: 'provisional' };
  if (code === 200) return { kind: 'answer' };
  if (cls === 2) return { kind: 'other-success' };
  if (cls === 3) return { kind: 'redirect' };
  if (cls > 6) return { kind: 'not-sip' };
  const row = SIP_TO_CAUSE.get(code);
  if (!row) return { kind: 'cause', ...DEFAULT_CAUSE, listed: false };
  if (row.cause === null) return row.note ? { kind: 'no-cause', note: row.note } : { kind: 'no-cause' };
  return { kind: 'cause', cause: row.cause, name: row.name, ...(row.note ? { note: row.note } : {}), listed: true };
}

/**
 * The SIP response RFC 3398 sends for a cause: its rows (22 has two, by diagnostic), or 500
 * for a cause it does not list (§7.2.4.1). Cause 16 ends the call with BYE or CANCEL, and
 * cause 44 is untranslatable (§7.2.4.1): both have no status code.
 */
export function rfc3398ForCause(cause: number): { rows: CauseRow[]; listed: boolean; untranslatable: boolean } {
  const rows = CAUSE_TO_SIP.filter((r) => r.cause === cause);
  if (rows.length) return { rows, listed: true, untranslatable: false };
  if (cause === 44) return { rows: [], listed: false, untranslatable: true };
  return { rows: [{ cause, name: '', code: DEFAULT_CODE }], listed: false, untranslatable: false };
}

/** Causes that RFC 3398 turns into this code (§7.2.4.1); cause 21 at a 'user' location may become 603 instead of 403. */
export function rfc3398CausesFor(code: number): CauseRow[] {
  return CAUSE_TO_SIP.filter((r) => r.code === code || (code === 603 && r.note === 'user-location'));
}

/** Codes related to a Q.850 cause in either direction, for search ("cause 17"). */
export function codesForCause(cause: number): number[] {
  const codes = new Set<number>();
  for (const r of CAUSE_TO_SIP) if (r.cause === cause && r.code !== null) codes.add(r.code);
  if (cause === 21) codes.add(603);
  for (const [code, r] of SIP_TO_CAUSE) if (r.cause === cause) codes.add(code);
  return [...codes];
}
