import { defineCollection } from 'astro:content';
import { entryLoader } from './lib/entryLoader.ts';
import { SCHEMAS } from './lib/contentCheck.ts';

// Every folder is read by the same checking loader with the same strict schemas that
// tests/tools/check-entries.ts uses (src/lib/contentCheck.ts).
const codes = defineCollection({ loader: entryLoader('codes'), schema: SCHEMAS.codes });
const causes = defineCollection({ loader: entryLoader('causes'), schema: SCHEMAS.causes });
const freeswitchCauses = defineCollection({ loader: entryLoader('freeswitch-causes'), schema: SCHEMAS['freeswitch-causes'] });
const warnings = defineCollection({ loader: entryLoader('warnings'), schema: SCHEMAS.warnings });
const classes = defineCollection({ loader: entryLoader('classes'), schema: SCHEMAS.classes });

export const collections = { codes, causes, freeswitchCauses, warnings, classes };
