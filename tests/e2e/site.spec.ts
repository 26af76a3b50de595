// Checks over every built page in dist/: valid HTML, links, hreflang, sitemap, CSP.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { DIST, htmlFiles } from './dist.ts';



/** URL path of a built file: dist/code/486/index.html → /code/486/ (pages are folders). */
function urlOf(file: string): string {
  const rel = `/${relative(DIST, file).split('\\').join('/')}`;
  return rel.replace(/\/index\.html$/, '/');
}

const files = htmlFiles(DIST);
const pages = new Map(files.map((f) => [urlOf(f), readFileSync(f, 'utf8')]));
// Pages that say noindex (404s, unregistered numbers such as /code/499/) are not content pages.
const contentPages = [...pages].filter(([p, html]) => !p.endsWith('404.html') && !html.includes('<meta name="robots" content="noindex"')).map(([p]) => p);
const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);

test('every built page passes html-validate', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const r of report.results) for (const m of r.messages) errors.push(`${urlOf(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(errors).toEqual([]);
  expect(files.length).toBeGreaterThan(170);
});

test('every internal link and fragment resolves', () => {
  const ids = new Map([...pages].map(([p, html]) => [p, new Set(attr(html, /\sid="([^"]+)"/g))]));
  const broken: string[] = [];
  for (const [page, html] of pages) {
    for (const href of attr(html, /\shref="([^"]+)"/g)) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      const [path, fragment] = href.split('#') as [string, string | undefined];
      const target = path === '' ? page : path;
      const isAsset = /\.(svg|xml|txt|json|js)$/.test(target);
      if (!isAsset && !pages.has(target)) broken.push(`${page} → ${href}`);
      else if (fragment && !ids.get(target)?.has(fragment)) broken.push(`${page} → ${href} (no #${fragment})`);
    }
  }
  expect(broken).toEqual([]);
});

test('every code page is at most two clicks from the home page, in both languages', () => {
  for (const home of ['/', '/de/']) {
    const reached = new Set([home]);
    let frontier = [home];
    for (let depth = 0; depth < 2; depth++) {
      const next: string[] = [];
      for (const p of frontier) {
        for (const href of attr(pages.get(p) ?? '', /\shref="(\/[^"#]*)/g)) {
          if (!reached.has(href) && pages.has(href)) (reached.add(href), next.push(href));
        }
      }
      frontier = next;
    }
    const prefix = home === '/' ? '/code/' : '/de/code/';
    const codes = [...pages.keys()].filter((p) => p.startsWith(prefix));
    expect(codes.filter((p) => !reached.has(p))).toEqual([]);
  }
});

test('every hreflang pair points both ways', () => {
  const problems: string[] = [];
  for (const [page, html] of pages) {
    for (const [lang, href] of [...html.matchAll(/hreflang="(en|de)" href="https?:\/\/[^/]+([^"]*)"/g)].map((m) => [m[1]!, m[2]!])) {
      const other = pages.get(href!);
      if (!other) problems.push(`${page}: ${lang} → ${href} does not exist`);
      else if (!other.includes(`href="${html.match(/<link rel="canonical" href="([^"]+)"/)?.[1]}"`)) problems.push(`${page}: ${href} does not point back`);
    }
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists every page with its alternates, and nothing that is not there', () => {
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const locs = attr(xml, /<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g);
  expect(locs.sort()).toEqual([...contentPages].sort());
  expect((xml.match(/hreflang="de"/g) ?? []).length).toBe(locs.length);
});

test('external links carry rel="noopener noreferrer" and no page has inline event handlers', () => {
  const problems: string[] = [];
  for (const [page, html] of pages) {
    for (const tag of html.match(/<a [^>]*href="https?:[^>]*>/g) ?? []) if (!/rel="noopener noreferrer"/.test(tag)) problems.push(`${page}: ${tag}`);
    if (/<[^>]+\son[a-z]+=/i.test(html)) problems.push(`${page}: inline event handler`);
    if (!html.includes('<meta http-equiv="content-security-policy"')) problems.push(`${page}: no CSP`);
  }
  expect(problems).toEqual([]);
});
