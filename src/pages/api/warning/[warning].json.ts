import type { APIRoute, GetStaticPaths } from 'astro';
import { getWarnings, type WarningEntry } from '../../../data/collections.ts';
import { json, warningDetailToJson } from '../../../lib/api.ts';

export const getStaticPaths = (async () => (await getWarnings()).map((entry) => ({ params: { warning: String(entry.data.warning) }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => json(warningDetailToJson((props as { entry: WarningEntry }).entry.data, site!));
