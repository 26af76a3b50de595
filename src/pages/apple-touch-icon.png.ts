// /apple-touch-icon.png: iOS looks for it at the root when a page names no touch icon.
import type { APIRoute } from 'astro';
import { APPLE_TOUCH_ICON } from '../lib/icons.ts';
import { renderIcon } from '../lib/renderIcon.ts';

export const GET: APIRoute = async () => new Response(new Uint8Array(await renderIcon(APPLE_TOUCH_ICON)), { headers: { 'content-type': 'image/png' } });
