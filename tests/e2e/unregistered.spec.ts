// Every number from 100 to 699 has a page; an unregistered one says what a receiver does
// with it (RFC 3261 §8.1.3.2) and stays out of the sitemap and the search index.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DIST } from './dist.ts';

const cases = [
  { path: '/code/499/', lang: 'en', as: 400, rule: /treats it as 400 Bad Request/ },
  { path: '/de/code/150/', lang: 'de', as: 183, rule: /wie 183 Session Progress/ },
  { path: '/code/101/', lang: 'en', as: 183, rule: /183 Session Progress/, uses: /belle-sip/ },
  { path: '/de/code/299/', lang: 'de', as: 200, rule: /wie 200 OK/, uses: /Sammelposten/ },
  { path: '/code/599/', lang: 'en', as: 500, rule: /treats it as 500 Server Internal Error/, uses: /wireshark/ },
  { path: '/de/code/650/', lang: 'de', as: 600, rule: /wie 600 Busy Everywhere/ },
] as const;

for (const c of cases) {
  test(`${c.path} says it is not registered and how a receiver treats it`, async ({ page }) => {
    const res = await page.goto(c.path);
    expect(res!.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('main')).toContainText(c.rule);
    await expect(page.locator(`main a[href="${c.lang === 'de' ? '/de' : ''}/code/${c.as}/"]`).first()).toBeVisible();
    await expect(page.locator(`main a[href$="/class/${String(c.as)[0]}xx/"]`).first()).toBeVisible();
    if ('uses' in c) await expect(page.locator('main')).toContainText(c.uses);
  });
}

test('unregistered numbers are neither in the sitemap nor in the search index', () => {
  const sitemap = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
  expect(sitemap).not.toContain('/code/499/');
  expect(sitemap).toContain('/code/486/');
  const html = readFileSync(`${DIST}/code/499/index.html`, 'utf8');
  expect(html).not.toContain('data-pagefind-body');
});

test('every number from 100 to 699 answers with a page', async ({ request }) => {
  for (let n = 100; n < 700; n += 7) {
    const res = await request.get(`/code/${n}/`);
    expect(res.status(), `/code/${n}/`).toBe(200);
  }
});
