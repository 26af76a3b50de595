// The message decoder page (/decode/, /de/decode/): explains pasted messages in the page's
// language, answers any bad input with a sentence, keeps the paste inside the page, and passes
// the accessibility checks with a decoded message on screen.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import en from '../../src/i18n/en.ts';
import de from '../../src/i18n/de.ts';
import { EXAMPLE_401, EXAMPLE_486 } from '../../src/lib/decodeExamples.ts';

const LANGS = [
  { lang: 'en', path: '/decode/', t: en.decode, prefix: '' },
  { lang: 'de', path: '/de/decode/', t: de.decode, prefix: '/de' },
] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The first words of a template, up to its first placeholder: enough to recognise the sentence. */
const opening = (template: string) => template.split('{')[0]!.trim().slice(0, 40);

/** Puts text into the textarea as a paste would, without sending megabytes through the protocol. */
async function paste(page: Page, make: string) {
  await page.locator('#decode-input').focus();
  await page.evaluate((source) => {
    const area = document.querySelector<HTMLTextAreaElement>('#decode-input')!;
    area.value = new Function(`return ${source}`)() as string;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, make);
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

for (const { lang, path, t, prefix } of LANGS) {
  test.describe(`decoder (${lang})`, () => {
    test('explains a pasted 486 with links to the code, cause and Warning pages', async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(path);
      await page.locator('#decode-input').fill(EXAMPLE_486);
      const message = page.locator('.decoded').first();
      await expect(message.locator('h3')).toContainText('486');
      await expect(message.locator('h3 a')).toHaveAttribute('href', `${prefix}/code/486/`);
      await expect(message.locator(`a[href="${prefix}/cause/17/"]`)).toBeVisible();
      await expect(message.locator(`a[href="${prefix}/warning/399/"]`)).toBeVisible();
      await expect(message).toContainText(opening(t.k.noToTag));
      await expect(message).toContainText(opening(t.k.phraseCase));
      await expect(message.locator('a[href*="rfc3261#section-8.2.6.2"]')).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('explains a 401 challenge from an Asterisk log, with where it came from', async ({ page }) => {
      await page.goto(path);
      await page.locator('#decode-input').fill(EXAMPLE_401);
      const message = page.locator('.decoded').first();
      await expect(message.locator('.frame')).toContainText('203.0.113.5:5060');
      await expect(message.locator('.frame')).toContainText(t.format.asterisk);
      await expect(message).toContainText(opening(t.k.authStale));
      await expect(message).toContainText(opening(t.k.authRealm));
    });

    test('an example button works before the decoder has loaded', async ({ page }) => {
      await page.goto(path);
      await page.locator('[data-example="log"]').click();
      await expect(page.locator('.decoded')).toHaveCount(2);
      await expect(page.locator('.decoded').nth(1).locator('h3 a')).toHaveAttribute('href', `${prefix}/code/422/`);
    });

    const BAD: [name: string, source: string, sentence: string][] = [
      ['nothing', `''`, t.k.empty],
      ['binary bytes', `'\\u0000\\u0001\\u0002\\ufffd\\ufffd\\u0003'.repeat(500)`, t.k.binary],
      ['a 1 MB log', `(${JSON.stringify(EXAMPLE_486 + '\r\n')}).repeat(2700)`, t.k.charsCut],
      ['only headers', `'Reason: Q.850;cause=16\\nWarning: 305 gw1 "Incompatible media format"'`, t.k.headersOnly],
      ['HTML', `'<!doctype html><html><body><p>Session expired</p></body></html>'`, t.k.noSipHtml],
      ['10,000 lines with no SIP', `Array.from({ length: 10000 }, (_, i) => 'app[42]: heartbeat ok #' + i).join('\\n')`, t.k.noSip],
      ['a request', `'OPTIONS sip:gw@example.com SIP/2.0\\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\\nFrom: <sip:a@example.com>;tag=1\\nTo: <sip:gw@example.com>\\nCall-ID: x\\nCSeq: 1 OPTIONS\\nContent-Length: 0\\n'`, t.k.mandatoryMissing],
    ];
    for (const [name, source, sentence] of BAD) {
      test(`bad input, ${name}: a sentence in the page's language, no error, page responsive`, async ({ page }) => {
        const errors = collectErrors(page);
        await page.goto(path);
        await paste(page, source);
        await page.locator('button[type="submit"]').click();
        await expect(page.locator('.decode-result')).toContainText(opening(sentence), { timeout: 10_000 });
        // The main thread is free again: a frame is painted promptly.
        const frame = await page.evaluate(() => new Promise<number>((resolve) => { const t0 = performance.now(); requestAnimationFrame(() => resolve(performance.now() - t0)); }));
        expect(frame).toBeLessThan(500);
        // Parse, explain and render took this long (the decoder writes it on the form).
        const ms = await page.locator('form[data-decode]').getAttribute('data-ms');
        expect(ms).not.toBeNull();
        expect(Number(ms)).toBeLessThan(2000);
        expect(errors).toEqual([]);
      });
    }

    test('nothing pasted leaves the page: no request, URL, storage or cookie carries it', async ({ page, context }) => {
      const marker = 'Zq7PrivacyMarker';
      const requests: { url: string; body: string | null }[] = [];
      page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() }));
      await page.goto(path);
      await page.waitForLoadState('load');
      const before = requests.length;
      await page.locator('#decode-input').fill(EXAMPLE_486.replace('USER_BUSY', marker));
      await expect(page.locator('.decoded')).toHaveCount(1);
      await page.locator('button[type="submit"]').click();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      const after = requests.slice(before);
      for (const r of requests) {
        expect(r.url).not.toContain(marker);
        expect(r.body ?? '').not.toContain(marker);
        expect(new URL(r.url).origin).toBe(new URL(page.url()).origin);
      }
      // After the page itself: the decoder's code and this language's data, nothing else.
      expect(after.map((r) => new URL(r.url).pathname).filter((p) => !p.startsWith('/_astro/') && p !== `${prefix}/decode-data.json` && p !== '/favicon.svg')).toEqual([]);
      expect(page.url()).not.toContain(marker);
      const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie, history: history.state }));
      expect(stored).not.toContain(marker);
      expect((await context.cookies()).map((c) => c.value).join()).not.toContain(marker);
      await expect(page.locator('#decode-input')).not.toHaveAttribute('name');
    });
  });
}

test('the decoder is linked from the home page and the footer in both languages', async ({ page }) => {
  for (const { path, prefix } of [{ path: '/', prefix: '' }, { path: '/de/code/486/', prefix: '/de' }]) {
    await page.goto(path);
    await expect(page.locator(`main a[href="${prefix}/decode/"], footer a[href="${prefix}/decode/"]`).first()).toBeVisible();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test.describe(`${scheme}, ${width} px`, () => {
      test.use({ colorScheme: scheme, viewport: { width, height: 800 } });
      for (const { lang, path } of LANGS) {
        test(`the decoder with a decoded 401 and 486 (${lang}) has no WCAG 2.2 A/AA violations`, async ({ page }) => {
          await page.goto(path);
          await page.locator('#decode-input').fill(`${EXAMPLE_401}\r\n${EXAMPLE_486}`);
          await expect(page.locator('.decoded')).toHaveCount(2);
          await page.locator('.decoded summary').first().click();
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
          // Nothing wider than the screen at 360 px.
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        });
      }
    });
  }
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('once the decoder page has loaded, it decodes with the network cut', async ({ page, context }) => {
    await page.goto('/de/decode/');
    // After load the service worker caches this language's files, the decoder's among them.
    const ready = () =>
      page.evaluate(async () => {
        const keys = await caches.keys();
        if (!keys.length || !navigator.serviceWorker.controller) return false;
        const cached = (await (await caches.open(keys[0]!)).keys()).map((r) => new URL(r.url).pathname);
        return cached.includes('/de/decode-data.json') && cached.some((p) => p.startsWith('/_astro/decode.'));
      });
    await expect.poll(ready, { timeout: 15_000 }).toBe(true);
    await context.setOffline(true);
    await page.locator('#decode-input').fill(EXAMPLE_486);
    await expect(page.locator('.decoded h3 a')).toHaveAttribute('href', '/de/code/486/');
    await context.setOffline(false);
  });
});
