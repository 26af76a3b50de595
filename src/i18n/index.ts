import en from './en.ts';
import de from './de.ts';

export const LANGS = ['en', 'de'] as const;
export type Lang = (typeof LANGS)[number];

const dictionaries = { en, de } satisfies Record<Lang, typeof en>;

export function useTranslations(lang: Lang) {
  return dictionaries[lang];
}

/** The value of the optional [...lang] route parameter: English lives at the root. */
export function langParam(lang: Lang): string | undefined {
  return lang === 'en' ? undefined : lang;
}

export function langFromParam(param: string | undefined): Lang {
  return param === 'de' ? 'de' : 'en';
}

/** "/code/603" in the given language: "/code/603" or "/de/code/603". Paths never end in "/" except the home page. */
export function localizePath(path: string, lang: Lang): string {
  const clean = path === '/' ? '/' : path.replace(/\/+$/, '');
  if (lang === 'en') return clean;
  return clean === '/' ? '/de/' : `/de${clean}`;
}

/** The language a path belongs to. */
export function langOfPath(pathname: string): Lang {
  return /^\/de(\/|$)/.test(pathname) ? 'de' : 'en';
}

/** The same page in the other language: the single helper behind the language toggle and hreflang. */
export function counterpartPath(pathname: string): string {
  const lang = langOfPath(pathname);
  const base = lang === 'de' ? pathname.replace(/^\/de/, '') || '/' : pathname;
  return localizePath(base, lang === 'en' ? 'de' : 'en');
}

/** The language-neutral path ("/code/603") of a localized one. */
export function basePath(pathname: string): string {
  const base = pathname.replace(/^\/de(?=\/|$)/, '') || '/';
  return base === '/' ? '/' : base.replace(/\/+$/, '');
}
