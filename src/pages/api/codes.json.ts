import type { APIRoute } from 'astro';
import { getCodes } from '../../data/collections.ts';
import { API_VERSION, codeToJson, json, lists } from '../../lib/api.ts';

export const GET: APIRoute = async ({ site }) =>
  json(lists.codes.parse({ version: API_VERSION, codes: (await getCodes()).map((c) => codeToJson(c.data, site!)) }));
