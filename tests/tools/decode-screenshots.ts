// Screenshots of the decoder with an example decoded: both languages, both widths, light and dark.
//   node tests/tools/decode-screenshots.ts http://localhost:4400 401 486  → shots/decode-*.png
// The examples are the page's own buttons (401 challenge, 486 with Reason and Warning, FreeSWITCH log).
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchOptions } from '../support/browser.ts';

const [base, ...examples] = process.argv.slice(2);
const out = process.env.SHOTS ?? '/tmp/shots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(launchOptions());
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const lang of ['en', 'de']) {
      for (const example of examples) {
        await page.goto(`${base}${lang === 'de' ? '/de' : ''}/decode/`);
        await page.locator(`[data-example="${example}"]`).click();
        await page.locator('.decoded').first().waitFor();
        await page.locator('.decode-result').scrollIntoViewIfNeeded();
        const name = `decode-${example}-${lang}-${width}-${scheme}.png`;
        await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
        console.log(`${out}/${name}`);
      }
    }
    await page.close();
  }
}
await browser.close();
