// Screenshots of pages as a user sees them: both widths, light and dark.
//   node tests/tools/screenshot.ts http://localhost:4400 /code/486 /de/ ...  → shots/*.png
// SHOTS=dir picks the folder, FULL=1 takes the whole page, SELECTOR=.flow only that element.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchOptions } from '../support/browser.ts';

const [base, ...paths] = process.argv.slice(2);
const out = process.env.SHOTS ?? '/tmp/shots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(launchOptions());
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const p of paths) {
      await page.goto(base + p);
      const name = `${p.replace(/\W+/g, '_') || 'root'}-${width}-${scheme}.png`;
      if (process.env.SELECTOR) await page.locator(process.env.SELECTOR).first().screenshot({ path: `${out}/${name}` });
      else await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
      console.log(`${out}/${name}`);
    }
    await page.close();
  }
}
await browser.close();
