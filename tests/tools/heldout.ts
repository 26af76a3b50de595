// Scores search on the held-out clues (tests/heldout/clues.ts) against the built site: each clue
// typed into the search box of a page in its language, the first result compared with the
// acceptable answers. Prints the score and every miss. Not a test: the clues are kept apart from
// the cases search is built against, so this measures rather than gates.
//   npm run build && node tests/tools/heldout.ts
import { chromium, type Page } from '@playwright/test';
import { serve } from '../../src/server/serve.ts';
import { launchOptions } from '../support/browser.ts';
import { CLUES } from '../heldout/clues.ts';

const server = serve('dist', 0);
await new Promise((r) => server.once('listening', r));
const base = `http://localhost:${(server.address() as { port: number }).port}`;
const browser = await chromium.launch(launchOptions());

async function first(page: Page, clue: string): Promise<string> {
  await page.locator('#search-input').fill(clue);
  await page.locator('.search-results[aria-busy="false"]').waitFor({ state: 'attached', timeout: 15_000 });
  const option = page.locator('.search-results [role="option"]').first();
  if (!(await option.count())) return '(nothing)';
  const kind = await option.getAttribute('data-kind');
  const id = await option.getAttribute('data-id');
  return `${kind}:${id}`;
}

const pages = { en: await browser.newPage(), de: await browser.newPage() };
await pages.en.goto(`${base}/code/200/`);
await pages.de.goto(`${base}/de/code/200/`);
let right = 0;
const misses: string[] = [];
for (const [lang, clue, expected] of CLUES) {
  const got = await first(pages[lang], clue);
  if ((expected as readonly string[]).includes(got)) right++;
  else misses.push(`${lang}  ${clue}\n      expected ${expected.join(' or ')}, got ${got}`);
}
console.log(`held-out clues: ${right} of ${CLUES.length} right first`);
for (const m of misses) console.log(`  miss: ${m}`);
await browser.close();
server.close();
