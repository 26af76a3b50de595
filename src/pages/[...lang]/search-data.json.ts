// What the search needs besides Pagefind's index, per language: every code with the facts
// a result shows, and the vocabulary that typo correction matches against. Fetched only
// when the user opens search.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getClasses, getCodes, perLanguage } from '../../data/collections.ts';
import { words } from '../../lib/fuzzy.ts';
import { stackPhraseGroups } from '../../lib/stacks.ts';
import { useTranslations, type Lang } from '../../i18n/index.ts';

export const getStaticPaths = (() => perLanguage([{ params: {}, props: {} }])) satisfies GetStaticPaths;

export interface SearchCode {
  code: number;
  phrase: string;
  phraseDe: string;
  status: string;
  outcome: string;
  meaning: string;
  /** Other phrases that mean this code: former names, variants, and the phrases SIP stacks send (stack-phrases.tsv). */
  aliases: string[];
}

/** The panel's words in the page's language: fetched with the data, not sent with every page. */
export function searchMessages(lang: Lang) {
  const t = useTranslations(lang);
  return {
    noResults: t.searchNoResults,
    quotedQuery: t.quote('{0}'),
    tryInstead: t.searchTryInstead,
    loading: t.searchLoading,
    offline: t.searchOffline,
    hint: t.searchHint,
    filterClass: t.searchFilterClass,
    filterStatus: t.searchFilterStatus,
    filterAll: t.searchFilterAll,
    /** Per class digit: what RFC 3261 §8.1.3.2 makes of an unknown code of that class. */
    unknownCode: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, t.searchUnknownCode('{0}', String(d))])) as Record<number, string>,
    openClass: t.searchOpenClass('{0}'),
    results: t.searchLabel,
    status: t.status,
    outcome: t.outcome,
  };
}

export interface SearchData {
  messages: ReturnType<typeof searchMessages>;
  codes: SearchCode[];
  classes: { digit: number; name: string }[];
  vocabulary: string[];
}

export const GET: APIRoute = async ({ props }) => {
  const lang = (props as { lang: Lang }).lang;
  const t = useTranslations(lang);
  const codes = await getCodes();
  const vocabulary = new Set<string>();
  const result: SearchData = {
    messages: searchMessages(lang),
    codes: codes.map(({ data }) => {
      const aliases = [...data.variants.map((v) => v.phrase), ...stackPhraseGroups(data.code, data.phrase).map((g) => g.phrase)];
      for (const text of [data.phrase, data.phraseDe, data.meaning[lang], ...aliases, ...data.keywords[lang], t.outcome[data.outcome]]) {
        for (const w of words(text)) if (w.length >= 4 && !/\d/.test(w)) vocabulary.add(w);
      }
      return { code: data.code, phrase: data.phrase, phraseDe: data.phraseDe, status: data.status, outcome: data.outcome, meaning: data.meaning[lang], aliases };
    }),
    classes: [...(await getClasses())].map(([digit, c]) => ({ digit, name: c.data.name[lang] })),
    vocabulary: [...vocabulary].sort(),
  };
  return new Response(JSON.stringify(result), { headers: { 'content-type': 'application/json' } });
};
