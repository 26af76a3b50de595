// The one place pages read content from; sorted once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { classSlug, CLASSES, type ClassDigit } from '../lib/codes.ts';
import { LANGS, langParam, type Lang } from '../i18n/index.ts';

export type CodeEntry = CollectionEntry<'codes'>;
export type ClassEntry = CollectionEntry<'classes'>;

let codes: Promise<CodeEntry[]> | undefined;

export function getCodes(): Promise<CodeEntry[]> {
  return (codes ??= getCollection('codes').then((all) => all.sort((a, b) => a.data.code - b.data.code)));
}

export async function getClasses(): Promise<Map<ClassDigit, ClassEntry>> {
  const all = await getCollection('classes');
  const byDigit = new Map(all.map((c) => [Number(c.id[0]) as ClassDigit, c]));
  for (const digit of CLASSES) {
    if (!byDigit.has(digit)) throw new Error(`content/classes/${classSlug(digit)}.mdx is missing`);
  }
  return byDigit;
}

/** getStaticPaths helper: the same page once per language (English at the root). */
export function perLanguage<P extends Record<string, unknown>>(items: { params: Record<string, string>; props: P }[]) {
  return LANGS.flatMap((lang: Lang) =>
    items.map((item) => ({ params: { lang: langParam(lang), ...item.params }, props: { ...item.props, lang } })),
  );
}
