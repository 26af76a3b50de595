import { test, expect } from '@playwright/test';
import { SAMPLE_PAGES } from './pages.ts';

// As a visitor gets it: on the home and code pages with the offline service worker registering
// after load and saving the whole language (a megabyte and a half, the same work on any page);
// on the other kinds without it, which is what makes each of them differ.
const WITH_WORKER = new Set(['home', 'code']);

for (const { name, path, type } of SAMPLE_PAGES) {
  test(`${name}: no request leaves the site and the console stays clean`, async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: WITH_WORKER.has(type) ? 'allow' : 'block' });
    const page = await context.newPage();
    const external: string[] = [];
    const messages: string[] = [];
    page.on('request', (r) => {
      if (!new URL(r.url()).host.startsWith('localhost')) external.push(r.url());
    });
    page.on('console', (m) => {
      // A 404 page logs its own status as a resource error; nothing else may log.
      // Playwright itself says so where it blocks the worker; that line is not the site's.
      if (m.text() === 'Service Worker registration blocked by Playwright') return;
      if ((m.type() === 'error' || m.type() === 'warning') && !(path.includes('-') && /404/.test(m.text()))) messages.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    await page.goto(path);
    await page.locator('#search-input').fill('busy');
    await expect(page.locator('.search-results [role="option"]').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(external).toEqual([]);
    expect(messages).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('code and class pages read completely, navigation works, and search says it needs JavaScript', async ({ page }) => {
    await page.goto('/code/486');
    await expect(page.locator('h1')).toContainText('Busy Here');
    await expect(page.getByRole('heading', { name: 'Typical causes' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Q.850 causes: RFC 3398 and the stacks' })).toBeVisible();
    await expect(page.locator('.search-nojs')).toHaveText(/needs JavaScript/);
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/\/code\/487\/$/);
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL(/\/de\/code\/487\/$/);
    await expect(page.locator('.search-nojs')).toHaveText(/braucht JavaScript/);
    await page.locator('.crumbs a[href="/de/class/4xx/"]').click();
    await expect(page.locator('h1')).toContainText('4xx');
    await expect(page.locator('.code-list li').first()).toBeVisible();
  });
});
