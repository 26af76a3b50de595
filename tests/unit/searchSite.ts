// The site's search data built from the entry files without Astro, for the search unit tests:
// the same builder the search-data.json route uses (src/data/searchDataBuild.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitEntry } from '../../src/lib/entryFile.ts';
import { buildSearchData, type SearchSources } from '../../src/data/searchDataBuild.ts';
import { readQuery, targetKey, type QueryIndex } from '../../src/lib/query.ts';
import { PhraseIndex } from '../../src/lib/rank.ts';
import { rankKeys, type Lookup } from '../../src/lib/results.ts';
import { queryIndexFromData, type SearchData } from '../../src/lib/searchData.ts';
import { correctQuery, words } from '../../src/lib/fuzzy.ts';
import type { Lang } from '../../src/i18n/index.ts';

function entries<T>(dir: string): T[] {
  return readdirSync(join('content', dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => splitEntry(readFileSync(join('content', dir, f), 'utf8')).data as T);
}

const withDefaults = <T extends object>(e: T) => ({ keywords: { en: [], de: [] }, variants: [], codes: [], ...e });

let built: Partial<Record<Lang, SearchData>> = {};

export function siteData(lang: Lang): SearchData {
  return (built[lang] ??= buildSearchData(
    lang,
    {
      codes: entries<SearchSources['codes'][number]>('codes').map(withDefaults),
      causes: entries<SearchSources['causes'][number]>('causes').map(withDefaults),
      freeswitchCauses: entries<SearchSources['freeswitchCauses'][number]>('freeswitch-causes').map(withDefaults),
      warnings: entries<SearchSources['warnings'][number]>('warnings').map(withDefaults),
      classes: [1, 2, 3, 4, 5, 6, 7].map((digit) => ({ digit, name: { en: `${digit}xx`, de: `${digit}xx` } })),
    },
    {},
  ));
}

export function siteIndex(lang: Lang = 'en'): QueryIndex {
  return queryIndexFromData(siteData(lang));
}

/** The first key the reader names for a query ("486", "c17", "w305", "fLOSE_RACE"), or undefined. */
export function named(query: string, lang: Lang = 'en'): string | undefined {
  const t = readQuery(query, siteIndex(lang)).named[0];
  return t && targetKey(t);
}

const phraseIndexes: Partial<Record<Lang, PhraseIndex>> = {};

/** Result keys as the panel orders them before Pagefind: reader, typo correction, phrases. */
export function results(query: string, lang: Lang = 'en'): string[] {
  const data = siteData(lang);
  const phrases = (phraseIndexes[lang] ??= new PhraseIndex(data.phrases));
  const plan = readQuery(query, siteIndex(lang));
  const text = plan.text && words(plan.text).length <= 6 ? correctQuery(plan.text, phrases.vocabulary()) : plan.text;
  const lookup: Lookup = {
    codes: new Map(data.codes.map((c) => [c.code, c])),
    causes: new Map(data.causes.map((c) => [c.cause, c])),
    fs: new Map(data.fsCauses.map((f) => [f.name, f])),
    warnings: new Map(data.warnings.map((w) => [w.warning, w])),
  };
  return rankKeys(plan, text ? phrases.match(text) : [], lookup);
}

export function resetSiteData(): void {
  built = {};
}
