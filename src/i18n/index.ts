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

/**
 * "/code/603" in the given language: "/code/603/" or "/de/code/603/". Pages are folders
 * (code/603/index.html), so the address with the slash is the one every static server answers
 * without a redirect; it is the canonical one and the one links use. Files keep their name.
 */
export function localizePath(path: string, lang: Lang): string {
  const clean = path.replace(/\/+$/, '');
  const folder = /\.[a-z]+$/.test(clean) ? clean : `${clean}/`;
  return lang === 'en' ? folder : `/de${folder}`;
}

/** The language a path belongs to. */
export function langOfPath(pathname: string): Lang {
  return /^\/de(\/|$)/.test(pathname) ? 'de' : 'en';
}

/** The same page in the other language: the single helper behind the language toggle and hreflang. */
export function counterpartPath(pathname: string): string {
  return localizePath(basePath(pathname), langOfPath(pathname) === 'en' ? 'de' : 'en');
}

/** The language-neutral path ("/code/603") of a localized one. */
export function basePath(pathname: string): string {
  const base = pathname.replace(/^\/de(?=\/|$)/, '') || '/';
  return base === '/' ? '/' : base.replace(/\/+$/, '');
}
