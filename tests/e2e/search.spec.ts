import { test, expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { DE, EN, type Case } from './search-queries.ts';

/** Types a query and waits until every result is in, full-text hits included. */
async function search(page: Page, query: string) {
  const input = page.locator('#search-input');
  await input.fill(query);
  await expect(page.locator('.search-panel')).toBeVisible();
  await expect(page.locator('.search-results')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('.search-status')).not.toHaveText(/…/);
}

const codesOf = (page: Page) =>
  page.locator('.search-results [role="option"]').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.code ?? 0)).filter(Boolean));

// The table runs in one page per worker and language, as a user searching one thing after
// another: the search code and index load once, which keeps the suite fast.
for (const [lang, cases, home] of [['en', EN, '/code/200/'], ['de', DE, '/de/code/200/']] as const) {
  test.describe(`search (${lang})`, () => {
    let page: Page;
    test.beforeAll(async ({ browser }, info) => {
      page = await browser.newPage({ baseURL: info.project.use.baseURL!, serviceWorkers: 'block' });
    });
    test.afterAll(async () => page.close());
    test.beforeEach(async () => {
      if (!page.url().endsWith(home)) await page.goto(home);
    });
    for (const [query, expected, where] of cases as Case[]) {
      test(`"${query}" → ${expected.join(', ')} (${where})`, async () => {
        await search(page, query);
        const results = page.locator('.search-results [role="option"]');
        if (where === 'unknown') {
          await expect(page.locator('.search-notes')).toContainText(query);
          await expect(page.locator(`.search-notes a[href$="/class/${expected[0]}/"]`)).toBeVisible();
          return;
        }
        if (where === 'class') {
          await expect(results.first()).toHaveAttribute('href', new RegExp(`/class/${expected[0]}/$`));
          return;
        }
        if (where === 'not') {
          const codes = await codesOf(page);
          for (const code of expected) expect(codes[0], `results for "${query}": ${codes.join(', ')}`).not.toBe(code);
          await expect(page.locator('.search-notes')).not.toContainText(String(expected[0]));
          return;
        }
        await expect(results.first()).toBeVisible();
        if (where === 'cause' || where === 'fs' || where === 'warning') {
          const [id, ...codesAfter] = expected;
          await expect(results.first(), `first result for "${query}"`).toHaveAttribute('data-kind', where);
          await expect(results.first()).toHaveAttribute('data-id', String(id));
          // Once the entry has a page, the result leads there.
          const dir = where === 'cause' ? 'cause' : where === 'fs' ? 'freeswitch-cause' : 'warning';
          const prefix = lang === 'de' ? '/de' : '';
          if (existsSync(`dist/${dir}/${id}/index.html`)) await expect(results.first()).toHaveAttribute('href', `${prefix}/${dir}/${id}/`);
          const codes = await codesOf(page);
          if (where === 'warning') expect(codes, `a Warning line never shows the code ${id}`).not.toContain(id);
          for (const code of codesAfter) expect(codes.slice(0, 5), `codes for "${query}": ${codes.join(', ')}`).toContain(code);
          return;
        }
        const codes = await codesOf(page);
        const n = where === 'first' ? 1 : where === 'top3' ? 3 : 5;
        if (where === 'first') expect(codes[0], `first code for "${query}": ${codes.join(', ')}`).toBe(expected[0]);
        for (const code of expected) expect(codes.slice(0, Math.max(n, expected.length)), `results for "${query}": ${codes.join(', ')}`).toContain(code);
      });
    }
  });
}

test('an unknown code is explained by RFC 3261 §8.1.3.2, with links to its class and to the code it counts as', async ({ page }) => {
  await page.goto('/');
  for (const [query, cls, as] of [['499', '4xx', '/code/400/'], ['150', '1xx', '/code/183/'], ['799', '7xx', undefined]] as const) {
    await search(page, query);
    const notes = page.locator('.search-notes');
    await expect(notes).toContainText(query);
    await expect(notes.locator(`a[href="/class/${cls}/"]`)).toBeVisible();
    if (as) await expect(notes.locator(`a[href="${as}"]`)).toBeVisible();
    else await expect(notes.locator('a[href^="/code/"]')).toHaveCount(0);
  }
  await page.goto('/de/');
  await search(page, '150');
  await expect(page.locator('.search-notes')).toContainText('183');
});

test('a code in the query shows in the same frame as the keystroke, before the search code has loaded', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/de/class/4xx/');
  const sameFrame = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#search-input')!;
    input.focus();
    input.value = 'SIP/2.0 486 Busy Here';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const option = document.querySelector<HTMLAnchorElement>('.search-results [role="option"][data-code="486"]');
    return { shown: !!option, href: option?.getAttribute('href'), text: option?.textContent, expanded: input.getAttribute('aria-expanded') };
  });
  expect(sameFrame).toEqual({ shown: true, href: '/de/code/486/', text: '486Busy Here', expanded: 'true' });
  // The full search then takes over with its richer result.
  await expect(page.locator('.search-results [data-code="486"]')).toContainText('Teilnehmer besetzt');
  expect(requested.some((p) => p.includes('search-data.json'))).toBe(true);
});

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

test('Enter on a cause name opens what the query names first', async ({ page }) => {
  await page.goto('/');
  await search(page, 'Hangup sofia/internal/1000@10.0.0.1 [CS_CONSUME_MEDIA] [USER_BUSY]');
  await page.locator('#search-input').press('Enter');
  await expect(page).toHaveURL(/\/cause\/17\/$/);
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

test('filters narrow results by kind, class and status', async ({ page }) => {
  await page.goto('/');
  await search(page, 'busy');
  await page.locator('select[data-filter="class"]').selectOption('6xx');
  await expect(page.locator('.search-results [role="option"]').first()).toHaveAttribute('data-code', '600');
  const codes = await page.locator('.search-results [data-code]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.code));
  expect(codes.every((c) => c!.startsWith('6'))).toBe(true);
  await page.locator('select[data-filter="class"]').selectOption('');
  await page.locator('select[data-filter="kind"]').selectOption('cause');
  await expect(page.locator('.search-results [role="option"]').first()).toHaveAttribute('data-kind', 'cause');
  const kinds = await page.locator('.search-results [role="option"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
  expect(kinds.every((k) => k === 'cause' || k === 'fs')).toBe(true);
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

test('a cause result shows its number, Q.850 name, German name, stack names and kind', async ({ page }) => {
  await page.goto('/de/');
  await search(page, 'HANGUPCAUSE=17');
  const first = page.locator('.search-results [role="option"]').first();
  await expect(first).toHaveAttribute('href', '/de/cause/17/');
  for (const text of ['17', 'User busy', 'Teilnehmer besetzt', 'USER_BUSY', 'Q.850-Cause', 'SIP 486']) await expect(first).toContainText(text);
});

test('a Warning result shows the warn-code, its text and its kind, and leads to the Warning page', async ({ page }) => {
  await page.goto('/');
  await search(page, 'Warning: 305 gw1 "Incompatible media format"');
  const first = page.locator('.search-results [role="option"]').first();
  await expect(first).toHaveAttribute('href', '/warning/305/');
  for (const text of ['305', 'Incompatible media format', 'Warning code']) await expect(first).toContainText(text);
  await expect(page.locator('.search-results [data-code="305"]')).toHaveCount(0);
});

test('a FreeSWITCH cause result leads to its page', async ({ page }) => {
  await page.goto('/');
  await search(page, 'hangup_cause=ORIGINATOR_CANCEL');
  const first = page.locator('.search-results [role="option"]').first();
  await expect(first).toHaveAttribute('href', '/freeswitch-cause/ORIGINATOR_CANCEL/');
  await expect(first).toContainText('FreeSWITCH cause');
});

test('a pasted SIP message offers the decoder, and nothing pasted goes into the link', async ({ page }) => {
  const message = [
    'SIP/2.0 486 Busy Here',
    'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK776asdhds',
    'From: <sip:alice@example.com>;tag=1928301774',
    'To: <sip:bob@example.com>;tag=a6c85cf',
    'Call-ID: a84b4c76e66710@pc33.example.com',
    'CSeq: 314159 INVITE',
    'Content-Length: 0',
  ].join('\n');
  for (const [home, decoder] of [['/', '/decode/'], ['/de/', '/de/decode/']] as const) {
    await page.goto(home);
    await search(page, message);
    await expect(page.locator(`.search-notes a[href="${decoder}"]`)).toBeVisible();
    await expect(page.locator('.search-results [role="option"]').first()).toHaveAttribute('data-code', '486');
  }
});

test('a paste of a megabyte gets an answer and leaves the page responsive', async ({ page }) => {
  await page.goto('/');
  const line = 'Nov 27 14:03:12 pbx WARNING[2214]: chan_sip.c:24460 Received response 486 "Busy Here" from 10.0.0.1:5060\n';
  await page.locator('#search-input').fill(line.repeat(Math.ceil(1_000_000 / line.length)));
  await expect(page.locator('.search-results [data-code="486"]').first()).toBeVisible();
  expect(await page.evaluate(() => new Promise<number>((r) => { const t = performance.now(); requestAnimationFrame(() => r(performance.now() - t)); }))).toBeLessThan(1000);
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
