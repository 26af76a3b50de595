// Screenshots of pages as a user sees them: both widths, light and dark.
//   node tests/tools/screenshot.ts http://localhost:4400 /code/486 /de/ ...  → shots/*.png
// FULL=1: the whole page. WAIT=<selector>: wait until that element's text matches WAIT_TEXT (a
// regular expression, default: any text), e.g. WAIT='[data-offline-note]' WAIT_TEXT='\d' for the
// footer's line once the site is saved for offline reading. ELEMENT=<selector>: shoot only it.
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
      if (process.env.WAIT) await page.locator(process.env.WAIT).filter({ hasText: new RegExp(process.env.WAIT_TEXT ?? '\\S') }).waitFor({ timeout: 60_000 });
      const name = `${p.replace(/\W+/g, '_') || 'root'}-${width}-${scheme}.png`;
      if (process.env.ELEMENT) await page.locator(process.env.ELEMENT).screenshot({ path: `${out}/${name}` });
      else await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
      console.log(`${out}/${name}`);
    }
    await page.close();
  }
}
await browser.close();
