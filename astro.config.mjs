// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';
import headers from './src/integrations/headers.ts';
import compress from './src/integrations/compress.ts';
import publish from './src/integrations/publish.ts';
import siteUrl, { EXAMPLE_SITE } from './src/integrations/siteUrl.ts';
import { onBuildLog } from './src/lib/buildLog.ts';

export default defineConfig({
  // Canonical and hreflang URLs are absolute; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? EXAMPLE_SITE,
  // Pages are built into a staging folder and only replace dist/ once the whole build,
  // search index included, has succeeded: a failed build never leaves a half-written site.
  outDir: './.build/site',
  trailingSlash: 'ignore',
  build: { format: 'preserve', inlineStylesheets: 'always' },
  // Order matters: each step reads what the ones before it wrote (the pages, the search index,
  // the service worker, the host rules); compress runs on the finished files, and publish must
  // stay last.
  integrations: [siteUrl(), mdx(), pagefind(), offline(), headers(), compress(), publish({ to: './dist' })],
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy meta tag on every page, with hashes for the few inline
  // scripts and styles: nothing but this origin may load, and Pagefind may compile its
  // WebAssembly ('wasm-unsafe-eval'). No inline event handlers are allowed.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Drops exactly one repeated framework warning (see src/lib/buildLog.ts).
  vite: { build: { rolldownOptions: { onLog: onBuildLog } } },
  devToolbar: { enabled: false },
  prefetch: false,
});
