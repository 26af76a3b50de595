import { test, expect } from '@playwright/test';

test('the language toggle leads to the same code and back', async ({ page }) => {
  await page.goto('/code/603');
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(/\/de\/code\/603\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/code\/603\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the toggle is a real link that works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/class/4xx');
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(/\/de\/class\/4xx\/$/);
  await context.close();
});

test('the toggle stays visible on a 320 px phone', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  await page.goto('/de/code/486');
  const toggle = page.getByRole('link', { name: 'English' });
  await expect(toggle).toBeInViewport();
  const box = (await toggle.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  await page.close();
});

test('the chosen language is remembered for the home page, but a deep link is never redirected', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(/\/de\/$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/de\/$/);
  await page.goto('/code/486');
  await expect(page).toHaveURL(/\/code\/486$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await page.getByRole('link', { name: 'English' }).click();
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
