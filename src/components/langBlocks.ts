import LangShown from './LangShown.astro';
import LangHidden from './LangHidden.astro';
import type { Lang } from '../i18n/index.ts';

/** The components that an entry's <En> and <De> blocks resolve to on a page in `lang`. */
export function langBlocks(lang: Lang) {
  return { En: lang === 'en' ? LangShown : LangHidden, De: lang === 'de' ? LangShown : LangHidden };
}
