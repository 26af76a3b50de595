// The shape of one entry in content/codes/. Kept outside src/content.config.ts so that
// unit tests (node --test) can import it without Astro's virtual modules.
import { z } from 'astro/zod';
import { bilingual, keywords, noRepeats, rfcRef, sections, text } from './fields.ts';
import { flowSchema } from './flow.ts';

export { bilingual, keywords, rfcRef, text };
/** A class text (content/classes): its name, summary and, optionally, a typical exchange of the class. */
export const classSchema = z.strictObject({ name: bilingual, summary: bilingual, flow: flowSchema.optional() });

/**
 * obsolete: defined by RFC 2543 only. grammar-only: listed in RFC 2543's grammar but never defined
 * there or anywhere else (303). non-standard: sent by software, never registered.
 */
export const STATUSES = ['current', 'deprecated', 'obsolete', 'grammar-only', 'non-standard'] as const;

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

/**
 * Whether sending the request again can succeed, and how. redirect: to another target (3xx
 * Contact, another flow); proxy: the same request through the proxy 305 names (RFC 3261
 * §21.3.4); alternative: the different service a 380 body describes (§21.3.5).
 */
export const RETRY_KINDS = ['none', 'redirect', 'proxy', 'alternative', 'credentials', 'modify', 'later', 'no'] as const;

export const SENDERS = ['uas', 'proxy', 'registrar', 'redirect-server', 'gateway', 'sbc', 'any'] as const;

/** RFC 2119 strength with which an RFC asks for a header in this response. */
export const LEVELS = ['MUST', 'SHOULD', 'MAY', 'common'] as const;

const header = z.strictObject({
  name: z.string().regex(/^[A-Za-z][A-Za-z-]*$/),
  level: z.enum(LEVELS),
  ref: rfcRef.optional(),
  ...bilingual.shape,
});

/**
 * Other names of a code. Phrases that SIP stacks send are not listed here: they come from
 * content/reference/stacks/stack-phrases.tsv (src/lib/stacks.ts, stackPhraseGroups).
 * code-lists: a name found in code lists on the web that no stack source backs (701 "Party Hangs Up").
 */
const variant = z.strictObject({
  phrase: text,
  kind: z.enum(['formerly', 'often-seen-as', 'code-lists']),
  ref: rfcRef.optional(),
});

const implementation = z.strictObject({
  software: text,
  source: text, // file in that software's source tree where the code is defined
  phrase: text, // the reason phrase that software sends
  ...bilingual.shape,
});

export const codeSchema = z
  .strictObject({
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
    retry: z.strictObject({ kind: z.enum(RETRY_KINDS), ...bilingual.shape }),
    forking: bilingual.optional(), // only where the code departs from its class (RFC 3261 §16.7)
    related: z.array(z.strictObject({ code: z.number().int(), ...bilingual.shape })).default([]),
    example: z.strictObject({ message: text, ...bilingual.shape }),
    history: z.array(z.strictObject({ ref: rfcRef.optional(), ...bilingual.shape })).min(1),
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
    noRepeats(ctx, 'related', entry.related, (r) => r.code, 'code');
    noRepeats(ctx, 'methods', entry.methods, (m) => m);
    noRepeats(ctx, 'senders', entry.senders, (s) => s);
    // Header field names are case-insensitive (RFC 3261 §7.3.1): "retry-after" repeats "Retry-After".
    // A header may have a second row only for a second requirement from another RFC section
    // (489: Allow-Events is a MUST of RFC 3903 for PUBLISH, a SHOULD of RFC 6665 for SUBSCRIBE).
    entry.headers.forEach((h, i) => {
      const first = entry.headers.slice(0, i).findIndex((o) => o.name.toLowerCase() === h.name.toLowerCase() && (!h.ref || !o.ref || (h.ref.rfc === o.ref.rfc && h.ref.section === o.ref.section)));
      if (first >= 0) {
        ctx.addIssue({ code: 'custom', path: ['headers', i, 'name'], message: `${JSON.stringify(h.name)} is listed twice (first at headers[${first}].name); list a header once, or give each row the RFC section of its own requirement` });
      }
    });
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
