// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import publish from './src/integrations/publish.ts';

export default defineConfig({
  // Canonical and hreflang URLs are absolute; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://sip-codes.example',
  // Pages are built into a staging folder and only replace dist/ once the whole build,
  // search index included, has succeeded: a failed build never leaves a half-written site.
  outDir: './.build/site',
  trailingSlash: 'ignore',
  build: { format: 'preserve', inlineStylesheets: 'always' },
  integrations: [mdx(), pagefind(), publish({ to: './dist' })],
  devToolbar: { enabled: false },
  prefetch: false,
});
