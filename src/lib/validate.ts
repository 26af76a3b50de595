// Checks that need more than one field, or more than one file: the parts of "bad content
// never builds" that a per-entry zod schema cannot see. Each problem names file and field.

import type { Lang } from '../i18n/index.ts';

/** The sections every code page's prose has, per language, as level-2 headings in the body. */
export const BODY_SECTIONS: Record<Lang, readonly string[]> = {
  en: ['Who sends it', 'Typical causes', 'What to do'],
  de: ['Wer sie sendet', 'Typische Ursachen', 'Was zu tun ist'],
};

const TAG: Record<Lang, string> = { en: 'En', de: 'De' };

export interface Problem {
  field: string;
  message: string;
}

/** The text inside <En>…</En> or <De>…</De>, or undefined when the block is missing. */
export function langBlock(body: string, lang: Lang): string | undefined {
  const tag = TAG[lang];
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(body);
  return m?.[1];
}

/** Bullet items under "## heading" inside a language block. */
export function sectionItems(block: string, heading: string): string[] {
  const start = block.indexOf(`## ${heading}\n`);
  if (start < 0) return [];
  const rest = block.slice(start + heading.length + 4);
  const end = rest.search(/^## /m);
  return (end < 0 ? rest : rest.slice(0, end))
    .split('\n')
    .filter((l) => /^- \S/.test(l));
}

export function checkBody(body: string | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const lang of ['en', 'de'] as const) {
    const field = `body <${TAG[lang]}>`;
    const block = langBlock(body ?? '', lang);
    if (block === undefined || block.trim() === '') {
      problems.push({ field, message: `the ${lang === 'en' ? 'English' : 'German'} text is missing: add <${TAG[lang]}>…</${TAG[lang]}>` });
      continue;
    }
    for (const heading of BODY_SECTIONS[lang]) {
      if (!new RegExp(`^## ${heading}$`, 'm').test(block)) {
        problems.push({ field, message: `section "## ${heading}" is missing` });
      }
    }
    for (const heading of BODY_SECTIONS[lang].slice(1)) {
      const n = sectionItems(block, heading).length;
      if (block.includes(`## ${heading}\n`) && (n < 3 || n > 6)) {
        problems.push({ field, message: `section "## ${heading}" has ${n} items; it needs 3 to 6` });
      }
    }
  }
  return problems;
}

export interface EntryRef {
  filePath: string;
  data: { code: number; related: { code: number }[] };
}

/** Problems across the collection: the same code twice, and related codes with no entry. */
export function checkCollection(entries: EntryRef[]): string[] {
  const problems: string[] = [];
  const byCode = new Map<number, string>();
  for (const e of entries) {
    const other = byCode.get(e.data.code);
    if (other) problems.push(`${e.filePath}: code: ${e.data.code} is already defined in ${other}`);
    else byCode.set(e.data.code, e.filePath);
  }
  for (const e of entries) {
    e.data.related.forEach((r, i) => {
      if (!byCode.has(r.code)) problems.push(`${e.filePath}: related[${i}].code: ${r.code} has no entry in content/codes`);
    });
  }
  return problems;
}

/** The file name must be the code: /code/486 is built from 486.mdx, and links rely on it. */
export function checkFileName(entryPath: string, code: unknown): string | undefined {
  const stem = entryPath.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  if (String(code) !== stem) {
    return `content/codes/${entryPath}: code: is ${JSON.stringify(code)} but the file name says ${stem}; rename the file or fix the code`;
  }
  return undefined;
}
