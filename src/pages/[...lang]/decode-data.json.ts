// What the decoder needs besides its code, per language: facts about codes, Q.850 causes,
// Warning codes and the phrases stacks send (src/lib/decodeFacts.ts), the page's words, and
// the example pastes. Fetched once, when the user first interacts with the decoder.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { getCodes, perLanguage } from '../../data/collections.ts';
import { stackTables } from '../../lib/stacks.ts';
import { decodeFacts } from '../../lib/decodeFacts.ts';
import type { DecodeFacts } from '../../lib/decode.ts';
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { EXAMPLE_401, EXAMPLE_486, EXAMPLE_FREESWITCH } from '../../lib/decodeExamples.ts';

export const getStaticPaths = (() => perLanguage([{ params: {}, props: {} }])) satisfies GetStaticPaths;

export interface DecodeData {
  messages: ReturnType<typeof useTranslations>['decode'];
  facts: DecodeFacts;
  examples: Record<'401' | '486' | 'log', string>;
}

export const GET: APIRoute = async ({ props }) => {
  const lang = (props as { lang: Lang }).lang;
  const read = (f: string) => readFileSync(`content/reference/${f}`, 'utf8');
  const tables = stackTables();
  const result: DecodeData = {
    messages: useTranslations(lang).decode,
    facts: decodeFacts(lang, {
      codes: (await getCodes()).map((c) => c.data),
      causes: (await getCollection('causes')).map((c) => c.data),
      warnings: (await getCollection('warnings')).map((w) => w.data),
      ianaCodesCsv: read('iana-sip-response-codes.csv'),
      ianaWarningsCsv: read('iana-sip-warning-codes.csv'),
      q850Tsv: read('q850-causes.tsv'),
      causeNames: tables.causeNames,
      phrases: tables.phrases,
    }),
    examples: { '401': EXAMPLE_401, '486': EXAMPLE_486, log: EXAMPLE_FREESWITCH },
  };
  return new Response(JSON.stringify(result), { headers: { 'content-type': 'application/json' } });
};
