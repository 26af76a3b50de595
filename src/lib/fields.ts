// The building blocks every kind of entry shares: texts in both languages, RFC references
// that must exist, search keywords.
import { z } from 'astro/zod';
import rfcSections from '../../content/reference/rfc-sections.json' with { type: 'json' };

export const sections: Record<string, Record<string, string>> = rfcSections;

export const text = z.string().trim().min(1);

/**
 * A text in both languages; both are required so that neither page is ever empty. Like every
 * object of an entry it is strict: an unknown key ("keywrods", "eng") is an error, not a field
 * silently left out of the page.
 */
export const bilingual = z.strictObject({ en: text, de: text }, { error: (issue) => (issue.code === 'invalid_type' ? 'needs both "en" and "de"' : undefined) });

/** "RFC3261" + "21.4.24": the section must exist in that RFC's text (content/reference/rfc-sections.json). */
export const rfcRef = z
  .strictObject({
    rfc: z.string().regex(/^RFC\d+$/, 'write RFCs as "RFC3261"'),
    section: z.string().regex(/^\d+(\.\d+)*$/, 'write sections as "21.4.24"'),
  })
  .superRefine((ref, ctx) => {
    if (!sections[ref.rfc]) {
      ctx.addIssue({ code: 'custom', path: ['rfc'], message: `${ref.rfc} is not in content/reference/rfc-sections.json` });
    } else if (!sections[ref.rfc]?.[ref.section]) {
      ctx.addIssue({ code: 'custom', path: ['section'], message: `${ref.rfc} has no section ${ref.section}` });
    }
  });

/** Extra words search should match, per language (symptoms, synonyms, other names). */
export const keywords = z.strictObject({ en: z.array(text), de: z.array(text) }).default({ en: [], de: [] });

/** The text of a class page, content/classes/Nxx.mdx. */

interface IssueSink {
  addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void;
}

/**
 * A list names each thing once: every repeat of a value is an issue at the repeat, naming
 * where it first appeared. `key` gives the value (and `sub` the field holding it) of an item.
 */
export function noRepeats<T>(ctx: IssueSink, field: string, items: readonly T[], key: (item: T) => string | number, sub?: string): void {
  const first = new Map<string | number, number>();
  items.forEach((item, i) => {
    const k = key(item);
    const seen = first.get(k);
    if (seen === undefined) first.set(k, i);
    else ctx.addIssue({ code: 'custom', path: sub ? [field, i, sub] : [field, i], message: `${JSON.stringify(sub ? (item as Record<string, unknown>)[sub] : item)} is listed twice (first at ${field}[${seen}]${sub ? `.${sub}` : ''})` });
  });
}
