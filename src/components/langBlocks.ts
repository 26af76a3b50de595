import LangShown from './LangShown.astro';
import LangHidden from './LangHidden.astro';
import BodyHeading from './BodyHeading.astro';
import type { Lang } from '../i18n/index.ts';

/**
 * The components an entry's MDX body resolves to on a page in `lang`: its <En> and <De>
 * blocks, and its "## …" headings, which get stable ids and a link to themselves. A body may
 * use only the components listed in BODY_COMPONENTS (src/lib/body.ts); the build refuses any
 * other, so a component added here must be added there too.
 */
export function langBlocks(lang: Lang) {
  return { En: lang === 'en' ? LangShown : LangHidden, De: lang === 'de' ? LangShown : LangHidden, h2: BodyHeading };
}
