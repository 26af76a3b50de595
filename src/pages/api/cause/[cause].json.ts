import type { APIRoute, GetStaticPaths } from 'astro';
import { getCauses, type CauseEntry } from '../../../data/collections.ts';
import { causeDetailToJson, json } from '../../../lib/api.ts';

export const getStaticPaths = (async () => (await getCauses()).map((entry) => ({ params: { cause: String(entry.data.cause) }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => json(causeDetailToJson((props as { entry: CauseEntry }).entry.data, site!));
