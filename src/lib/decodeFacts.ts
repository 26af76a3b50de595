// Builds the decoder's facts (DecodeFacts) from the site's content and reference tables. Pure
// over its inputs, so the build (src/pages/[...lang]/decode-data.json.ts) and the unit tests
// make the same facts.
import type { Lang } from '../i18n/index.ts';
import type { CodeFact, DecodeFacts } from './decode.ts';
import { parseTsv, type CauseName, type StackPhrase } from './stacks.ts';

export interface FactInputs {
  codes: { code: number; phrase: string; methods: string[]; headers: { name: string; level: string; en: string; de: string }[] }[];
  causes: { cause: number; nameDe: string }[];
  warnings: { warning: number; text: string; textDe: string; status: string }[];
  /** content/reference/iana-sip-response-codes.csv, iana-sip-warning-codes.csv, q850-causes.tsv */
  ianaCodesCsv: string;
  ianaWarningsCsv: string;
  q850Tsv: string;
  causeNames: CauseName[];
  phrases: StackPhrase[];
}

/** Registry CSV rows "Value,Description,Reference" (descriptions have no commas). */
export function ianaCsv(text: string): Map<number, string> {
  const rows = text.trim().split('\n').slice(1);
  return new Map(rows.map((r) => r.split(',')).filter((c) => /^\d{3}$/.test(c[0]!)).map((c) => [Number(c[0]), c[1]!.trim()]));
}

// Display tools print phrases but never send them.
const NOT_SENDERS = new Set(['wireshark', 'sngrep']);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function decodeFacts(lang: Lang, input: FactInputs): DecodeFacts {
  // IANA marks 202 "Accepted (Deprecated)": the phrase on the wire is "Accepted".
  const iana = new Map([...ianaCsv(input.ianaCodesCsv)].map(([c, p]) => [c, p.replace(/\s*\(Deprecated\)$/, '')]));
  const codes: Record<string, CodeFact> = {};
  for (const data of input.codes) {
    const fact: CodeFact = {
      phrase: data.phrase,
      page: true,
      methods: data.methods,
      must: data.headers.filter((h) => h.level === 'MUST').map((h) => ({ name: h.name, text: h[lang] })),
    };
    const registered = iana.get(data.code);
    if (registered) fact.iana = registered;
    codes[data.code] = fact;
  }
  for (const [code, phrase] of iana) codes[code] ??= { phrase, iana: phrase, page: false, methods: ['any'], must: [] };

  const causeEntries = new Map(input.causes.map((c) => [c.cause, c]));
  const causes: Record<string, string> = {};
  for (const row of parseTsv(input.q850Tsv)) {
    const entry = causeEntries.get(Number(row.cause));
    causes[row.cause!] = lang === 'de' && entry ? `${row.name} (${entry.nameDe})` : row.name!;
  }

  const fsCauses: Record<string, number> = {};
  for (const n of input.causeNames) if (n.namer === 'freeswitch') fsCauses[n.name] = n.cause;

  const warnings: DecodeFacts['warnings'] = {};
  for (const [code, text] of ianaCsv(input.ianaWarningsCsv)) warnings[code] = { text, registered: true };
  for (const w of input.warnings) warnings[w.warning] = { text: lang === 'de' ? `${w.text} (${w.textDe})` : w.text, registered: w.status === 'registered' };

  const stackPhrases: DecodeFacts['stackPhrases'] = {};
  for (const p of input.phrases) {
    if (NOT_SENDERS.has(p.stack) || norm(p.phrase) === norm(iana.get(p.code) ?? '')) continue;
    const list = (stackPhrases[p.code] ??= []);
    const same = list.find((x) => x.phrase === p.phrase);
    if (same) {
      if (!same.stacks.includes(p.stack)) same.stacks.push(p.stack);
    } else list.push({ phrase: p.phrase, stacks: [p.stack] });
  }
  return { codes, causes, fsCauses, warnings, stackPhrases };
}
