import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { codesLoader } from './lib/codesLoader.ts';
import { bilingual, codeSchema } from './lib/schema.ts';

const codes = defineCollection({
  loader: codesLoader('./content/codes'),
  schema: codeSchema,
});

const classes = defineCollection({
  loader: glob({ pattern: '[1-7]xx.mdx', base: './content/classes' }),
  schema: z.object({ name: bilingual, summary: bilingual }),
});

export const collections = { codes, classes };
