// What search needs besides Pagefind's index, per language: every code, cause, FreeSWITCH cause
// and warn-code with the facts a result shows, every name stacks give causes, and the phrase
// index (src/lib/rank.ts). Fetched only when the user opens search.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCauses, getClasses, getCodes, getFreeswitchCauses, getWarnings, perLanguage } from '../../data/collections.ts';
import { buildSearchData } from '../../data/searchDataBuild.ts';
import { useTranslations, type Lang } from '../../i18n/index.ts';

export const getStaticPaths = (() => perLanguage([{ params: {}, props: {} }])) satisfies GetStaticPaths;

export type { SearchCode, SearchCause, SearchFsCause, SearchWarning } from '../../lib/searchData.ts';

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
    treatedAs: t.search.treatedAs('{0}', '{1}'),
    results: t.searchLabel,
    status: t.status,
    outcome: t.outcome,
    filterKind: t.search.filterKind,
    kinds: t.search.kinds,
    badge: t.search.badge,
    mapsTo: t.search.mapsTo,
    decoder: t.search.decoder,
    decoderLink: t.search.decoderLink,
  };
}

export type SearchMessages = ReturnType<typeof searchMessages>;

export const GET: APIRoute = async ({ props }) => {
  const lang = (props as { lang: Lang }).lang;
  const [codes, causes, freeswitchCauses, warnings, classes] = await Promise.all([getCodes(), getCauses(), getFreeswitchCauses(), getWarnings(), getClasses()]);
  const data = buildSearchData(
    lang,
    {
      codes: codes.map((e) => e.data),
      causes: causes.map((e) => e.data),
      freeswitchCauses: freeswitchCauses.map((e) => e.data),
      warnings: warnings.map((e) => e.data),
      classes: [...classes].map(([digit, c]) => ({ digit, name: c.data.name })),
    },
    searchMessages(lang),
  );
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
