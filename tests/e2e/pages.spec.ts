import { test, expect } from '@playwright/test';
import { CODES } from './codes.ts';

test('every code page exists in English and German with the code as heading and the right lang', async ({ request }) => {
  for (const code of CODES) {
    for (const [prefix, lang] of [['', 'en'], ['/de', 'de']] as const) {
      const res = await request.get(`${prefix}/code/${code}`);
      expect(res.status(), `${prefix}/code/${code}`).toBe(200);
      const html = await res.text();
      expect(html, `${prefix}/code/${code} lang`).toContain(`<html lang="${lang}"`);
      expect(html, `${prefix}/code/${code} heading`).toMatch(new RegExp(`<h1[^>]*><span class="num">${code}</span>`));
      expect(html, `${prefix}/code/${code} title`).toMatch(new RegExp(`<title>${code} `));
    }
  }
});

test('a code page shows only its own language', async ({ request }) => {
  const en = await (await request.get('/code/486')).text();
  const de = await (await request.get('/de/code/486')).text();
  expect(en).toContain('Typical causes');
  expect(en).not.toContain('Typische Ursachen');
  expect(de).toContain('Typische Ursachen');
  expect(de).not.toContain('Typical causes');
});

test('the German page shows the German phrase and the English reason phrase', async ({ page }) => {
  await page.goto('/de/code/486');
  await expect(page.locator('h1')).toHaveText('486Busy Here');
  await expect(page.locator('.phrase-de')).toHaveText('Teilnehmer besetzt');
});

test('/code/603 and /code/603/ both reach the page', async ({ request }) => {
  for (const path of ['/code/603', '/code/603/', '/de/code/603', '/de/code/603/']) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
  }
});

test('every page has a canonical URL, hreflang alternates both ways and a description', async ({ request }) => {
  for (const path of ['/', '/de/', '/class/4xx/', '/de/class/4xx/', '/code/603/', '/de/code/603/']) {
    const html = await (await request.get(path)).text();
    const base = path.replace(/^\/de(?=\/)/, '');
    const enPath = base === '/' ? '/' : base;
    const dePath = base === '/' ? '/de/' : `/de${base}`;
    expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${path.replace(/\//g, '\\/')}"`));
    expect(html, path).toMatch(new RegExp(`hreflang="en" href="[^"]*${enPath.replace(/\//g, '\\/')}"`));
    expect(html, path).toMatch(new RegExp(`hreflang="de" href="[^"]*${dePath.replace(/\//g, '\\/')}"`));
    expect(html, path).toMatch(/<meta name="description" content="[^"]{40,}"/);
  }
});

test('home pages list every code grouped by class', async ({ page }) => {
  for (const home of ['/', '/de/']) {
    await page.goto(home);
    for (const cls of ['1xx', '2xx', '3xx', '4xx', '5xx', '6xx', '7xx']) await expect(page.locator(`h2#class-${cls}`)).toBeVisible();
    await expect(page.locator('.code-list li')).toHaveCount(CODES.length);
  }
});

test('class pages list their codes and link to each', async ({ page }) => {
  await page.goto('/de/class/6xx');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const links = page.locator('.code-list a');
  await expect(links.first()).toHaveAttribute('href', /^\/de\/code\/6\d\d\/$/);
  expect(await links.count()).toBe(CODES.filter((c) => c >= 600 && c < 700).length);
});

test('the 7xx class says plainly that SIP defines only 1xx to 6xx', async ({ page }) => {
  await page.goto('/class/7xx');
  await expect(page.locator('main')).toContainText('1xx');
  await expect(page.locator('main')).toContainText('6xx');
});

test('a code page links its class, its RFC section and its neighbours', async ({ page }) => {
  await page.goto('/code/486');
  await expect(page.locator('.badges a[href="/class/4xx/"]')).toBeVisible();
  await expect(page.locator('a[href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24"]').first()).toBeVisible();
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', /^\/code\/48\d\/$/);
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', /^\/code\/\d{3}\/$/);
});

test('unknown paths get the 404 page in their language', async ({ request, page }) => {
  const en = await request.get('/code/999');
  expect(en.status()).toBe(404);
  expect(await en.text()).toContain('<html lang="en"');
  const de = await request.get('/de/gibt-es-nicht');
  expect(de.status()).toBe(404);
  expect(await de.text()).toContain('<html lang="de"');
  await page.goto('/nothing-here');
  await expect(page.locator('h1')).toContainText('404');
  await expect(page.locator('.class-nav a')).toHaveCount(7);
  await expect(page.locator('#search-input')).toBeVisible();
});

test('a code page names the software behind phrases that differ from IANA’s, in both languages', async ({ page }) => {
  await page.goto('/code/439');
  const phrases = page.locator('dl.facts dd.stack-phrases');
  await expect(phrases).toContainText('“Stale Date” sofia-sip (FreeSWITCH)');
  await expect(page.locator('dl.facts dt', { hasText: 'Phrases in software' })).toBeVisible();
  await page.goto('/de/code/477');
  await expect(page.locator('dl.facts dd.stack-phrases')).toContainText('„Send failed (477/TM)“ OpenSIPS');
  await expect(page.locator('dl.facts dd.stack-phrases small')).toContainText('(477/SL)');
  await page.goto('/code/200');
  await expect(page.locator('dl.facts dd.stack-phrases')).not.toContainText('“OK”');
});

test('701 shows the name some code lists give it beside PJSIP’s phrase, marked as found in no stack', async ({ page }) => {
  await page.goto('/code/701');
  await expect(page.locator('h1')).toHaveText('701No response from destination server');
  await expect(page.locator('.variants')).toContainText('in some code lists “Party Hangs Up” (no SIP stack source found)');
});
