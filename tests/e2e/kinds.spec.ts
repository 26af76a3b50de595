// The other kinds of page: every Q.850 cause, FreeSWITCH cause and Warning code in both
// languages, the cause index, and the mapping links between cause and code pages, both ways.
// Read from the built files, so that all of them are checked in a second.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { DIST } from './dist.ts';

const ids = (dir: string, pattern: RegExp) => readdirSync(`content/${dir}`).map((f) => f.replace(/\.mdx$/, '')).filter((f) => pattern.test(f));
const CAUSES = ids('causes', /^\d+$/).map(Number).sort((a, b) => a - b);
const FREESWITCH = ids('freeswitch-causes', /^[A-Z_0-9]+$/);
const WARNINGS = ids('warnings', /^\d+$/).map(Number);
const LANGS = [['', 'en'], ['/de', 'de']] as const;
const page = (path: string) => readFileSync(`${DIST}${path}index.html`, 'utf8');
const section = (html: string, id: string) => new RegExp(`<section aria-labelledby="${id}">[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
const links = (html: string) => [...html.matchAll(/href="([^"#]+)"/g)].map((m) => m[1]!);
/** Links in the rows of a mapping section that come from a row of their own, not from a default branch. */
const ownRowLinks = (html: string) =>
  [...html.matchAll(/<tr>[\s\S]*?<\/tr>/g)]
    .map((m) => m[0].replace(/<li>(?:(?!<\/li>)[\s\S])*badge tag neutral[\s\S]*?<\/li>/g, ''))
    .filter((row) => !row.includes('badge tag neutral'))
    .flatMap(links);

test('there are 76 cause pages, 33 FreeSWITCH cause pages and 17 Warning code pages (15 registered, 390 and 392)', () => {
  expect([CAUSES.length, FREESWITCH.length, WARNINGS.length]).toEqual([76, 33, 17]);
});

for (const [prefix, lang] of LANGS) {
  test(`every cause page exists in ${lang}, headed by its number and Q.850 name, with its class, names, mapping and Reason example`, () => {
    const problems: string[] = [];
    for (const cause of CAUSES) {
      const path = `${prefix}/cause/${cause}/`;
      if (!existsSync(`${DIST}${path}index.html`)) {
        problems.push(`${path}: missing`);
        continue;
      }
      const html = page(path);
      if (!html.includes(`<html lang="${lang}"`)) problems.push(`${path}: not ${lang}`);
      if (!new RegExp(`<h1[^>]*><span class="num">${cause}</span>`).test(html)) problems.push(`${path}: heading`);
      for (const id of ['names', 'sip', 'reason']) if (!section(html, id)) problems.push(`${path}: no #${id} section`);
      if (!html.includes(`Reason: Q.850;cause=${cause};text=`)) problems.push(`${path}: no Reason example`);
      if (!html.includes(`href="/api/cause/${cause}.json"`)) problems.push(`${path}: no JSON twin`);
    }
    expect(problems).toEqual([]);
  });

  test(`every FreeSWITCH cause and every Warning code has its page in ${lang}`, () => {
    const problems: string[] = [];
    for (const path of [...FREESWITCH.map((n) => `${prefix}/freeswitch-cause/${n}/`), ...WARNINGS.map((w) => `${prefix}/warning/${w}/`)]) {
      if (!existsSync(`${DIST}${path}index.html`)) problems.push(`${path}: missing`);
      else if (!page(path).includes(`<html lang="${lang}"`)) problems.push(`${path}: not ${lang}`);
    }
    expect(problems).toEqual([]);
  });

  test(`the cause index in ${lang} lists every cause under its Q.850 class and every FreeSWITCH cause, and every page links it`, () => {
    const html = page(`${prefix}/cause/`);
    for (const cause of CAUSES) expect(html, `cause ${cause}`).toContain(`href="${prefix}/cause/${cause}/"`);
    for (const name of FREESWITCH) expect(html, name).toContain(`href="${prefix}/freeswitch-cause/${name}/"`);
    for (const cls of ['normal', 'resource', 'unavailable', 'unimplemented', 'invalid', 'protocol', 'interworking']) expect(html).toContain(`<h2 id="${cls}"`);
    expect(page(`${prefix}/`)).toContain(`href="${prefix}/cause/"`);
    expect(page(`${prefix}/code/486/`)).toContain(`href="${prefix}/cause/"`);
  });
}

// Rows of their own only: a default branch ("every cause it has no row for") is said in words
// on the other page, not as a link to every value it covers.
test('mapping links go both ways: a cause page links the codes it maps to and from, and each of those code pages links the cause back', () => {
  const problems: string[] = [];
  for (const cause of CAUSES) {
    const codes = ownRowLinks(section(page(`/cause/${cause}/`), 'sip')).map((h) => /^\/code\/(\d{3})\/$/.exec(h)?.[1]).filter(Boolean);
    for (const code of new Set(codes)) {
      if (!links(section(page(`/code/${code}/`), 'q850')).includes(`/cause/${cause}/`)) problems.push(`/cause/${cause}/ → /code/${code}/ but not back`);
    }
  }
  for (const code of readdirSync('content/codes').map((f) => f.slice(0, 3))) {
    const causes = ownRowLinks(section(page(`/code/${code}/`), 'q850')).map((h) => /^\/cause\/(\d+)\/$/.exec(h)?.[1]).filter(Boolean);
    for (const cause of new Set(causes)) {
      if (!links(section(page(`/cause/${cause}/`), 'sip')).includes(`/code/${code}/`)) problems.push(`/code/${code}/ → /cause/${cause}/ but not back`);
    }
  }
  expect(problems).toEqual([]);
});

test('Warning 305 leads to the codes it comes with and says it is not 305 Use Proxy', async ({ page: browserPage }) => {
  await browserPage.goto('/warning/305/');
  await expect(browserPage.locator('h1')).toHaveText('305Incompatible media format');
  await expect(browserPage.locator('main a[href="/code/488/"]').first()).toBeVisible();
  await expect(browserPage.locator('main')).toContainText('Not the response code 305 Use Proxy');
});
