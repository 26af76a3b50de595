// Offline reading as a reader gets it: one visit, then the network cut. The pages tried are
// picked from the built files, so a new kind of page is tried the day it is built.
import { test, expect, chromium, type Page } from '@playwright/test';
import { layoutShift } from './layoutShift.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DIST, htmlFiles } from './dist.ts';
import { launchOptions } from '../support/browser.ts';
import { planOffline } from '../../src/offline/plan.ts';
import { MANIFEST_ICONS } from '../../src/lib/icons.ts';

test.use({ serviceWorkers: 'allow' });

const READY = { en: /^Ready offline: \d+ pages on this device$/, de: /^Offline bereit: \d+ Seiten auf diesem Gerät$/ } as const;
const OFFLINE_TITLE = { en: 'You are offline', de: 'Sie sind offline' } as const;

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

interface Built {
  url: string;
  title: string;
}

/**
 * The pages a reader of the language can reach, by kind (the first path segment: code, class,
 * cause, …; "home" for the home page), read from dist/ on their own terms: folder pages of the
 * language that are not noindex.
 */
function pagesByKind(lang: 'en' | 'de'): Map<string, Built[]> {
  const kinds = new Map<string, Built[]>();
  for (const file of htmlFiles()) {
    const url = `/${relative(DIST, file).split('\\').join('/')}`.replace(/index\.html$/, '');
    if (!url.endsWith('/') || (lang === 'de') !== url.startsWith('/de/')) continue;
    const html = readFileSync(file, 'utf8');
    if (/<meta name="robots" content="[^"]*noindex/.test(html)) continue;
    const kind = url.replace(/^\/de\//, '/').split('/')[1] || 'home';
    kinds.set(kind, [...(kinds.get(kind) ?? []), { url, title: decode(/<title>([^<]*)<\/title>/.exec(html)![1]!) }]);
  }
  return kinds;
}

/** Up to n pages spread over the list, so that the first and the last of a kind both come up. */
function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]!);
}

async function visitAndWaitUntilSaved(page: Page, path: string, lang: 'en' | 'de'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-offline-note]')).toHaveText(READY[lang], { timeout: 30_000 });
}

async function search(page: Page, query: string) {
  await page.locator('#search-input').fill(query);
  await expect(page.locator('.search-panel')).toBeVisible();
  await expect(page.locator('.search-status')).not.toHaveText(/…/);
}

for (const [lang, home] of [['en', '/'], ['de', '/de/']] as const) {
  test(`after a visit to ${home}, never-visited pages of every kind open offline (${lang}), with or without the slash`, async ({ page, context }) => {
    test.setTimeout(120_000);
    const kinds = pagesByKind(lang);
    expect(kinds.size).toBeGreaterThanOrEqual(3); // home, class, code at least
    await visitAndWaitUntilSaved(page, home, lang);
    await context.setOffline(true);
    const tried: string[] = [];
    for (const [kind, pages] of kinds) {
      const sample = spread(pages.filter((p) => p.url !== home), 10);
      if (kind === 'home') sample.push({ url: home, title: pages[0]!.title });
      for (const [i, built] of sample.entries()) {
        const url = i % 2 && built.url !== home ? built.url.replace(/\/$/, '') : built.url;
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        await expect(page, url).toHaveTitle(built.title);
        expect(await page.evaluate(() => document.documentElement.lang), url).toBe(lang);
        tried.push(url);
      }
      if (kind !== 'home') expect(sample.length, `${kind}: ${pages.length} pages`).toBe(Math.min(10, pages.length));
    }
    test.info().annotations.push({ type: 'tried offline', description: tried.join(' ') });
  });

  test(`offline search finds 488 and its first result opens, as do all results for "busy" (${lang})`, async ({ page, context }) => {
    await visitAndWaitUntilSaved(page, home, lang);
    await context.setOffline(true);
    await search(page, '488');
    await page.locator('.search-results [role="option"]').first().click();
    await expect(page).toHaveURL(new RegExp(`${lang === 'de' ? '/de' : ''}/code/488/$`));
    await expect(page.locator('h1')).toContainText('488');
    await search(page, lang === 'de' ? 'besetzt' : 'busy');
    await expect(page.locator('.search-results [data-code="486"]')).toBeVisible();
    const hrefs = await page.locator('.search-results [role="option"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
      await expect(page.locator('h1'), href).not.toHaveText(OFFLINE_TITLE[lang]);
    }
  });
}

test('offline, an address with no cached page shows the site\'s offline page in the language of the address, and its search works', async ({ page, context }) => {
  await visitAndWaitUntilSaved(page, '/', 'en');
  await context.setOffline(true);
  for (const [path, lang] of [['/no-such-page', 'en'], ['/code/499/', 'en'], ['/de/keine-seite', 'de'], ['/de/code/499', 'de'], ['/DE/code/603', 'de']] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(503);
    await expect(page.locator('h1'), path).toHaveText(OFFLINE_TITLE[lang]);
    expect(await page.evaluate(() => document.documentElement.lang), path).toBe(lang);
    await expect(page.locator('#search-input'), path).toBeVisible();
  }
  await page.goto('/no-such-page');
  await search(page, '486');
  await page.locator('.search-results [data-code="486"]').click();
  await expect(page.locator('h1')).toContainText('Busy Here');
});

test('offline before anything could be saved, a page shows the worker\'s own short offline page, not the browser\'s error', async ({ page, context }) => {
  await context.route('**/_offline/**', (route) => route.abort());
  await page.goto('/de/code/486/');
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
  await context.setOffline(true);
  const response = await page.goto('/de/code/487/');
  expect(response?.status()).toBe(503);
  await expect(page.locator('h1')).toHaveText(OFFLINE_TITLE.de);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
});

test('offline, German search works on the German offline page once German pages are saved', async ({ page, context }) => {
  await visitAndWaitUntilSaved(page, '/de/', 'de');
  await context.setOffline(true);
  await page.goto('/de/keine-seite');
  await expect(page.locator('h1')).toHaveText(OFFLINE_TITLE.de);
  await search(page, 'besetzt');
  await expect(page.locator('.search-results [data-code="486"]')).toBeVisible();
});

test('the footer says in the page language when the site is ready offline, and nothing shifts when it does', async ({ page }) => {
  for (const [path, lang] of [['/de/code/486/', 'de'], ['/code/486/', 'en']] as const) {
    await visitAndWaitUntilSaved(page, path, lang);
    const shift = await layoutShift(page, 300);
    expect(shift, path).toBe(0);
  }
});

test('nothing is fetched for offline use until the page has loaded and the browser is idle', async ({ page, context }) => {
  const early: string[] = [];
  let loaded = false;
  context.on('request', (r) => {
    if (!loaded && (r.serviceWorker() || /\/(sw\.js|_offline\/)/.test(r.url()))) early.push(r.url());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { loadFired: boolean; registeredAfterLoad?: boolean };
    w.loadFired = false;
    addEventListener('load', () => (w.loadFired = true));
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...args: Parameters<typeof register>) {
      w.registeredAfterLoad = w.loadFired;
      return register.apply(this, args);
    };
  });
  await page.goto('/code/486/', { waitUntil: 'load' });
  loaded = true;
  await expect(page.locator('[data-offline-note]')).toHaveText(READY.en, { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { registeredAfterLoad?: boolean }).registeredAfterLoad)).toBe(true);
  expect(early).toEqual([]);
});

for (const [name, connection] of [
  ['Save-Data is on', { saveData: true, effectiveType: '4g' }],
  ['the connection is 2G', { saveData: false, effectiveType: '2g' }],
  ['the connection is slow 2G', { saveData: false, effectiveType: 'slow-2g' }],
] as const) {
  test(`nothing is fetched for offline use when ${name}`, async ({ page, context }) => {
    const fetched: string[] = [];
    context.on('request', (r) => {
      if (r.serviceWorker() || /\/(sw\.js|_offline\/)/.test(r.url())) fetched.push(r.url());
    });
    await page.addInitScript((c) => {
      Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ ...c, addEventListener() {}, removeEventListener() {} }) });
    }, connection);
    await page.goto('/code/486/', { waitUntil: 'load' });
    // Past the idle callback that would have registered the worker, and a little more.
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 1500))));
    expect(await page.evaluate(async () => [(await navigator.serviceWorker.getRegistrations()).length, (await caches.keys()).length])).toEqual([0, 0]);
    expect(fetched).toEqual([]);
    await expect(page.locator('[data-offline-note]')).toHaveText('');
  });
}

test('every link on a cached page leads to a cached page', () => {
  // A page left out (noindex) that a cached page links to would open as the offline page.
  expect(planOffline(DIST).uncachedLinks).toEqual([]);
});

test.describe('installable', () => {
  const manifests = { en: '/manifest.webmanifest', de: '/de/manifest.webmanifest' } as const;

  test('every page links the web app manifest of its language', () => {
    const wrong: string[] = [];
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      const lang = /<html lang="(en|de)"/.exec(html)?.[1] as 'en' | 'de';
      const links = [...html.matchAll(/<link rel="manifest" href="([^"]+)"/g)].map((m) => m[1]);
      if (links.length !== 1 || links[0] !== manifests[lang]) wrong.push(`${file}: ${links.join(', ') || 'none'}`);
    }
    expect(wrong).toEqual([]);
  });

  test('each manifest has names, start URL, standalone display, light and dark colours, and icons of the sizes it states', () => {
    for (const [lang, path] of Object.entries(manifests)) {
      const m = JSON.parse(readFileSync(join(DIST, path), 'utf8'));
      expect(m.start_url).toBe(lang === 'de' ? '/de/' : '/');
      expect(m.id).toBe(m.start_url);
      expect(m.lang).toBe(lang);
      expect(m.name).toBe(lang === 'de' ? 'SIP-Statuscodes' : 'SIP response codes');
      expect(m.short_name.length).toBeLessThanOrEqual(12); // what a launcher shows without cutting
      expect(m.display).toBe('standalone');
      expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/);
      expect(m.color_scheme_dark.theme_color).toMatch(/^#[0-9a-f]{6}$/);
      expect(m.color_scheme_dark.background_color).not.toBe(m.background_color);
      expect(m.icons.find((i: { type: string }) => i.type === 'image/svg+xml')?.sizes).toBe('any');
      for (const icon of m.icons.filter((i: { type: string }) => i.type === 'image/png')) {
        const png = readFileSync(join(DIST, icon.src));
        // PNG: width and height are the first fields of the IHDR chunk.
        expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      }
      const sizes = (purpose: string) => m.icons.filter((i: { purpose?: string }) => i.purpose === purpose).map((i: { sizes: string }) => i.sizes);
      expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
      expect(sizes('maskable')).toContain('512x512');
    }
    expect(MANIFEST_ICONS.length).toBeGreaterThanOrEqual(3);
  });

  test('Chromium finds the site installable in both languages, and reads the manifests without errors', async ({ baseURL }) => {
    // Installability is never granted in an incognito profile, which is what a plain context is.
    const profile = mkdtempSync(join(tmpdir(), 'sip-install-'));
    const context = await chromium.launchPersistentContext(profile, { ...launchOptions(), serviceWorkers: 'allow' });
    try {
      for (const [path, manifest] of [['/', manifests.en], ['/de/code/486/', manifests.de]] as const) {
        const page = await context.newPage();
        await page.goto(baseURL + path, { waitUntil: 'load' });
        const cdp = await context.newCDPSession(page);
        const app = await cdp.send('Page.getAppManifest');
        expect(app.url).toBe(baseURL + manifest);
        expect(app.errors).toEqual([]);
        expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
