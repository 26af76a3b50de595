import { test, expect, type Page } from '@playwright/test';
import { DE, EN, type Case } from './search-queries.ts';

async function search(page: Page, query: string) {
  const input = page.locator('#search-input');
  await input.fill(query);
  // Results are rendered once the last keystroke has been searched.
  await expect(page.locator('.search-panel')).toBeVisible();
  await expect(page.locator('.search-status')).not.toHaveText(/…/);
}

for (const [lang, cases, home] of [['en', EN, '/code/200'], ['de', DE, '/de/code/200']] as const) {
  test.describe(`search (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(home);
    });
    for (const [query, expected, where] of cases as Case[]) {
      test(`"${query}" → ${expected.join(', ')} (${where})`, async ({ page }) => {
        await search(page, query);
        const results = page.locator('.search-results [role="option"]');
        if (where === 'unknown') {
          await expect(page.locator('.search-results')).toContainText(query);
          await expect(page.locator(`.search-results a[href$="/class/${expected[0]}/"]`)).toBeVisible();
          return;
        }
        if (where === 'class') {
          await expect(results.first()).toHaveAttribute('href', new RegExp(`/class/${expected[0]}/$`));
          return;
        }
        await expect(results.first()).toBeVisible();
        const codes = (await results.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.code ?? 0)))).filter(Boolean);
        const n = where === 'first' ? 1 : where === 'top3' ? 3 : 5;
        if (where === 'first') expect(codes[0], `first result for "${query}": ${codes.join(', ')}`).toBe(expected[0]);
        for (const code of expected) expect(codes.slice(0, Math.max(n, expected.length)), `results for "${query}": ${codes.join(', ')}`).toContain(code);
      });
    }
  });
}

test('Enter on an existing code number opens its page', async ({ page }) => {
  await page.goto('/');
  await page.locator('#search-input').fill('603');
  await page.locator('#search-input').press('Enter');
  await expect(page).toHaveURL(/\/code\/603\/$/);
});

test('Enter typed before search has loaded still opens the code', async ({ page }) => {
  await page.goto('/de/class/4xx');
  await page.locator('#search-input').pressSequentially('488');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/de\/code\/488\/$/);
});

test('arrow keys move through results, Enter opens the chosen one, Escape closes', async ({ page }) => {
  await page.goto('/');
  await search(page, 'not acceptable');
  const input = page.locator('#search-input');
  await input.press('ArrowDown');
  const second = await page.locator('.search-results [aria-selected="true"]').getAttribute('href');
  await input.press('Escape');
  await expect(page.locator('.search-panel')).toBeHidden();
  await input.press('ArrowDown');
  await expect(page.locator('.search-panel')).toBeVisible();
  await expect(page.locator('.search-results [aria-selected="true"]')).toHaveAttribute('href', second!);
  await input.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${second}$`));
});

test('filters narrow results by class and status', async ({ page }) => {
  await page.goto('/');
  await search(page, 'busy');
  await page.locator('select[data-filter="class"]').selectOption('6xx');
  await expect(page.locator('.search-results [role="option"]').first()).toHaveAttribute('data-code', '600');
  const codes = await page.locator('.search-results [data-code]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.code));
  expect(codes.every((c) => c!.startsWith('6'))).toBe(true);
});

test('a query with no match says so and suggests the number or class', async ({ page }) => {
  await page.goto('/');
  await search(page, 'xylophone');
  await expect(page.locator('.search-status')).toContainText('No code matches');
});

test('results show the phrase, the outcome badge and the meaning in the page language', async ({ page }) => {
  await page.goto('/de/');
  await search(page, '486');
  const first = page.locator('.search-results [role="option"]').first();
  await expect(first).toContainText('Busy Here');
  await expect(first).toContainText('Teilnehmer besetzt');
  await expect(first.locator('.badge')).toHaveText('Besetzt');
});

test('searching sends no request outside the site', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://localhost')) external.push(r.url());
  });
  await page.goto('/code/200');
  await search(page, 'busy');
  await expect(page.locator('.search-results [data-code="486"]')).toBeVisible();
  expect(external).toEqual([]);
});
