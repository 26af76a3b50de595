// The ladder diagrams: where the layout puts lanes, arrows and texts, which flow descriptions
// the schema refuses, and that every code's flow is about that code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FLOW_WIDTH, LANES, flowSchema, layoutFlow, textWidth, type Flow, type FlowLayout, type Lane } from '../../src/lib/flow.ts';
import { splitEntry } from '../../src/lib/entryFile.ts';
import en from '../../src/i18n/en.ts';
import de from '../../src/i18n/de.ts';
import { CODES_DIR, entryFiles } from './helpers.ts';

const dictionaries = { en, de } as const;
type Lang = keyof typeof dictionaries;

function lay(flow: unknown, lang: Lang = 'en'): FlowLayout {
  const parsed = flowSchema.parse(flow);
  return layoutFlow(parsed, (l) => dictionaries[lang].flow.lanes[l], (n) => n[lang]);
}

function problems(flow: unknown): string[] {
  const r = flowSchema.safeParse(flow);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** Every text of a layout with the span it covers, estimated the way the layout estimates it. */
function texts(layout: FlowLayout): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  for (const l of layout.lanes) {
    const w = textWidth(l.label, false);
    out.push({ text: l.label, from: l.labelX - w / 2, to: l.labelX + w / 2 });
  }
  for (const s of layout.steps) {
    if (s.kind === 'note') {
      for (const line of s.lines) {
        const w = textWidth(line.text, false);
        out.push(s.anchor === 'start' ? { text: line.text, from: s.x, to: s.x + w } : { text: line.text, from: s.x - w, to: s.x });
      }
    } else {
      for (const line of s.lines) {
        const w = (line.msg ? textWidth(line.msg) : 0) + (line.remark ? textWidth(`${line.msg ? ' ' : ''}${line.remark}`, false) : 0);
        out.push({ text: `${line.msg ?? ''} ${line.remark ?? ''}`.trim(), from: s.labelX, to: s.labelX + w });
      }
    }
  }
  return out;
}

const busy: Flow = {
  lanes: ['caller', 'proxy', 'callee'],
  steps: [
    { from: 'caller', to: 'proxy', msg: 'INVITE' },
    { from: 'proxy', to: 'callee', msg: 'INVITE' },
    { from: 'callee', to: 'proxy', msg: '486 Busy Here', this: true },
    { from: 'proxy', to: 'callee', msg: 'ACK' },
    { note: 'proxy', en: 'waits for its other branches', de: 'wartet auf die übrigen Zweige' },
    { from: 'proxy', to: 'caller', msg: '486 Busy Here' },
    { from: 'caller', to: 'proxy', msg: 'ACK' },
  ],
};

// --- layout -------------------------------------------------------------------------------

test('lanes spread evenly across the width, with the outer ones near the edges', () => {
  for (const lanes of [['caller', 'callee'], ['caller', 'proxy', 'callee'], ['caller', 'proxy', 'callee', 'callee2']] as Lane[][]) {
    const { lanes: laid, width } = lay({ lanes, steps: [{ from: lanes[0], to: lanes[1], msg: '200 OK', this: true }] });
    const xs = laid.map((l) => l.x);
    assert.deepEqual(laid.map((l) => l.lane), lanes);
    assert.ok(xs[0]! > 0 && xs[0]! < width * 0.15, `first lane at ${xs[0]}`);
    assert.ok(xs.at(-1)! < width && xs.at(-1)! > width * 0.85, `last lane at ${xs.at(-1)}`);
    const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
    assert.ok(Math.max(...gaps) - Math.min(...gaps) <= 1, `even gaps ${gaps.join(', ')}`);
  }
});

test('each arrow runs between the lanes it names, one row below the previous step', () => {
  const layout = lay(busy);
  const x = new Map(layout.lanes.map((l) => [l.lane, l.x]));
  const arrows = layout.steps.filter((s) => s.kind === 'arrow');
  const described = busy.steps.filter((s) => 'from' in s);
  assert.equal(arrows.length, described.length);
  arrows.forEach((a, i) => {
    const d = described[i] as { from: Lane; to: Lane };
    assert.equal(a.x1, x.get(d.from));
    assert.equal(a.x2, x.get(d.to));
  });
  const ys = layout.steps.map((s) => (s.kind === 'arrow' ? s.y : s.lines.at(-1)!.y));
  ys.slice(1).forEach((y, i) => assert.ok(y > ys[i]!, `step ${i + 1} is below step ${i}`));
  assert.ok(layout.height > ys.at(-1)!, 'the drawing ends below the last step');
  for (const l of layout.lanes) assert.ok(l.top > l.labelY && l.top < ys[0]!, 'a lane line starts between its name and the first step');
});

test('only the arrow marked this: true is highlighted', () => {
  const arrows = lay(busy).steps.filter((s) => s.kind === 'arrow');
  assert.deepEqual(arrows.map((a) => a.highlight), [false, false, true, false, false, false]);
});

test('an arrow\'s text sits above it, starting at its left end', () => {
  const layout = lay(busy);
  for (const s of layout.steps) {
    if (s.kind !== 'arrow') continue;
    assert.equal(s.labelX, Math.min(s.x1, s.x2) + 4);
    for (const line of s.lines) assert.ok(line.y < s.y && line.y > s.y - 30, `label of the arrow at ${s.y} at ${line.y}`);
  }
});

test('texts stay inside the drawing, however long the message, remark or note', () => {
  const flows: unknown[] = [
    busy,
    {
      lanes: ['ua', 'proxy', 'registrar'],
      steps: [
        { from: 'ua', to: 'proxy', msg: 'REGISTER', en: 'without pn- parameters', de: 'ohne pn-Parameter' },
        { from: 'proxy', to: 'ua', msg: '555 Push Notification Service Not Supported', this: true },
        { from: 'registrar', to: 'proxy', msg: '407 Proxy Authentication Required', en: 'Proxy-Authenticate', de: 'Proxy-Authenticate' },
        { note: 'registrar', en: 'a note of thirty-four characters..', de: 'eine Notiz mit 34 Zeichen, lang ..' },
      ],
    },
    {
      lanes: ['caller', 'proxy'],
      steps: [{ from: 'proxy', to: 'caller', msg: '477 Unfortunately error on sending to next hop occurred (477/SL)', this: true }],
    },
  ];
  for (const flow of flows) {
    for (const lang of ['en', 'de'] as const) {
      const layout = lay(flow, lang);
      for (const t of texts(layout)) assert.ok(t.from >= 0 && t.to <= layout.width, `"${t.text}" spans ${t.from.toFixed(0)}–${t.to.toFixed(0)} of ${layout.width}`);
    }
  }
});

test('a long message wraps onto a second line and its row grows to fit', () => {
  const short = lay({ lanes: ['ua', 'proxy'], steps: [{ from: 'proxy', to: 'ua', msg: '555 Busy', this: true }] });
  const long = lay({ lanes: ['ua', 'proxy'], steps: [{ from: 'proxy', to: 'ua', msg: '555 Push Notification Service Not Supported', this: true }] });
  const arrow = long.steps[0]!;
  assert.equal(arrow.kind, 'arrow');
  if (arrow.kind !== 'arrow') return;
  assert.equal(arrow.lines.length, 2);
  assert.equal(arrow.lines.map((l) => l.msg).join(' '), '555 Push Notification Service Not Supported');
  assert.ok(long.height > short.height);
});

test('a remark sits beside its message when there is room and on its own line when not', () => {
  const { steps } = lay({
    lanes: ['caller', 'proxy', 'callee'],
    steps: [
      { from: 'caller', to: 'proxy', msg: 'INVITE', en: 'with credentials', de: 'mit Zugangsdaten' },
      { from: 'proxy', to: 'caller', msg: '422 Session Interval Too Small', en: 'Min-SE: 3600', de: 'Min-SE: 3600', this: true },
    ],
  });
  const [beside, below] = steps as Extract<FlowLayout['steps'][number], { kind: 'arrow' }>[];
  assert.deepEqual(beside!.lines.map(({ msg, remark }) => ({ msg, remark })), [{ msg: 'INVITE', remark: 'with credentials' }]);
  assert.deepEqual(below!.lines.map(({ msg, remark }) => ({ msg, remark })), [{ msg: '422 Session Interval Too Small', remark: undefined }, { msg: undefined, remark: 'Min-SE: 3600' }]);
});

test('a note sits beside its lane on the side with more room, wrapped to that room', () => {
  const layout = lay({
    lanes: ['caller', 'proxy', 'callee', 'callee2'],
    steps: [
      { from: 'caller', to: 'proxy', msg: 'INVITE', this: true },
      { note: 'caller', en: 'the caller hangs up', de: 'der Anrufer legt auf' },
      { note: 'callee2', en: 'the phone rings', de: 'das Telefon klingelt' },
      { note: 'proxy', en: 'waits for its other branches', de: 'wartet auf die übrigen Zweige' },
    ],
  });
  const x = new Map(layout.lanes.map((l) => [l.lane, l.x]));
  const [, left, right, middle] = layout.steps;
  assert.ok(left?.kind === 'note' && left.anchor === 'start' && left.x > x.get('caller')!, 'a note on the first lane goes to its right');
  assert.ok(right?.kind === 'note' && right.anchor === 'end' && right.x < x.get('callee2')!, 'a note on the last lane goes to its left');
  assert.ok(middle?.kind === 'note' && middle.anchor === 'start' && middle.x > x.get('proxy')!, 'the second of four lanes has more room to its right');
  assert.equal(left.lines.length, 1);
  for (const line of middle.lines) assert.ok(middle.x + textWidth(line.text, false) <= FLOW_WIDTH, `"${line.text}" fits to the right of the lane`);
});

test('a note wraps when it does not fit beside a middle lane', () => {
  const layout = lay(busy);
  const note = layout.steps.find((s) => s.kind === 'note')!;
  assert.equal(note.kind, 'note');
  if (note.kind !== 'note') return;
  assert.ok(note.lines.length >= 2, 'wrapped');
  assert.equal(note.lines.map((l) => l.text).join(' '), 'waits for its other branches');
  const proxy = layout.lanes.find((l) => l.lane === 'proxy')!.x;
  for (const line of note.lines) {
    const w = textWidth(line.text, false);
    assert.ok(note.anchor === 'start' ? note.x > proxy && note.x + w <= FLOW_WIDTH : note.x < proxy && note.x - w >= 0, `"${line.text}" stays on one side of the proxy`);
  }
});

test('lane names that would touch alternate between two rows; names that fit share one', () => {
  const four = { lanes: ['caller', 'proxy', 'callee', 'callee2'], steps: [{ from: 'caller', to: 'proxy', msg: 'INVITE', this: true }] };
  const de4 = lay(four, 'de').lanes;
  assert.equal(new Set(de4.map((l) => l.labelY)).size, 2, 'German names of four lanes need two rows');
  de4.forEach((l, i) => i > 0 && assert.notEqual(l.labelY, de4[i - 1]!.labelY));
  assert.equal(new Set(lay(busy, 'de').lanes.map((l) => l.labelY)).size, 1, 'three German names fit one row');
  for (const lang of ['en', 'de'] as const) {
    const laid = lay(four, lang).lanes;
    laid.forEach((l, i) => {
      const prev = laid[i - 1];
      if (!prev || prev.labelY !== l.labelY) return;
      assert.ok(prev.labelX + textWidth(prev.label, false) / 2 < l.labelX - textWidth(l.label, false) / 2, `${prev.label} and ${l.label} do not overlap`);
    });
  }
});

// --- bad descriptions -------------------------------------------------------------------------

test('an arrow to a lane the flow does not list is refused at that step\'s "to"', () => {
  const flow = structuredClone(busy) as Record<string, any>;
  flow.steps[1].to = 'registrar';
  assert.match(problems(flow).join('\n'), /^steps\.1\.to: "registrar" is not one of this flow's lanes \(caller, proxy, callee\)$/m);
});

test('an arrow to a lane that does not exist at all is refused at that step\'s "to"', () => {
  const flow = structuredClone(busy) as Record<string, any>;
  flow.steps[3].to = 'bob';
  assert.match(problems(flow).join('\n'), /^steps\.3\.to: /m);
});

test('a note on an unknown lane is refused at that step\'s "note"', () => {
  const flow = structuredClone(busy) as Record<string, any>;
  flow.steps[4].note = 'gateway';
  assert.match(problems(flow).join('\n'), /^steps\.4\.note: "gateway" is not one of this flow's lanes/m);
});

test('a flow without a highlighted arrow is refused', () => {
  const flow = structuredClone(busy) as Record<string, any>;
  delete flow.steps[2].this;
  assert.match(problems(flow).join('\n'), /^steps: exactly one arrow must be this page's code \(this: true\); found 0$/m);
});

test('a flow with two highlighted arrows is refused', () => {
  const flow = structuredClone(busy) as Record<string, any>;
  flow.steps[5].this = true;
  assert.match(problems(flow).join('\n'), /^steps: exactly one arrow must be this page's code \(this: true\); found 2$/m);
});

test('a lane listed twice is refused', () => {
  assert.match(problems({ ...busy, lanes: ['caller', 'proxy', 'caller'] }).join('\n'), /^lanes: a lane is listed twice$/m);
});

test('more than four lanes are refused, and fewer than two', () => {
  assert.match(problems({ ...busy, lanes: ['caller', 'proxy', 'proxy2', 'callee', 'callee2'] }).join('\n'), /^lanes: at most four lanes/m);
  assert.match(problems({ lanes: ['caller'], steps: [{ note: 'caller', en: 'alone', de: 'allein' }] }).join('\n'), /^lanes: a flow needs at least two lanes/m);
});

test('a remark in one language only is refused at the missing language', () => {
  const onlyEn = structuredClone(busy) as Record<string, any>;
  onlyEn.steps[0].en = 'with credentials';
  assert.match(problems(onlyEn).join('\n'), /^steps\.0\.de: a remark needs both "en" and "de"$/m);
  const onlyDe = structuredClone(busy) as Record<string, any>;
  onlyDe.steps[0].de = 'mit Zugangsdaten';
  assert.match(problems(onlyDe).join('\n'), /^steps\.0\.en: a remark needs both "en" and "de"$/m);
});

test('a note longer than 34 characters, an arrow to its own lane and a message not as on the wire are refused', () => {
  const long = structuredClone(busy) as Record<string, any>;
  long.steps[4].de = 'wartet geduldig auf die übrigen Zweige';
  assert.match(problems(long).join('\n'), /^steps\.4\.de: at most 34 characters/m);
  const self = structuredClone(busy) as Record<string, any>;
  self.steps[0].to = 'caller';
  assert.match(problems(self).join('\n'), /^steps\.0\.to: an arrow goes from one lane to another$/m);
  const prose = structuredClone(busy) as Record<string, any>;
  prose.steps[0].msg = 'an invite';
  assert.match(problems(prose).join('\n'), /^steps\.0\.msg: write a method such as INVITE/m);
});

test('a misspelt field is refused at that field, not as a step matching nothing', () => {
  const typo = structuredClone(busy) as Record<string, any>;
  typo.steps[1] = { from: 'proxy', to: 'callee', mgs: 'INVITE' };
  const found = problems(typo).join('\n');
  assert.match(found, /^steps\.1\.msg: /m);
  assert.match(found, /^steps\.1: Unrecognized key: "mgs"/m);
  const note = structuredClone(busy) as Record<string, any>;
  delete note.steps[4].de;
  assert.match(problems(note).join('\n'), /^steps\.4\.de: /m);
});

// --- the content -----------------------------------------------------------------------------

test('every code has a flow whose highlighted arrow carries that code and its phrase', () => {
  const wrong = entryFiles().flatMap((file) => {
    const data = splitEntry(readFileSync(`${CODES_DIR}/${file}`, 'utf8')).data as { code: number; phrase: string; flow?: Flow };
    if (!data.flow) return [`${file}: no flow`];
    const own = data.flow.steps.filter((s) => 'this' in s && s.this);
    return own.length === 1 && 'msg' in own[0]! && own[0].msg.startsWith(`${data.code} ${data.phrase}`) ? [] : [`${file}: the highlighted arrow is not "${data.code} ${data.phrase}"`];
  });
  assert.deepEqual(wrong, []);
});

test('every lane has a name in both languages', () => {
  for (const lane of LANES) {
    assert.ok(en.flow.lanes[lane], `${lane} in English`);
    assert.ok(de.flow.lanes[lane], `${lane} in German`);
  }
});

test('a class page\'s typical exchange highlights a code of that class', () => {
  const wrong = ['1xx', '2xx', '3xx', '4xx', '5xx', '6xx', '7xx'].flatMap((cls) => {
    const data = splitEntry(readFileSync(`content/classes/${cls}.mdx`, 'utf8')).data as { flow?: unknown };
    if (data.flow === undefined) return [];
    const parsed = flowSchema.safeParse(data.flow);
    if (!parsed.success) return parsed.error.issues.map((i) => `${cls}: flow.${i.path.join('.')}: ${i.message}`);
    const own = parsed.data.steps.find((s) => 'this' in s && s.this);
    return own && 'msg' in own && own.msg.startsWith(cls[0]!) ? [] : [`${cls}: the highlighted arrow is not a ${cls} response`];
  });
  assert.deepEqual(wrong, []);
});
