import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { entryLoader } from './lib/entryLoader.ts';
import { bilingual, codeSchema } from './lib/schema.ts';
import { causeSchema, freeswitchCauseSchema } from './lib/causeSchema.ts';
import { warningSchema } from './lib/warningSchema.ts';
import { flowSchema } from './lib/flow.ts';

const codes = defineCollection({ loader: entryLoader('codes'), schema: codeSchema });
const causes = defineCollection({ loader: entryLoader('causes'), schema: causeSchema });
const freeswitchCauses = defineCollection({ loader: entryLoader('freeswitch-causes'), schema: freeswitchCauseSchema });
const warnings = defineCollection({ loader: entryLoader('warnings'), schema: warningSchema });

const classes = defineCollection({
  loader: glob({ pattern: '[1-7]xx.mdx', base: './content/classes' }),
  // A class may show a typical exchange; the highlighted arrow is a code of that class.
  schema: z.object({ name: bilingual, summary: bilingual, flow: flowSchema.optional() }),
});

export const collections = { codes, causes, freeswitchCauses, warnings, classes };
