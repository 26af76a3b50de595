// The building blocks every kind of entry shares: texts in both languages, RFC references
// that must exist, search keywords.
import { z } from 'astro/zod';
import rfcSections from '../../content/reference/rfc-sections.json' with { type: 'json' };

export const sections: Record<string, Record<string, string>> = rfcSections;

export const text = z.string().trim().min(1);

/** A text in both languages; both are required so that neither page is ever empty. */
export const bilingual = z.object({ en: text, de: text }, { error: 'needs both "en" and "de"' });

/** "RFC3261" + "21.4.24": the section must exist in that RFC's text (content/reference/rfc-sections.json). */
export const rfcRef = z
  .object({
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
export const keywords = z.object({ en: z.array(text), de: z.array(text) }).default({ en: [], de: [] });
