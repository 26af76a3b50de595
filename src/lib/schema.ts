// The shape of one entry in content/codes/. Kept outside src/content.config.ts so that
// unit tests (node --test) can import it without Astro's virtual modules.
import { z } from 'astro/zod';
import { bilingual, keywords, rfcRef, sections, text } from './fields.ts';
import { flowSchema } from './flow.ts';

export { bilingual, keywords, rfcRef, text };

export const STATUSES = ['current', 'deprecated', 'obsolete', 'non-standard'] as const;

/** What happened to the call, in a support agent's words; one badge per code. */
export const OUTCOMES = [
  'progress',
  'success',
  'redirect',
  'busy',
  'declined',
  'unreachable',
  'not-found',
  'timeout',
  'cancelled',
  'authentication',
  'policy',
  'security',
  'media',
  'routing',
  'unsupported',
  'protocol',
  'overload',
  'server-fault',
] as const;

/** Whether sending the request again can succeed, and how. */
export const RETRY_KINDS = ['none', 'redirect', 'credentials', 'modify', 'later', 'no'] as const;

export const SENDERS = ['uas', 'proxy', 'registrar', 'redirect-server', 'gateway', 'sbc', 'any'] as const;

/** RFC 2119 strength with which an RFC asks for a header in this response. */
export const LEVELS = ['MUST', 'SHOULD', 'MAY', 'common'] as const;

const header = z.object({
  name: z.string().regex(/^[A-Za-z][A-Za-z-]*$/),
  level: z.enum(LEVELS),
  ref: rfcRef.optional(),
  ...bilingual.shape,
});

const variant = z.object({
  phrase: text,
  kind: z.enum(['formerly', 'often-seen-as']),
  ref: rfcRef.optional(),
});

const implementation = z.object({
  software: text,
  source: text, // file in that software's source tree where the code is defined
  phrase: text, // the reason phrase that software sends
  ...bilingual.shape,
});

export const codeSchema = z
  .object({
    code: z.number({ error: 'must be a number such as 486' }).int().min(100, 'SIP codes start at 100').max(799, 'codes above 799 are not SIP responses'),
    phrase: text,
    phraseDe: text,
    variants: z.array(variant).default([]),
    status: z.enum(STATUSES),
    outcome: z.enum(OUTCOMES),
    meaning: bilingual,
    defined: rfcRef.optional(),
    senders: z.array(z.enum(SENDERS)).min(1),
    methods: z.array(z.string().regex(/^[A-Z]+$|^any$/)).min(1),
    headers: z.array(header).default([]),
    retry: z.object({ kind: z.enum(RETRY_KINDS), ...bilingual.shape }),
    forking: bilingual.optional(), // only where the code departs from its class (RFC 3261 §16.7)
    related: z.array(z.object({ code: z.number().int(), ...bilingual.shape })).default([]),
    example: z.object({ message: text, ...bilingual.shape }),
    history: z.array(z.object({ ref: rfcRef.optional(), ...bilingual.shape })).min(1),
    implementations: z.array(implementation).default([]),
    keywords,
    /** The exchange this code takes part in, drawn as a ladder diagram (src/lib/flow.ts). */
    flow: flowSchema,
  })
  .superRefine((entry, ctx) => {
    if (entry.status !== 'non-standard' && !entry.defined) {
      ctx.addIssue({ code: 'custom', path: ['defined'], message: 'a standard code needs the RFC and section that define it' });
    }
    if (entry.status === 'non-standard' && entry.implementations.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['implementations'], message: 'a non-standard code needs the software that sends it' });
    }
    if (entry.related.some((r) => r.code === entry.code)) {
      ctx.addIssue({ code: 'custom', path: ['related'], message: 'a code cannot be related to itself' });
    }
  });

export type CodeData = z.output<typeof codeSchema>;
export type Outcome = (typeof OUTCOMES)[number];
export type Status = (typeof STATUSES)[number];
export type RetryKind = (typeof RETRY_KINDS)[number];
export type Sender = (typeof SENDERS)[number];
export type Level = (typeof LEVELS)[number];

export function rfcSectionTitle(rfc: string, section: string): string | undefined {
  return sections[rfc]?.[section];
}
