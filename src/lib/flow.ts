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

/** Notes and remarks are short: they sit beside a lane or an arrow on a phone screen. */
const short = text.max(34, 'at most 34 characters: it has to fit beside a lane');

const arrow = z.strictObject({
  from: lane,
  to: lane,
  /** As on the wire: a method ("INVITE") or a status line without "SIP/2.0" ("486 Busy Here"). */
  msg: z.string().regex(/^(?:[A-Z]+|[1-7]\d\d [^\n]+)$/, 'write a method such as INVITE or a status such as "486 Busy Here"'),
  /** The arrow of this page's code, drawn highlighted; exactly one per flow. */
  this: z.literal(true).optional(),
  /** A short remark beside the arrow, per language ("with credentials"). */
  en: short.optional(),
  de: short.optional(),
});

const note = z.strictObject({ note: lane, en: short, de: short });

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

// ---------------------------------------------------------------------------------------
// Layout: positions in SVG user units, computed at build time. The drawing is 312 units wide
// and shown at most 1.3 times that size, so 13-unit labels stay at least 12 px on a 320 px
// phone (288 px of content) and about 17 px on a desktop.

export const FLOW_WIDTH = 312;
export const FLOW_FONT = 13;
/** Average advance of a monospace glyph, as a share of the font size (system monospace fonts). */
const MONO_ADVANCE = 0.6;
/** Average advance of a sans-serif glyph, as a share of the font size, generous for bold lane names. */
const SANS_ADVANCE = 0.62;
const MARGIN = 34;
const HEADER = 34;
const ROW = 30;
const NOTE_ROW = 24;

export interface LaidLane {
  lane: Lane;
  x: number;
  label: string;
  /** Where the centred name sits: over the lane, moved inwards where it would be cut off. */
  labelX: number;
}

export type LaidStep =
  | { kind: 'arrow'; x1: number; x2: number; y: number; label: string; labelX: number; labelY: number; anchor: 'start' | 'end'; highlight: boolean; remark?: string }
  | { kind: 'note'; x: number; y: number; text: string; anchor: 'start' | 'end' };

export interface FlowLayout {
  width: number;
  height: number;
  lanes: LaidLane[];
  steps: LaidStep[];
}

/** Where a text of `width` units can start so that it stays inside the drawing. */
function clampStart(x: number, width: number): number {
  return Math.max(4, Math.min(x, FLOW_WIDTH - 4 - width));
}

export function textWidth(text: string, mono = true, size = FLOW_FONT): number {
  return text.length * size * (mono ? MONO_ADVANCE : SANS_ADVANCE);
}

/**
 * Lanes spread evenly across the width; each step gets a row. An arrow's label sits above it,
 * starting at the arrow's tail side and moved left where it would run off the drawing.
 */
export function layoutFlow(flow: Flow, laneLabel: (lane: Lane) => string, noteText: (step: { en: string; de: string }) => string): FlowLayout {
  const n = flow.lanes.length;
  const gap = (FLOW_WIDTH - 2 * MARGIN) / (n - 1);
  const xOf = new Map(flow.lanes.map((l, i) => [l, Math.round(MARGIN + i * gap)]));
  const lanes = flow.lanes.map((lane) => {
    const x = xOf.get(lane)!;
    const label = laneLabel(lane);
    const half = textWidth(label, false, FLOW_FONT - 1) / 2;
    return { lane, x, label, labelX: Math.round(Math.max(half + 2, Math.min(x, FLOW_WIDTH - half - 2))) };
  });
  let y = HEADER;
  const steps: LaidStep[] = flow.steps.map((step) => {
    if ('note' in step) {
      y += NOTE_ROW;
      const text = noteText(step);
      const x = xOf.get(step.note)!;
      const w = textWidth(text, false, FLOW_FONT - 1);
      // Beside its lane, on whichever side has room.
      return x + 6 + w <= FLOW_WIDTH - 4 ? { kind: 'note', x: x + 6, y, text, anchor: 'start' } : { kind: 'note', x: Math.max(x - 6, w + 4), y, text, anchor: 'end' };
    }
    y += ROW;
    const x1 = xOf.get(step.from)!;
    const x2 = xOf.get(step.to)!;
    const remark = step.en !== undefined ? noteText({ en: step.en, de: step.de! }) : undefined;
    const label = step.msg;
    const full = textWidth(label) + (remark ? textWidth(` ${remark}`, false, FLOW_FONT - 1) : 0);
    const left = Math.min(x1, x2) + 4;
    return { kind: 'arrow', x1, x2, y, label, labelX: clampStart(left, full), labelY: y - 5, anchor: 'start', highlight: step.this === true, ...(remark ? { remark } : {}) };
  });
  return { width: FLOW_WIDTH, height: y + 12, lanes, steps };
}
