import type { APIRoute } from 'astro';
import { getWarnings } from '../../data/collections.ts';
import { API_VERSION, json, lists, warningToJson } from '../../lib/api.ts';

export const GET: APIRoute = async ({ site }) =>
  json(lists.warnings.parse({ version: API_VERSION, warnings: (await getWarnings()).map((w) => warningToJson(w.data, site!)) }));
