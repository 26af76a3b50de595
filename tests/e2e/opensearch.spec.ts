// Address-bar search: an OpenSearch 1.1 description per language, linked from every page, whose
// template opens the search page; a query naming a code, cause or warn-code goes straight to it.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { htmlFiles } from './dist.ts';

const tag = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}([^>]*)>([^<]*)</${name}>`, 'g'))].map((m) => ({ attrs: m[1]!, text: m[2]! }));

for (const [lang, path, searchPath] of [['en', '/opensearch.xml', '/search/'], ['de', '/de/opensearch.xml', '/de/search/']] as const) {
  test(`the ${lang} OpenSearch description is valid OpenSearch 1.1 and opens ${searchPath}`, async ({ request }) => {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<OpenSearchDescription xmlns="http:\/\/a9\.com\/-\/spec\/opensearch\/1\.1\/"/);
    const short = tag(xml, 'ShortName')[0]!.text;
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThanOrEqual(16);
    expect(tag(xml, 'Description')[0]!.text.length).toBeLessThanOrEqual(1024);
    expect(tag(xml, 'InputEncoding')[0]!.text).toBe('UTF-8');
    expect(tag(xml, 'Language')[0]!.text).toBe(lang);
    const url = /<Url type="text\/html" method="get" template="([^"]+)"\/>/.exec(xml)?.[1];
    expect(url).toMatch(new RegExp(`^https?://[^/]+${searchPath.replace(/\//g, '\\/')}\\?q=\\{searchTerms\\}$`));
    const images = tag(xml, 'Image');
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(image.attrs).toMatch(/width="\d+" height="\d+" type="image\/png"/);
      const icon = await request.get(new URL(image.text).pathname);
      expect(icon.status()).toBe(200);
      expect(icon.headers()['content-type']).toBe('image/png');
    }
  });
}

test('every page links the OpenSearch description of its language', () => {
  const missing: string[] = [];
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    const de = /<html lang="de"/.test(html);
    if (!html.includes(`<link rel="search" type="application/opensearchdescription+xml" href="${de ? '/de' : ''}/opensearch.xml"`)) missing.push(file);
  }
  expect(missing).toEqual([]);
});

/** The address the browser opens for a query: the description's template, on the test server. */
async function addressFor(request: import('@playwright/test').APIRequestContext, description: string, query: string): Promise<string> {
  const xml = await (await request.get(description)).text();
  const template = /<Url type="text\/html" method="get" template="([^"]+)"/.exec(xml)![1]!;
  const url = new URL(template.replace('{searchTerms}', encodeURIComponent(query)));
  return url.pathname + url.search;
}

const DIRECT: [description: string, query: string, lands: RegExp][] = [
  ['/opensearch.xml', '486', /\/code\/486\/$/],
  ['/opensearch.xml', 'SIP/2.0 603 Declined', /\/code\/603\/$/],
  ['/opensearch.xml', 'cause 17', /\/cause\/17\/$/],
  ['/opensearch.xml', 'USER_BUSY', /\/cause\/17\/$/],
  ['/opensearch.xml', 'Warning: 305 gw1 "Incompatible media format"', /\/warning\/305\/$/],
  ['/opensearch.xml', 'ORIGINATOR_CANCEL', /\/freeswitch-cause\/ORIGINATOR_CANCEL\/$/],
  ['/de/opensearch.xml', '486', /\/de\/code\/486\/$/],
  ['/de/opensearch.xml', 'Reason: Q.850;cause=17', /\/de\/cause\/17\/$/],
];
for (const [description, query, lands] of DIRECT) {
  test(`address-bar search for "${query}" (${description}) goes straight to the page it names`, async ({ page, request }) => {
    await page.goto(await addressFor(request, description, query));
    await expect(page).toHaveURL(lands);
    // location.replace: Back does not return to the search page, which would only forward again.
    await page.goBack();
    expect(page.url()).not.toContain('/search/');
  });
}

for (const [description, query, code] of [['/opensearch.xml', 'busy', 486], ['/de/opensearch.xml', 'Keine Antwort', 480], ['/opensearch.xml', 'Call has been declined', 603]] as const) {
  test(`address-bar search for "${query}" (${description}) shows the results on the search page`, async ({ page, request }) => {
    const address = await addressFor(request, description, query);
    await page.goto(address);
    await expect(page.locator('.search-results [role="option"]').first()).toBeVisible();
    await expect(page.locator(`.search-results [data-code="${code}"]`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/search/\\?q=`));
    await expect(page.locator('#search-input')).toHaveValue(query);
  });
}

test('the search page keeps what is typed in its address, so results can be linked', async ({ page }) => {
  await page.goto('/de/search/');
  await expect(page.locator('h1')).toHaveText('Suche');
  await page.locator('#search-input').fill('besetzt');
  await expect(page.locator('.search-results [data-code="486"]')).toBeVisible();
  await expect(page).toHaveURL(/\/de\/search\/\?q=besetzt$/);
});
