// Writes `_headers` and `_redirects` into the built site: the rules of deploy/nginx.conf for
// static hosts that read these files (Netlify, Cloudflare Pages). The own server
// (src/server/serve.ts) reads `_headers` too, so the browser tests run under these headers.
//
// The Content-Security-Policy header. Every page carries its policy in a
// <meta http-equiv="content-security-policy"> that Astro writes (security.csp in
// astro.config.mjs), with the hashes of that page's inline scripts and styles; those hashes
// change whenever the inline code does. A browser enforces the header's policy and the meta's
// policy both, so the header must allow everything the meta allows, or it would block the
// hashed inline scripts. The header therefore repeats the meta's directives, with the hashes of
// every page (a hash admits only that exact code, and each page's meta still narrows it to its
// own), and adds what a meta tag cannot carry: frame-ancestors (CSP Level 3, section 3.3: a
// policy delivered in a meta element ignores frame-ancestors, report-uri and sandbox). The hashes reach the header because this file is written by the same build
// and published with the pages; deploy/nginx.conf, which outlives builds, carries only the
// directives without hashes (see there).
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Directives whose sources differ from page to page: the hashes of inline code. */
const PER_PAGE = new Set(['script-src', 'style-src']);

/** Sent with every response, on every host (deploy/nginx.conf sends the same). */
export const SECURITY_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  // frame-ancestors 'none' says the same to browsers that know CSP level 2.
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
];

/** Cloudflare Pages' limit for one line of _headers. */
const MAX_LINE = 2000;

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Extensions of Pagefind's binary index files, which hosts do not know. */
export const PAGEFIND_BINARY = ['.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter'];

export type Policy = Map<string, string[]>;

/** The policy of a page's CSP meta element, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent="([^"]*)"/i.exec(tag)?.[1];
  return content?.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy for all pages: script-src and style-src take the sources of every page; any
 * other directive must be the same on every page, or one header cannot stand for them all.
 */
export function mergePolicies(pages: { file: string; policy: string | undefined }[]): Policy {
  const merged: Policy = new Map();
  let first: string | undefined;
  for (const { file, policy: text } of pages) {
    if (text === undefined) throw new Error(`${file}: no Content-Security-Policy meta element (security.csp in astro.config.mjs writes one into every page)`);
    const policy = parsePolicy(text);
    if (first === undefined) {
      first = file;
      for (const [name, sources] of policy) merged.set(name, [...sources]);
      continue;
    }
    const names = new Set([...merged.keys(), ...policy.keys()]);
    for (const name of names) {
      const mine = policy.get(name);
      const theirs = merged.get(name);
      if (PER_PAGE.has(name) && mine && theirs) {
        for (const source of mine) if (!theirs.includes(source)) theirs.push(source);
      } else if (mine?.join(' ') !== theirs?.join(' ')) {
        throw new Error(`${file}: Content-Security-Policy ${name} is "${mine?.join(' ') ?? '(absent)'}" but "${theirs?.join(' ') ?? '(absent)'}" in ${first}; one header cannot serve both`);
      }
    }
  }
  return merged;
}

/** Script types a browser runs; any other type marks a data block, which CSP does not govern. */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript)$/i;

/**
 * The inline scripts and styles of a page whose sha256 hash its own policy lacks. The meta
 * element governs only what follows it, so a script above it runs unhashed; the header
 * governs the whole page and would block it.
 */
export function uncoveredInline(html: string, policy: Policy): string[] {
  const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
  const missing: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\stype=["']?([^"'\s>]*)/i.exec(m[1]!)?.[1] ?? '';
    if (EXECUTABLE.test(type) && !policy.get('script-src')?.includes(hash(m[2]!))) missing.push(`script ${hash(m[2]!)}: ${m[2]!.trim().slice(0, 60)}…`);
  }
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
    if (!policy.get('style-src')?.includes(hash(m[1]!))) missing.push(`style ${hash(m[1]!)}: ${m[1]!.trim().slice(0, 60)}…`);
  }
  return missing;
}

/** The header's policy: the pages' policy plus the directive only a header can carry. */
export function headerPolicy(merged: Policy): string {
  const policy: Policy = new Map(merged);
  policy.set('frame-ancestors', ["'none'"]);
  return serializePolicy(policy);
}

export function renderHeaders(csp: string, binaryPaths: string[]): string {
  const block = (path: string, headers: [string, string][]) => `${path}\n${headers.map(([n, v]) => `  ${n}: ${v}`).join('\n')}\n`;
  return [
    '# Written by src/integrations/headers.ts for hosts that read _headers (Netlify, Cloudflare Pages);',
    '# deploy/nginx.conf has the same rules for nginx. Pages get the host\'s default Cache-Control',
    '# (both send "public, max-age=0, must-revalidate"): a second Cache-Control rule for /* would be',
    '# joined with the one below on Cloudflare Pages.',
    '',
    block('/*', [['Content-Security-Policy', csp], ...SECURITY_HEADERS]),
    '# Content-hashed file names: a new build writes new names.',
    block('/_astro/*', [['Cache-Control', IMMUTABLE]]),
    // The offline packs are named by a hash of their content too (src/offline/plan.ts).
    block('/_offline/*', [['Cache-Control', IMMUTABLE]]),
    "# Pagefind's index files: binaries whose extensions hosts do not know.",
    ...binaryPaths.map((p) => block(p, [['Content-Type', 'application/octet-stream']])),
  ].join('\n');
}

/**
 * 404 pages: Netlify shows /404.html for every unknown path and needs a rule for the German
 * one; its paths are case-sensitive, hence one line per spelling of "de". An unforced rule
 * applies only where no file exists. Cloudflare Pages finds the closest 404.html by itself
 * (/de/404.html under /de/) and accepts no 404 status in _redirects; it skips these lines.
 * No rule for trailing slashes: both hosts answer /code/603 with a single redirect to
 * /code/603/, and a rewrite of their own would risk a loop.
 */
export function renderRedirects(): string {
  return [
    '# Written by src/integrations/headers.ts: the German 404 page under /de/ (Netlify).',
    ...['de', 'De', 'dE', 'DE'].map((de) => `/${de}/*  /de/404.html  404`),
    '',
  ].join('\n');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** URL patterns covering Pagefind's binaries: one splat per folder of them, else the file. */
export function binaryPatterns(site: string): string[] {
  const pagefind = join(site, 'pagefind');
  const url = (f: string) => `/${relative(site, f).split('\\').join('/')}`;
  const patterns: string[] = [];
  for (const name of readdirSync(pagefind).sort()) {
    const full = join(pagefind, name);
    if (statSync(full).isDirectory()) {
      const files = filesUnder(full);
      if (files.length && files.every((f) => PAGEFIND_BINARY.includes(extname(f)))) patterns.push(`${url(full)}/*`);
      else patterns.push(...files.filter((f) => PAGEFIND_BINARY.includes(extname(f))).map(url));
    } else if (PAGEFIND_BINARY.includes(extname(name))) patterns.push(url(full));
  }
  return patterns;
}

export default function headers(): AstroIntegration {
  return {
    name: 'sip-codes:headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = filesUnder(site)
          .filter((f) => f.endsWith('.html'))
          .map((file) => {
            const html = readFileSync(file, 'utf8');
            const policy = metaPolicy(html);
            const missing = policy === undefined ? [] : uncoveredInline(html, parsePolicy(policy));
            if (missing.length) throw new Error(`${relative(site, file)}: inline code without its hash in the page's Content-Security-Policy, which the header would block: ${missing.join('; ')}. Let Astro bundle it, or add its hash (Astro.csp.insertScriptHash).`);
            return { file: relative(site, file), policy };
          });
        const csp = headerPolicy(mergePolicies(pages));
        const line = `  Content-Security-Policy: ${csp}`;
        if (line.length > MAX_LINE) throw new Error(`_headers: the Content-Security-Policy line has ${line.length} characters; Cloudflare Pages accepts ${MAX_LINE}. Fewer distinct inline scripts and styles keep it short.`);
        writeFileSync(join(site, '_headers'), renderHeaders(csp, binaryPatterns(site)));
        writeFileSync(join(site, '_redirects'), renderRedirects());
        logger.info(`_headers and _redirects for static hosts: one Content-Security-Policy for ${pages.length} pages (${csp.length} characters)`);
      },
    },
  };
}
