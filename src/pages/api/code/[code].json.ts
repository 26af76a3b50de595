import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes, type CodeEntry } from '../../../data/collections.ts';
import { codeDetailToJson, json } from '../../../lib/api.ts';

export const getStaticPaths = (async () => (await getCodes()).map((entry) => ({ params: { code: String(entry.data.code) }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => json(codeDetailToJson((props as { entry: CodeEntry }).entry.data, site!));
