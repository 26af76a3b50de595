// Byte budgets (deterministic, so tests): every page's HTML plus the CSS it needs to paint
// fits in one TCP initial window (~14 KB gzip) and takes at most two requests; script that
// runs before interaction is at most 2 KB gzip; search code loads only on use.
import { test, expect } from '@playwright/test';
import { layoutShift } from './layoutShift.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, htmlFiles } from './dist.ts';
import { offlineFigures } from '../../src/offline/plan.ts';
import { OFFLINE_BUDGET } from '../../src/integrations/offline.ts';

const KB = 1024;
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;


const pages = htmlFiles();

test('every page: HTML plus its CSS is at most 14 KB gzip, in at most two requests', () => {
  const over: string[] = [];
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    const css = sheets.map((href) => readFileSync(join('dist', href)));
    const total = gz(html) + css.reduce((n, c) => n + gz(c), 0);
    if (total > 14 * KB) over.push(`${file}: ${(total / KB).toFixed(1)} KB`);
    if (1 + sheets.length > 2) over.push(`${file}: ${1 + sheets.length} requests for first paint`);
  }
  expect(over).toEqual([]);
});

test('every call-flow diagram is at most 1.5 KB gzip, and every code page and class page 1xx–6xx has one', () => {
  const over: string[] = [];
  // Pages of unregistered numbers (/code/499/, noindex) have no entry and so no exchange to draw.
  const withDiagram = pages.filter((f) => /[\\/](?:code[\\/]\d{3}|class[\\/][1-6]xx)[\\/]index\.html$/.test(f) && !readFileSync(f, 'utf8').includes('<meta name="robots" content="noindex"'));
  expect(withDiagram.length).toBeGreaterThan(0);
  for (const file of withDiagram) {
    const figure = /<figure class="flow"[\s\S]*?<\/figure>/.exec(readFileSync(file, 'utf8'))?.[0];
    if (!figure) over.push(`${file}: no diagram`);
    else if (gz(figure) > 1.5 * KB) over.push(`${file}: ${gz(figure)} bytes gzip`);
  }
  expect(over).toEqual([]);
});

test('script that runs before interaction is at most 2 KB gzip per page, and no page needs more than one', () => {
  const over: string[] = [];
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const external = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => readFileSync(join('dist', m[1]!)));
    const total = [...inline, ...external].reduce((n, s) => n + gz(s), 0);
    if (total > 2 * KB) over.push(`${file}: ${total} bytes gzip`);
    if (external.length > 1) over.push(`${file}: ${external.length} scripts`);
  }
  expect(over).toEqual([]);
});

test('no web fonts and no images are needed for the text', () => {
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    expect(html, file).not.toMatch(/@font-face|<img\s|\.woff2?/);
  }
});

test('reading a page fetches no search code: Pagefind and the search panel load on first use', async ({ page }) => {
  const requested: string[] = [];
  let atLoad: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  // What the page asked for until its load event: the offline code loads later, when idle.
  page.on('load', () => (atLoad = [...requested]));
  await page.goto('/code/486');
  const beforeUse = atLoad;
  expect(beforeUse.filter((p) => p.includes('pagefind') || p.includes('search'))).toEqual([]);
  expect(beforeUse.length).toBeLessThanOrEqual(3); // the page, one script, the icon
});

test('nothing shifts once painted', async ({ page }) => {
  await page.goto('/code/486');
  const shift = await layoutShift(page, 500);
  expect(shift).toBe(0);
});

test('saving a language for offline reading downloads at most 2 MB (gzip transfer), worker and manifest included', () => {
  for (const f of offlineFigures(DIST)) {
    test.info().annotations.push({ type: `offline ${f.lang}`, description: `${f.pages} pages, ${f.files} files, ${(f.raw / KB).toFixed(0)} KB in the cache, ${(f.transfer / KB).toFixed(0)} KB to download` });
    expect(f.transfer, f.lang).toBeLessThanOrEqual(OFFLINE_BUDGET);
  }
});
