import type { APIRoute, GetStaticPaths } from 'astro';
import { getFreeswitchCauses, type FreeswitchCauseEntry } from '../../../data/collections.ts';
import { freeswitchCauseDetailToJson, json } from '../../../lib/api.ts';

export const getStaticPaths = (async () => (await getFreeswitchCauses()).map((entry) => ({ params: { name: entry.data.name }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => json(freeswitchCauseDetailToJson((props as { entry: FreeswitchCauseEntry }).entry.data, site!));
