// A code's place in a SIP exchange, as a ladder diagram: a few lanes (caller, proxy, callee,
// registrar, …) and the messages between them in order, one of them this page's code.
// The description lives in the entry's frontmatter:
//
//   flow:
//     lanes: [caller, proxy, callee]
//     ref: { rfc: RFC3665, section: "3.8" }      # the RFC call flow it follows, if any
//     steps:
//       - { from: caller, to: proxy, msg: INVITE }
//       - { from: callee, to: proxy, msg: 486 Busy Here, this: true }
//       - { note: proxy, en: waits for the other branches, de: wartet auf die übrigen Zweige }
//
// Messages stay as on the wire; lane names and notes are shown in the page's language.
import { z } from 'astro/zod';
import { rfcRef, text } from './fields.ts';

/** Who can take part in a flow; their names per language are in src/i18n (`lane`). */
export const LANES = ['caller', 'callee', 'callee2', 'ua', 'proxy', 'proxy2', 'registrar', 'redirect', 'gateway', 'pstn', 'sbc', 'subscriber', 'notifier', 'server'] as const;
export type Lane = (typeof LANES)[number];

const lane = z.enum(LANES, { error: `must be one of ${LANES.join(', ')}` });

const arrow = z.strictObject({
  from: lane,
  to: lane,
  /** As on the wire: a method ("INVITE") or a status line without "SIP/2.0" ("486 Busy Here"). */
  msg: z.string().regex(/^(?:[A-Z]+|[1-7]\d\d [^\n]+)$/, 'write a method such as INVITE or a status such as "486 Busy Here"'),
  /** The arrow of this page's code, drawn highlighted; exactly one per flow. */
  this: z.literal(true).optional(),
  /** A short remark beside the arrow, per language ("with credentials"). */
  en: text.optional(),
  de: text.optional(),
});

const note = z.strictObject({ note: lane, en: text, de: text });

export const flowSchema = z
  .strictObject({
    lanes: z.array(lane).min(2, 'a flow needs at least two lanes').max(4, 'at most four lanes fit a phone screen'),
    ref: rfcRef.optional(),
    steps: z.array(z.union([arrow, note])).min(1).max(14, 'at most 14 steps'),
  })
  .superRefine((flow, ctx) => {
    if (new Set(flow.lanes).size !== flow.lanes.length) ctx.addIssue({ code: 'custom', path: ['lanes'], message: 'a lane is listed twice' });
    let highlighted = 0;
    flow.steps.forEach((step, i) => {
      const ends = 'note' in step ? (['note'] as const) : (['from', 'to'] as const);
      for (const end of ends) {
        const l = (step as Record<string, Lane>)[end]!;
        if (!flow.lanes.includes(l)) ctx.addIssue({ code: 'custom', path: ['steps', i, end], message: `"${l}" is not one of this flow's lanes (${flow.lanes.join(', ')})` });
      }
      if ('from' in step) {
        if (step.from === step.to) ctx.addIssue({ code: 'custom', path: ['steps', i, 'to'], message: 'an arrow goes from one lane to another' });
        if ((step.en === undefined) !== (step.de === undefined)) ctx.addIssue({ code: 'custom', path: ['steps', i, step.en ? 'de' : 'en'], message: 'a remark needs both "en" and "de"' });
        if (step.this) highlighted++;
      }
    });
    if (highlighted !== 1) ctx.addIssue({ code: 'custom', path: ['steps'], message: `exactly one arrow must be this page's code (this: true); found ${highlighted}` });
  });

export type Flow = z.output<typeof flowSchema>;
export type FlowStep = Flow['steps'][number];
