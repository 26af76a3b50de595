import type { APIRoute } from 'astro';
import { getFreeswitchCauses } from '../../data/collections.ts';
import { API_VERSION, freeswitchCauseToJson, json, lists } from '../../lib/api.ts';

export const GET: APIRoute = async ({ site }) =>
  json(lists.freeswitchCauses.parse({ version: API_VERSION, freeswitchCauses: (await getFreeswitchCauses()).map((c) => freeswitchCauseToJson(c.data, site!)) }));
