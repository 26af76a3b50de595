// The shape of one entry in content/warnings/: a warn-code of the SIP Warning header
// (RFC 3261 §20.43), registered at IANA or sent by real software without registration.
import { z } from 'astro/zod';
import { bilingual, keywords, noRepeats, rfcRef, text } from './fields.ts';

export const warningSchema = z
  .strictObject({
    warning: z.number({ error: 'must be a number such as 305' }).int().min(300, 'warn-codes start at 300').max(399, 'warn-codes end at 399'),
    /** The registered text, exactly as IANA writes it; for an unregistered code, the text its software sends. */
    text,
    textDe: text,
    status: z.enum(['registered', 'unregistered']),
    defined: rfcRef.optional(),
    meaning: bilingual,
    /** Response codes it usually comes with. */
    codes: z.array(z.number().int().min(100).max(699)).min(1),
    /** For an unregistered code: the software that sends it. */
    implementations: z.array(z.strictObject({ software: text, source: text, ...bilingual.shape })).default([]),
    example: z.strictObject({ header: z.string().regex(/^Warning: 3\d\d /, 'the example is a Warning header line'), ...bilingual.shape }),
    related: z.array(z.strictObject({ warning: z.number().int(), ...bilingual.shape })).default([]),
    keywords,
  })
  .superRefine((entry, ctx) => {
    if (entry.status === 'registered' && !entry.defined) {
      ctx.addIssue({ code: 'custom', path: ['defined'], message: 'a registered warn-code needs the RFC and section that define it' });
    }
    if (entry.status === 'unregistered' && entry.implementations.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['implementations'], message: 'an unregistered warn-code needs the software that sends it' });
    }
    if (!entry.example.header.startsWith(`Warning: ${entry.warning} `)) {
      ctx.addIssue({ code: 'custom', path: ['example', 'header'], message: `the example must be a Warning: ${entry.warning} header` });
    }
    noRepeats(ctx, 'codes', entry.codes, (c) => c);
    noRepeats(ctx, 'related', entry.related, (r) => r.warning, 'warning');
  });

export type WarningData = z.output<typeof warningSchema>;
