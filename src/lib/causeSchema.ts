// The shape of one entry in content/causes/ (Q.850 cause values 1–127) and in
// content/freeswitch-causes/ (FreeSWITCH's own hangup causes, which are not Q.850 values).
// What stacks call a cause and how they map it to SIP is not stored here: it is read from
// content/reference/stacks/ (src/lib/stacks.ts), so an entry cannot contradict the source.
import { z } from 'astro/zod';
import { bilingual, keywords, noRepeats, rfcRef, text } from './fields.ts';

const note = z.strictObject({ ref: rfcRef.optional(), ...bilingual.shape });

export const causeSchema = z
  .strictObject({
    cause: z.number({ error: 'must be a number such as 17' }).int().min(1, 'Q.850 causes start at 1').max(127, 'Q.850 causes end at 127'),
    /** The name ITU-T Q.850 gives the value, checked against content/reference/q850-causes.tsv. */
    name: text,
    nameDe: text,
    /** False for values that stacks name but Q.850 does not define (national or older Q.931 values). */
    q850: z.boolean(),
    meaning: bilingual,
    /** Required when `q850` is false: where the value comes from. */
    origin: bilingual.optional(),
    related: z.array(z.strictObject({ cause: z.number().int(), ...bilingual.shape })).default([]),
    relatedCodes: z.array(z.strictObject({ code: z.number().int(), ...bilingual.shape })).default([]),
    /** What the RFCs say about this cause beyond the mapping tables (RFC 3398, RFC 4497, RFC 6432, …). */
    notes: z.array(note).default([]),
    keywords,
  })
  .superRefine((entry, ctx) => {
    if (!entry.q850 && !entry.origin) {
      ctx.addIssue({ code: 'custom', path: ['origin'], message: 'a value Q.850 does not define needs its origin' });
    }
    if (entry.related.some((r) => r.cause === entry.cause)) {
      ctx.addIssue({ code: 'custom', path: ['related'], message: 'a cause cannot be related to itself' });
    }
    noRepeats(ctx, 'related', entry.related, (r) => r.cause, 'cause');
    noRepeats(ctx, 'relatedCodes', entry.relatedCodes, (r) => r.code, 'code');
  });

export const freeswitchCauseSchema = z
  .strictObject({
    /** As FreeSWITCH prints it: USER_NOT_REGISTERED. */
    name: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'write the name as FreeSWITCH does, e.g. USER_NOT_REGISTERED'),
    /** FreeSWITCH's number for it (src/switch_channel.c CAUSE_CHART); not a Q.850 value. */
    number: z.number().int().min(0),
    meaning: bilingual,
    /** SIP codes FreeSWITCH sends for this cause or maps to it (derived rows are shown beside these). */
    codes: z.array(z.number().int().min(100).max(699)).default([]),
    related: z.array(z.strictObject({ name: z.string(), ...bilingual.shape })).default([]),
    keywords,
  })
  .superRefine((entry, ctx) => {
    noRepeats(ctx, 'codes', entry.codes, (c) => c);
    noRepeats(ctx, 'related', entry.related, (r) => r.name, 'name');
  });

export type CauseData = z.output<typeof causeSchema>;
export type FreeswitchCauseData = z.output<typeof freeswitchCauseSchema>;
