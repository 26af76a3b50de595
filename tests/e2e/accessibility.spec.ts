import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SAMPLE_PAGES } from './pages.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Pairwise: every page type in both languages, once light at 1280 px and once dark at 360 px.
// Each value of each factor is covered: the contrast rules in both colour schemes, the layout
// rules (target size, reflow, zoom) at both widths. A page's colours do not change with its
// width, nor its layout with its colour scheme, so the other two pairs would repeat these runs.
const COMBOS = [
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 360 },
] as const;

for (const { scheme, width } of COMBOS) {
  {
    test.describe(`${scheme}, ${width} px`, () => {
      test.use({ colorScheme: scheme, viewport: { width, height: 800 } });
      for (const { name, path } of SAMPLE_PAGES) {
        test(`${name} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      }
      test('the open search panel has no WCAG 2.2 A/AA violations', async ({ page }) => {
        await page.goto('/de/code/486');
        await page.locator('#search-input').fill('besetzt');
        await expect(page.locator('.search-results [role="option"]').first()).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
      test('the open search panel with a note, a cause, a warn-code and the kind filter has no WCAG 2.2 A/AA violations', async ({ page }) => {
        await page.goto('/code/486');
        // An unregistered code (a note with links), a Warning header (a warn-code result) and a cause name.
        await page.locator('#search-input').fill('SIP/2.0 499 Whatever Warning: 305 gw1 "Incompatible media format" [USER_BUSY]');
        await expect(page.locator('.search-results [data-kind="cause"]')).toBeVisible();
        await expect(page.locator('.search-results [data-kind="warning"]')).toBeVisible();
        await expect(page.locator('.search-notes a').first()).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    });
  }
}

test('a skip link is the first stop and leads to the content', async ({ page }) => {
  await page.goto('/code/486');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('#main')).toBeFocused();
});

test('every control can be reached by keyboard and shows a visible focus', async ({ page }) => {
  await page.goto('/de/code/486');
  // Number every visible control, then tab through the page until focus wraps around.
  const total = await page.evaluate(() => {
    const els = [...document.querySelectorAll<HTMLElement>('a[href], input, select, button, [tabindex="0"]')].filter((e) => e.getClientRects().length > 0);
    els.forEach((e, i) => (e.dataset.kbd = String(i)));
    return els.length;
  });
  const seen = new Set<string>();
  for (let i = 0; i < total + 30; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return { id: el.dataset.kbd ?? `new:${el.tagName}`, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    if (!info) continue;
    expect(info.outline, `focus visible on control ${info.id}`).toBe(true);
    seen.add(info.id);
  }
  const missed = Array.from({ length: total }, (_, i) => String(i)).filter((i) => !seen.has(i));
  expect(missed).toEqual([]);
});
