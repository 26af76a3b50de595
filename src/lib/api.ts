// The JSON the site publishes for programs: /api/codes.json, /api/code/486.json, and the same
// for causes, FreeSWITCH causes and Warning codes. The shapes below are the contract: field
// names are stable (README, "JSON for programs"), every file is checked against them when it
// is built, and a test checks the built files again.
import { z } from 'astro/zod';
import type { CauseData, FreeswitchCauseData } from './causeSchema.ts';
import type { CodeData } from './schema.ts';
import type { WarningData } from './warningSchema.ts';
import { classOf, classSlug, isFinal, rfcUrl } from './codes.ts';
import { causeToCode, codeToCause, type Answer } from './mapping.ts';
import { causeClassOf, stackTables } from './stacks.ts';
import { localizePath } from '../i18n/index.ts';

/** Bumped only when a field changes meaning or disappears; new fields do not bump it. */
export const API_VERSION = 1;

const both = z.strictObject({ en: z.string(), de: z.string() });
const ref = z.strictObject({ rfc: z.string(), section: z.string(), url: z.url() });
const urls = z.strictObject({ en: z.url(), de: z.url(), json: z.url() });
/** What each source maps a value to: RFC 3398, Asterisk, FreeSWITCH, OpenSIPS (null: none). */
const mapped = z.record(z.string(), z.strictObject({ values: z.array(z.number().nullable()), default: z.boolean() }));

export const codeSummary = z.strictObject({
  code: z.number().int(),
  phrase: z.string(),
  phraseDe: z.string(),
  class: z.string(),
  final: z.boolean(),
  status: z.string(),
  outcome: z.string(),
  meaning: both,
  defined: ref.nullable(),
  url: urls,
});

export const codeDetail = codeSummary.extend({
  version: z.literal(API_VERSION),
  variants: z.array(z.strictObject({ phrase: z.string(), kind: z.string() })),
  senders: z.array(z.string()),
  methods: z.array(z.string()),
  headers: z.array(z.strictObject({ name: z.string(), level: z.string(), ref: ref.nullable(), text: both })),
  retry: z.strictObject({ kind: z.string(), text: both }),
  related: z.array(z.strictObject({ code: z.number().int(), text: both })),
  causes: z.strictObject({ received: mapped }),
});

export const causeSummary = z.strictObject({
  cause: z.number().int(),
  name: z.string(),
  nameDe: z.string(),
  class: z.string(),
  q850: z.boolean(),
  meaning: both,
  names: z.record(z.string(), z.array(z.string())),
  url: urls,
});

export const causeDetail = causeSummary.extend({
  version: z.literal(API_VERSION),
  sip: mapped,
  related: z.array(z.strictObject({ cause: z.number().int(), text: both })),
  relatedCodes: z.array(z.strictObject({ code: z.number().int(), text: both })),
  reason: z.string(),
});

export const freeswitchCauseSummary = z.strictObject({
  name: z.string(),
  number: z.number().int(),
  meaning: both,
  url: urls,
});

export const freeswitchCauseDetail = freeswitchCauseSummary.extend({ version: z.literal(API_VERSION), codes: z.array(z.number().int()) });

export const warningSummary = z.strictObject({
  warning: z.number().int(),
  text: z.string(),
  textDe: z.string(),
  status: z.string(),
  meaning: both,
  defined: ref.nullable(),
  codes: z.array(z.number().int()),
  url: urls,
});

export const warningDetail = warningSummary.extend({ version: z.literal(API_VERSION), example: z.string() });

export const lists = {
  codes: z.strictObject({ version: z.literal(API_VERSION), codes: z.array(codeSummary) }),
  causes: z.strictObject({ version: z.literal(API_VERSION), causes: z.array(causeSummary) }),
  freeswitchCauses: z.strictObject({ version: z.literal(API_VERSION), freeswitchCauses: z.array(freeswitchCauseSummary) }),
  warnings: z.strictObject({ version: z.literal(API_VERSION), warnings: z.array(warningSummary) }),
};

/** The JSON twin of a page: /code/486 → /api/code/486.json. */
export function jsonPath(path: string): string {
  return `/api${path.replace(/\/+$/, '')}.json`;
}

function pageUrls(path: string, site: URL): z.output<typeof urls> {
  return { en: new URL(localizePath(path, 'en'), site).href, de: new URL(localizePath(path, 'de'), site).href, json: new URL(jsonPath(path), site).href };
}

const refOf = (r: { rfc: string; section: string } | undefined) => (r ? { rfc: r.rfc, section: r.section, url: rfcUrl(r.rfc, r.section) } : null);
const text = (x: { en: string; de: string }) => ({ en: x.en, de: x.de });

function mappedOf(answers: Answer[]): z.output<typeof mapped> {
  return Object.fromEntries(answers.map((a) => [a.mapper, { values: a.items.map((i) => i.value), default: a.isDefault }]));
}

export function codeToJson(d: CodeData, site: URL): z.output<typeof codeSummary> {
  return {
    code: d.code,
    phrase: d.phrase,
    phraseDe: d.phraseDe,
    class: classSlug(classOf(d.code)),
    final: isFinal(d.code),
    status: d.status,
    outcome: d.outcome,
    meaning: text(d.meaning),
    defined: refOf(d.defined),
    url: pageUrls(`/code/${d.code}`, site),
  };
}

export function codeDetailToJson(d: CodeData, site: URL): z.output<typeof codeDetail> {
  return codeDetail.parse({
    version: API_VERSION,
    ...codeToJson(d, site),
    variants: d.variants.map((v) => ({ phrase: v.phrase, kind: v.kind })),
    senders: d.senders,
    methods: d.methods,
    headers: d.headers.map((h) => ({ name: h.name, level: h.level, ref: refOf(h.ref), text: text(h) })),
    retry: { kind: d.retry.kind, text: text(d.retry) },
    related: d.related.map((r) => ({ code: r.code, text: text(r) })),
    causes: { received: mappedOf(codeToCause(d.code)) },
  });
}

function causeNamesOf(cause: number): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const n of stackTables().causeNames.filter((x) => x.cause === cause)) (out[n.namer] ??= []).push(n.name);
  return out;
}

export function causeToJson(d: CauseData, site: URL): z.output<typeof causeSummary> {
  return {
    cause: d.cause,
    name: d.name,
    nameDe: d.nameDe,
    class: causeClassOf(d.cause),
    q850: d.q850,
    meaning: text(d.meaning),
    names: causeNamesOf(d.cause),
    url: pageUrls(`/cause/${d.cause}`, site),
  };
}

/**
 * The Reason header (RFC 3326 §2) a stack sends for a cause. The note the site adds to the names of
 * 32 and 48, "(class name, not a Q.850 value)", is ours and no stack would put it on the wire.
 */
export function reasonHeader(cause: number, name: string): string {
  return `Reason: Q.850;cause=${cause};text="${name.replace(/ \([^)]*not a Q\.850 value\)$/, '')}"`;
}

export function causeDetailToJson(d: CauseData, site: URL): z.output<typeof causeDetail> {
  return causeDetail.parse({
    version: API_VERSION,
    ...causeToJson(d, site),
    sip: mappedOf(causeToCode(d.cause)),
    related: d.related.map((r) => ({ cause: r.cause, text: text(r) })),
    relatedCodes: d.relatedCodes.map((r) => ({ code: r.code, text: text(r) })),
    reason: reasonHeader(d.cause, d.name),
  });
}

export function freeswitchCauseToJson(d: FreeswitchCauseData, site: URL): z.output<typeof freeswitchCauseSummary> {
  return { name: d.name, number: d.number, meaning: text(d.meaning), url: pageUrls(`/freeswitch-cause/${d.name}`, site) };
}

export function freeswitchCauseDetailToJson(d: FreeswitchCauseData, site: URL): z.output<typeof freeswitchCauseDetail> {
  return freeswitchCauseDetail.parse({ version: API_VERSION, ...freeswitchCauseToJson(d, site), codes: d.codes });
}

export function warningToJson(d: WarningData, site: URL): z.output<typeof warningSummary> {
  return {
    warning: d.warning,
    text: d.text,
    textDe: d.textDe,
    status: d.status,
    meaning: text(d.meaning),
    defined: refOf(d.defined),
    codes: d.codes,
    url: pageUrls(`/warning/${d.warning}`, site),
  };
}

export function warningDetailToJson(d: WarningData, site: URL): z.output<typeof warningDetail> {
  return warningDetail.parse({ version: API_VERSION, ...warningToJson(d, site), example: d.example.header });
}

/** A JSON response; pretty enough to read in a browser, stable key order. */
export function json(body: unknown): Response {
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
