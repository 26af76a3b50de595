// JSON for programs: every file parses, keeps the documented shape (src/lib/api.ts), agrees
// with its HTML page, and every page links its twin.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { causeDetail, codeDetail, freeswitchCauseDetail, lists, warningDetail } from '../../src/lib/api.ts';
import { DIST, htmlFiles } from './dist.ts';

const read = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as unknown;
const details = { code: codeDetail, cause: causeDetail, 'freeswitch-cause': freeswitchCauseDetail, warning: warningDetail } as const;

test('the lists and every detail file have the documented fields and nothing else', () => {
  expect(lists.codes.parse(read('api/codes.json')).codes.length).toBeGreaterThan(80);
  expect(lists.causes.parse(read('api/causes.json')).causes.length).toBeGreaterThan(0);
  expect(lists.freeswitchCauses.parse(read('api/freeswitch-causes.json')).freeswitchCauses.length).toBeGreaterThan(0);
  expect(lists.warnings.parse(read('api/warnings.json')).warnings.length).toBeGreaterThan(0);
  for (const [kind, schema] of Object.entries(details)) {
    for (const file of readdirSync(join(DIST, 'api', kind)).filter((f) => f.endsWith('.json'))) schema.parse(read(`api/${kind}/${file}`));
  }
});

test('the list of codes has one entry per code page, with its URLs', () => {
  const { codes } = lists.codes.parse(read('api/codes.json'));
  const pages = readdirSync(join(DIST, 'code')).filter((d) => existsSync(join(DIST, 'code', d, 'index.html')) && !readFileSync(join(DIST, 'code', d, 'index.html'), 'utf8').includes('name="robots" content="noindex"'));
  expect(codes.map((c) => String(c.code)).sort()).toEqual(pages.sort());
  const busy = codes.find((c) => c.code === 486)!;
  expect(busy).toMatchObject({ phrase: 'Busy Here', class: '4xx', final: true, defined: { rfc: 'RFC3261', section: '21.4.24' } });
  expect(new URL(busy.url.en).pathname).toBe('/code/486/');
  expect(new URL(busy.url.de).pathname).toBe('/de/code/486/');
  expect(new URL(busy.url.json).pathname).toBe('/api/code/486.json');
});

test('every page with a JSON twin links it, and the twin describes the same thing', () => {
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    const href = /<link rel="alternate" type="application\/json" href="([^"]+)"/.exec(html)?.[1];
    if (!href) continue;
    if (!existsSync(join(DIST, href))) {
      problems.push(`${file}: ${href} missing`);
      continue;
    }
    const twin = read(href) as Record<string, unknown>;
    const id = twin.code ?? twin.cause ?? twin.warning ?? twin.name;
    if (id !== undefined && !new RegExp(`<h1[^>]*>.*${id}`).test(html)) problems.push(`${file}: ${href} is about ${id}`);
  }
  expect(problems).toEqual([]);
});

test('detail pages link their twin in both languages', async ({ request }) => {
  for (const path of ['/code/486/', '/de/code/486/', '/cause/17/', '/de/warning/305/']) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/<link rel="alternate" type="application\/json" href="\/api\/(code\/486|cause\/17|warning\/305)\.json"/);
  }
  const res = await request.get('/api/code/486.json');
  expect(res.headers()['content-type']).toMatch(/application\/json/);
});
