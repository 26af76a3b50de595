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
export const LANES = ['caller', 'callee', 'callee2', 'ua', 'proxy', 'proxy2', 'registrar', 'redirect', 'gateway', 'gateway2', 'pstn', 'sbc', 'subscriber', 'notifier', 'server'] as const;
export type Lane = (typeof LANES)[number];

const lane = z.enum(LANES, { error: `must be one of ${LANES.join(', ')}` });
/**
 * A lane named by a step. Whether it is one of the flow's lanes is checked below, so that a
 * wrong name is reported at its own field (steps.3.to) rather than as a step matching neither
 * an arrow nor a note.
 */
const laneRef = z.custom<Lane>((v) => typeof v === 'string', 'must name a lane');

/** Notes and remarks are short: they sit beside a lane or an arrow on a phone screen. */
const short = text.max(34, 'at most 34 characters: it has to fit beside a lane');

const arrow = z.strictObject({
  from: laneRef,
  to: laneRef,
  /** As on the wire: a method ("INVITE") or a status line without "SIP/2.0" ("486 Busy Here"). */
  msg: z.string().regex(/^(?:[A-Z]+|[1-7]\d\d [^\n]+)$/, 'write a method such as INVITE or a status such as "486 Busy Here"'),
  /** The arrow of this page's code, drawn highlighted; exactly one per flow. */
  this: z.literal(true).optional(),
  /** A short remark beside the arrow, per language ("with credentials"). */
  en: short.optional(),
  de: short.optional(),
});

const note = z.strictObject({ note: laneRef, en: short, de: short });

/** A step with "note" is a note, any other an arrow, so that a mistake is reported at its field. */
const step = z.unknown().transform((v, ctx): z.output<typeof arrow> | z.output<typeof note> => {
  const r = (typeof v === 'object' && v !== null && 'note' in v ? note : arrow).safeParse(v);
  if (r.success) return r.data;
  for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

export const flowSchema = z
  .strictObject(
    {
      lanes: z.array(lane).min(2, 'a flow needs at least two lanes').max(4, 'at most four lanes fit a phone screen'),
      ref: rfcRef.optional(),
      steps: z.array(step).min(1).max(14, 'at most 14 steps'),
    },
    { error: (issue) => (issue.input === undefined ? 'every code needs a flow: its lanes and steps (see content/codes/486.mdx)' : undefined) },
  )
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
// Layout: positions in SVG user units, computed at build time. The drawing is 304 units wide
// and every text is 13 units: on a 320 px phone (288 px of content) that is 12.3 px, and the
// CSS shows the drawing at most 1.3 times that size on a desktop (about 17 px).

export const FLOW_WIDTH = 304;
export const FLOW_FONT = 13;
/** Average advance of a monospace glyph, as a share of the font size (system monospace fonts). */
const MONO_ADVANCE = 0.6;
/** Average advance of a sans-serif glyph, as a share of the font size, generous for bold and italic. */
const SANS_ADVANCE = 0.62;
/** Room kept free at each side of the drawing, so that nothing touches the edge. */
const EDGE = 4;
const MARGIN = 34;
/** Baseline of the first row of lane names; a second row sits one LINE lower. */
const LANE_LABEL_Y = 16;
const HEADER = 26;
const LINE = 15;
const ROW = 30;
const NOTE_ROW = 22;

export interface LaidLane {
  lane: Lane;
  x: number;
  label: string;
  /** Where the centred name sits: over the lane, moved inwards where it would be cut off. */
  labelX: number;
  /** Its baseline: crowded names alternate between two rows. */
  labelY: number;
  /** Where its line starts, just below its name. */
  top: number;
}

/** One line of an arrow's text: the message, its remark, or both. */
export interface LabelLine {
  y: number;
  msg?: string;
  remark?: string;
}

export type LaidStep =
  | { kind: 'arrow'; x1: number; x2: number; y: number; highlight: boolean; labelX: number; lines: LabelLine[] }
  | { kind: 'note'; x: number; anchor: 'start' | 'end'; lines: { y: number; text: string }[] };

export interface FlowLayout {
  width: number;
  height: number;
  lanes: LaidLane[];
  steps: LaidStep[];
}

export function textWidth(text: string, mono = true, size = FLOW_FONT): number {
  return text.length * size * (mono ? MONO_ADVANCE : SANS_ADVANCE);
}

/** Words in lines of at most `width` units; a word longer than that gets a line of its own. */
export function wrap(text: string, width: number, mono = false): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, mono) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Where a text of `width` units can start so that it stays inside the drawing. */
function clampStart(x: number, width: number): number {
  return Math.round(Math.max(EDGE, Math.min(x, FLOW_WIDTH - EDGE - width)));
}

/**
 * Lanes spread evenly across the width; each step gets a row. An arrow's text sits above it,
 * starting at the arrow's left end and moved left where it would run off the drawing; a message
 * wider than the drawing wraps, and a remark that does not fit beside its message goes on a line
 * of its own. A note sits beside its lane on the side with more room, wrapped to that room.
 */
export function layoutFlow(flow: Flow, laneLabel: (lane: Lane) => string, noteText: (step: { en: string; de: string }) => string): FlowLayout {
  const n = flow.lanes.length;
  const gap = (FLOW_WIDTH - 2 * MARGIN) / (n - 1);
  const xOf = new Map(flow.lanes.map((l, i) => [l, Math.round(MARGIN + i * gap)]));
  const named = flow.lanes.map((lane) => {
    const x = xOf.get(lane)!;
    const label = laneLabel(lane);
    const half = textWidth(label, false) / 2;
    return { lane, x, label, half, labelX: Math.round(Math.max(half + EDGE, Math.min(x, FLOW_WIDTH - half - EDGE))) };
  });
  // Names that would touch their neighbour's (long German ones in four lanes) alternate rows.
  const crowded = named.some((l, i) => i > 0 && l.labelX - l.half < named[i - 1]!.labelX + named[i - 1]!.half + 8);
  const lanes = named.map(({ half: _, ...l }, i) => {
    const labelY = LANE_LABEL_Y + (crowded && i % 2 === 1 ? LINE : 0);
    return { ...l, labelY, top: labelY + 6 };
  });
  const top = HEADER + (crowded ? LINE : 0);
  let y = top;
  const steps: LaidStep[] = flow.steps.map((step) => {
    if ('note' in step) {
      const x = xOf.get(step.note)!;
      const right = FLOW_WIDTH - EDGE - (x + 6);
      const left = x - 6 - EDGE;
      const room = Math.max(left, right);
      const lines = wrap(noteText(step), room).map((text, i) => ({ y: y + NOTE_ROW + i * LINE, text }));
      y = lines.at(-1)!.y;
      // A word wider than the room (never in practice: notes are short) is kept inside the drawing.
      const widest = Math.max(...lines.map((l) => textWidth(l.text, false)));
      return right >= left
        ? { kind: 'note', x: Math.min(x + 6, FLOW_WIDTH - EDGE - widest), anchor: 'start', lines }
        : { kind: 'note', x: Math.max(x - 6, EDGE + widest), anchor: 'end', lines };
    }
    const x1 = xOf.get(step.from)!;
    const x2 = xOf.get(step.to)!;
    const remark = step.en !== undefined ? noteText({ en: step.en, de: step.de! }) : undefined;
    // Text starts just right of the arrow's left end and moves left where it would run off the
    // drawing; only what is wider than the whole drawing wraps, within the room right of the arrow.
    const start = Math.min(x1, x2) + 4;
    const full = FLOW_WIDTH - 2 * EDGE;
    const room = FLOW_WIDTH - EDGE - start;
    const msgLines = textWidth(step.msg) <= full ? [step.msg] : wrap(step.msg, room, true);
    const lastMsg = msgLines.at(-1)!;
    const parts: Omit<LabelLine, 'y'>[] = msgLines.map((msg) => ({ msg }));
    let width = Math.max(...msgLines.map((l) => textWidth(l)));
    if (remark !== undefined) {
      const inline = textWidth(lastMsg) + textWidth(` ${remark}`, false);
      if (inline <= (msgLines.length > 1 ? room : full)) {
        parts[parts.length - 1] = { msg: lastMsg, remark };
        width = Math.max(width, inline);
      } else {
        for (const line of wrap(remark, room)) parts.push({ remark: line });
        width = Math.max(width, ...parts.map((p) => (p.remark ? textWidth(p.remark, false) : 0)));
      }
    }
    y += ROW + (parts.length - 1) * LINE;
    const lines = parts.map((p, i) => ({ ...p, y: y - 6 - (parts.length - 1 - i) * LINE }));
    return { kind: 'arrow', x1, x2, y, highlight: step.this === true, labelX: clampStart(start, width), lines };
  });
  return { width: FLOW_WIDTH, height: y + 12, lanes, steps };
}
