import type { APIRoute } from 'astro';
import { getCauses } from '../../data/collections.ts';
import { API_VERSION, causeToJson, json, lists } from '../../lib/api.ts';

export const GET: APIRoute = async ({ site }) =>
  json(lists.causes.parse({ version: API_VERSION, causes: (await getCauses()).map((c) => causeToJson(c.data, site!)) }));
