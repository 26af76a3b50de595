// The one place pages read content from; loaded and sorted once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { classSlug, CLASSES, type ClassDigit } from '../lib/codes.ts';
import { LANGS, langParam, type Lang } from '../i18n/index.ts';

export type CodeEntry = CollectionEntry<'codes'>;
export type ClassEntry = CollectionEntry<'classes'>;
export type CauseEntry = CollectionEntry<'causes'>;
export type FreeswitchCauseEntry = CollectionEntry<'freeswitchCauses'>;
export type WarningEntry = CollectionEntry<'warnings'>;

let codes: Promise<CodeEntry[]> | undefined;
let causes: Promise<CauseEntry[]> | undefined;
let freeswitchCauses: Promise<FreeswitchCauseEntry[]> | undefined;
let warnings: Promise<WarningEntry[]> | undefined;

export function getCodes(): Promise<CodeEntry[]> {
  return (codes ??= getCollection('codes').then((all) => all.sort((a, b) => a.data.code - b.data.code)));
}

export function getCauses(): Promise<CauseEntry[]> {
  return (causes ??= getCollection('causes').then((all) => all.sort((a, b) => a.data.cause - b.data.cause)));
}

export function getFreeswitchCauses(): Promise<FreeswitchCauseEntry[]> {
  return (freeswitchCauses ??= getCollection('freeswitchCauses').then((all) => all.sort((a, b) => a.data.number - b.data.number)));
}

export function getWarnings(): Promise<WarningEntry[]> {
  return (warnings ??= getCollection('warnings').then((all) => all.sort((a, b) => a.data.warning - b.data.warning)));
}

let classes: Promise<Map<ClassDigit, ClassEntry>> | undefined;

/** The class texts by digit, in order; every class 1xx–7xx must have one. */
export function getClasses(): Promise<Map<ClassDigit, ClassEntry>> {
  return (classes ??= getCollection('classes').then((all) => {
    const byDigit = new Map(all.map((c) => [Number(c.id[0]) as ClassDigit, c]));
    for (const digit of CLASSES) {
      if (!byDigit.has(digit)) throw new Error(`content/classes/${classSlug(digit)}.mdx is missing`);
    }
    return new Map([...byDigit].sort(([a], [b]) => a - b));
  }));
}

/** getStaticPaths helper: the same page once per language (English at the root). */
export function perLanguage<P extends Record<string, unknown>>(items: { params: Record<string, string>; props: P }[]) {
  return LANGS.flatMap((lang: Lang) =>
    items.map((item) => ({ params: { lang: langParam(lang), ...item.params }, props: { ...item.props, lang } })),
  );
}
