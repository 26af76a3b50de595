// Canonical, sitemap and JSON URLs are absolute and built from SITE_URL; a build that ships
// the example address would send search engines and programs nowhere, so it says so.
import type { AstroIntegration } from 'astro';

export const EXAMPLE_SITE = 'https://sip-codes.example';

export default function siteUrl(): AstroIntegration {
  return {
    name: 'sip-codes:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!process.env.SITE_URL) logger.warn(`SITE_URL is not set: canonical, sitemap and JSON URLs point to ${EXAMPLE_SITE}. Set SITE_URL=https://your.host when building for deployment.`);
      },
    },
  };
}
