// /icons/icon-192.png and the other PNGs of the web app manifest, drawn from public/favicon.svg.
import type { APIRoute, GetStaticPaths } from 'astro';
import { MANIFEST_ICONS, type Icon } from '../../lib/icons.ts';
import { renderIcon } from '../../lib/renderIcon.ts';

export const getStaticPaths = (() =>
  MANIFEST_ICONS.map((icon) => ({ params: { icon: icon.path.replace(/^\/icons\/|\.png$/g, '') }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: Icon }> = async ({ props }) =>
  new Response(new Uint8Array(await renderIcon(props.icon)), { headers: { 'content-type': 'image/png' } });
