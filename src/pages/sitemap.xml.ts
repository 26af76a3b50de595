// Every page in both languages, each with its hreflang alternates, derived from the same
// content as the routes so that it lists exactly what is built.
import type { APIRoute } from 'astro';
import { getCauses, getCodes, getFreeswitchCauses, getWarnings } from '../data/collections.ts';
import { CLASSES, classSlug } from '../lib/codes.ts';
import { LANGS, localizePath } from '../i18n/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const paths = [
    '/',
    ...CLASSES.map((d) => `/class/${classSlug(d)}`),
    ...(await getCodes()).map((c) => `/code/${c.data.code}`),
    '/cause',
    ...(await getCauses()).map((c) => `/cause/${c.data.cause}`),
    ...(await getFreeswitchCauses()).map((c) => `/freeswitch-cause/${c.data.name}`),
    '/warning',
    ...(await getWarnings()).map((w) => `/warning/${w.data.warning}`),
    '/mapping',
    '/decode',
    '/search',
  ];
  const url = (path: string, lang: (typeof LANGS)[number]) => new URL(localizePath(path, lang), site).href;
  const entries = paths.flatMap((path) =>
    LANGS.map(
      (lang) =>
        `<url><loc>${url(path, lang)}</loc>${LANGS.map((alt) => `<xhtml:link rel="alternate" hreflang="${alt}" href="${url(path, alt)}"/>`).join('')}<xhtml:link rel="alternate" hreflang="x-default" href="${url(path, 'en')}"/></url>`,
    ),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
