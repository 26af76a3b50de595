// The web app manifest of each language (/manifest.webmanifest, /de/manifest.webmanifest),
// linked from every page of that language: installing from a German page gives the German app.
// Colours: the page background of each scheme. color_scheme_dark is the W3C manifest's member
// for the dark scheme (Working Draft of May 2026); browsers that do not know it use the light
// values, and the pages' own <meta name="theme-color" media="…"> tags colour the window anyway.
import type { APIRoute, GetStaticPaths } from 'astro';
import { perLanguage } from '../../data/collections.ts';
import { localizePath, useTranslations, type Lang } from '../../i18n/index.ts';
import { ICON_SVG, MANIFEST_ICONS, THEME } from '../../lib/icons.ts';

export const getStaticPaths = (() => perLanguage([{ params: {}, props: {} }])) satisfies GetStaticPaths;

export function webManifest(lang: Lang) {
  const t = useTranslations(lang);
  const start = localizePath('/', lang);
  return {
    id: start,
    name: t.siteName,
    short_name: t.shortName,
    description: t.siteTagline,
    lang,
    dir: 'ltr',
    start_url: start,
    // Both languages stay inside the app: the language toggle must not open a browser tab.
    scope: '/',
    display: 'standalone',
    theme_color: THEME.light,
    background_color: THEME.light,
    color_scheme_dark: { theme_color: THEME.dark, background_color: THEME.dark },
    icons: [
      { src: ICON_SVG, sizes: 'any', type: 'image/svg+xml' },
      ...MANIFEST_ICONS.map((i) => ({ src: i.path, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
    ],
  };
}

export const GET: APIRoute<{ lang: Lang }> = ({ props }) =>
  new Response(JSON.stringify(webManifest(props.lang), null, 2), { headers: { 'content-type': 'application/manifest+json' } });
