// Into and out of the site: headings that link to themselves, a line to copy into a ticket,
// and canonical addresses that a plain static server answers without a redirect.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DIST } from './dist.ts';

test('every section heading of a code page has an id and a link to itself, named for the section', async ({ page }) => {
  await page.goto('/de/code/401/');
  const headings = page.locator('main .anchored');
  const n = await headings.count();
  expect(n).toBeGreaterThan(6);
  for (let i = 0; i < n; i++) {
    const h = headings.nth(i);
    const id = await h.locator('h2').getAttribute('id');
    expect(id).toMatch(/^[a-z0-9-]+$/);
    const link = h.locator('a.self-link');
    await expect(link).toHaveAttribute('href', `#${id}`);
    await expect(link).toHaveAccessibleName(new RegExp(`Link zu diesem Abschnitt: ${(await h.locator('h2').innerText()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }
  // The prose sections keep their English ids in German, so one link works for both.
  await expect(page.locator('#who-sends-it')).toHaveText('Wer sie sendet');
});

test('the heading link shows on keyboard focus and leads to the section', async ({ page }) => {
  await page.goto('/code/401/');
  const link = page.locator('.anchored:has(#headers) a.self-link');
  await expect(link).toHaveCSS('opacity', '0');
  await link.focus();
  await expect(link).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/code\/401\/#headers$/);
});

test.describe('copy for a ticket', () => {
  test('copies the line in the page language and says so, with clipboard permission', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/de/code/486/');
    await page.getByRole('button', { name: 'Für ein Ticket kopieren' }).click();
    await expect(page.locator('.copy-status')).toHaveText('In die Zwischenablage kopiert.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`SIP 486 Busy Here: ${await page.locator('.lead').innerText()} ${baseURL}/de/code/486/`);
  });

  test('falls back to a selected line when the clipboard is refused', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await page.goto('/code/486/');
    await page.getByRole('button', { name: 'Copy for a ticket' }).click();
    const field = page.getByRole('textbox', { name: 'Line to copy' });
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(/^SIP 486 Busy Here: .+ http:\/\/localhost:\d+\/code\/486\/$/);
    expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe((await field.inputValue()).length);
    await expect(page.locator('.copy-status')).not.toBeEmpty();
  });

  test('is not shown without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/code/486/');
    await expect(page.getByRole('button', { name: 'Copy for a ticket' })).toBeHidden();
    await context.close();
  });
});

test('canonical and sitemap addresses answer 200 without a redirect on a plain static server', async ({ request }) => {
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', DIST], { stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${port}`;
    await expect.poll(async () => (await request.get(`${base}/`).catch(() => null))?.status(), { timeout: 10_000 }).toBe(200);
    const sitemap = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
    const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(100);
    const sample = paths.filter((_, i) => i % 7 === 0);
    for (const path of sample) {
      const res = await request.get(`${base}${path}`, { maxRedirects: 0 });
      expect(res.status(), path).toBe(200);
      const html = await res.text();
      expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="https?://[^/]+${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`));
    }
    // The short form still works as a deep link: a plain server redirects it once to the canonical one.
    const short = await request.get(`${base}/code/603`, { maxRedirects: 0 });
    expect([200, 301]).toContain(short.status());
  } finally {
    server.kill();
  }
});
