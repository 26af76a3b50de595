// npm run bench: builds from clean and measures what the performance issue asks for.
// Prints a table and writes bench-results/latest.json. Timings are medians of several runs
// on a shared, noisy machine: compare them, don't assert them.
//   BENCH_RUNS=3 BENCH_SCALE=10,50 BENCH_LIGHTHOUSE=1 npm run bench
import { spawnSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, launchOptions } from '../support/browser.ts';
import { offlineFigures } from '../../src/offline/plan.ts';

const ROOT = resolve('.');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SCALES = (process.env.BENCH_SCALE ?? '10,50').split(',').filter(Boolean).map(Number);
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

interface BuildTiming { totalMs: number; astroMs: number; pagefindMs: number; pages: number }

function build(dir: string): BuildTiming {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', env, maxBuffer: 1 << 28 });
  const totalMs = performance.now() - started;
  if (r.status !== 0) throw new Error(`build failed in ${dir}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(r.stdout)?.[1] ?? 0);
  const pages = Number(/(\d+) page\(s\) built/.exec(r.stdout)?.[1] ?? 0);
  return { totalMs, astroMs: totalMs - pagefindMs, pagefindMs, pages };
}

function scratchCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sip-bench-'));
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Multiplies the content synthetically: code N becomes N, N+1000, N+2000, … (a copy only). */
function multiply(dir: string, factor: number): void {
  // Synthetic codes leave 100–799; only this scratch copy's schema and class rule learn that.
  const schema = join(dir, 'src/lib/schema.ts');
  writeFileSync(schema, readFileSync(schema, 'utf8').replace(".max(799, 'codes above 799 are not SIP responses')", '.max(99999)'));
  const kinds = join(dir, 'src/lib/kinds.ts');
  writeFileSync(kinds, readFileSync(kinds, 'utf8').replace('idPattern: /^[1-7]\\d\\d$/,', 'idPattern: /^\\d+$/,'));
  const codes = join(dir, 'src/lib/codes.ts');
  writeFileSync(codes, readFileSync(codes, 'utf8').replace('return Math.floor(code / 100) as ClassDigit;', 'return Math.floor((code % 1000) / 100) as ClassDigit;'));
  const src = join(dir, 'content/codes');
  for (const file of readdirSync(src)) {
    const text = readFileSync(join(src, file), 'utf8');
    const code = Number(file.slice(0, 3));
    for (let k = 1; k < factor; k++) writeFileSync(join(src, `${code + k * 1000}.mdx`), text.replace(/^code: \d+$/m, `code: ${code + k * 1000}`));
  }
}

// The gzip copies the build writes for nginx (src/integrations/compress.ts) are not the index.
function dirBytes(dir: string, filter: (f: string) => boolean = (f) => !f.endsWith('.gz')): number {
  return readdirSync(dir).reduce((n, name) => {
    const full = join(dir, name);
    return n + (statSync(full).isDirectory() ? dirBytes(full, filter) : filter(name) ? statSync(full).size : 0);
  }, 0);
}

/** Serves a built site on a free port; resolves with its base URL and a stop function. */
function serve(root: string): Promise<{ base: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(ROOT, 'src/server/serve.ts'), '--port', '0', '--root', root], { stdio: ['ignore', 'pipe', 'inherit'] });
  process.on('exit', () => child.kill());
  return new Promise((ok, fail) => {
    child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
    child.stdout.once('data', (d: Buffer) => ok({ base: /http:\/\/localhost:\d+/.exec(String(d))![0], stop: () => child.kill() }));
  });
}

const result: Record<string, unknown> = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  date: new Date().toISOString(),
};

// 1. Build from clean, several times.
const site = scratchCopy();
const builds = Array.from({ length: RUNS }, () => build(site));
const b = { totalMs: median(builds.map((x) => x.totalMs)), astroMs: median(builds.map((x) => x.astroMs)), pagefindMs: median(builds.map((x) => x.pagefindMs)), pages: builds[0]!.pages };
result.build = { ...b, msPerPage: b.totalMs / b.pages };
const dist = join(site, 'dist');

// 2. Bytes per page type and language.
const samples = { home: ['/', '/de/'], class: ['/class/4xx', '/de/class/4xx'], code: ['/code/486', '/de/code/486'], '404': ['/404.html', '/de/404.html'] } as const;
const fileOf = (p: string) => (p.endsWith('.html') ? join(dist, p) : join(dist, p, 'index.html'));
const pageBytes: Record<string, unknown>[] = [];
for (const [type, [en, de]] of Object.entries(samples)) {
  for (const [lang, path] of [['en', en], ['de', de]] as const) {
    const html = readFileSync(fileOf(path), 'utf8');
    const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
    const inlineJs = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
    pageBytes.push({
      type, lang, path,
      html: html.length, htmlGzip: gz(html),
      cssInline: css.length, cssInlineGzip: gz(css),
      js: scripts.reduce((n, s) => n + s.length, 0) + inlineJs.length,
      jsGzip: scripts.reduce((n, s) => n + gz(s), 0) + (inlineJs ? gz(inlineJs) : 0),
    });
  }
}
result.pages = pageBytes;

// 3. Search index per language.
const pf = join(dist, 'pagefind');
result.searchIndex = Object.fromEntries(
  (['en', 'de'] as const).map((lang) => {
    const hash = JSON.parse(readFileSync(join(pf, 'pagefind-entry.json'), 'utf8')).languages[lang].hash as string;
    const meta = readdirSync(pf).filter((f) => f.startsWith(`pagefind.${lang}_`)).reduce((n, f) => n + statSync(join(pf, f)).size, 0);
    return [lang, { hash, wasm: statSync(join(pf, `wasm.${lang}.pagefind`)).size, meta, allFilesBytes: dirBytes(pf, (f) => f.includes(`${lang}_`) || f === `wasm.${lang}.pagefind`) }];
  }),
);

// What search fetches besides Pagefind: its data per language (codes, causes, phrase index).
result.searchData = Object.fromEntries(
  (['en', 'de'] as const).map((lang) => {
    const body = readFileSync(join(dist, lang === 'en' ? '' : lang, 'search-data.json'));
    return [lang, { bytes: body.length, gzip: gz(body) }];
  }),
);

// 4. In Chromium: requests before interaction, first-search bytes, search latency.
const { base, stop } = await serve(dist);
const browser = await chromium.launch(launchOptions());
const requests: Record<string, number> = {};
for (const path of Object.values(samples).flat()) {
  const page = await browser.newPage({ serviceWorkers: 'block' });
  let n = 0;
  page.on('request', () => n++);
  await page.goto(base + (path.endsWith('.html') ? path.replace('404.html', 'no-such-page') : path), { waitUntil: 'load' });
  requests[path] = n;
  await page.close();
}
result.requestsBeforeInteraction = requests;

/**
 * First keystroke to first result, in ms and in animation frames. `query` is typed one
 * character per input event; the result counts once `[data-code=want]` is in the list. Cold:
 * the page has just loaded and search has never been used (its code and index not fetched);
 * focusing the box and typing come together, as when a user clicks and types at once.
 */
async function latency(lang: 'en' | 'de', warm: boolean, query: string, want: number): Promise<{ ms: number; frames: number; bytes: number }> {
  const page = await browser.newPage({ serviceWorkers: 'block' });
  await page.goto(`${base}${lang === 'de' ? '/de' : ''}/code/200`, { waitUntil: 'load' });
  if (warm) {
    await page.locator('#search-input').fill('busy');
    await page.locator('.search-results [role="option"]').first().waitFor();
    await page.locator('#search-input').fill('');
  }
  let bytes = 0;
  page.on('response', async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
  });
  const { ms, frames } = await page.evaluate(
    async ([q, code]) => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      const found = () => document.querySelector(`.search-results [data-code="${code}"]`);
      const t0 = performance.now();
      input.focus();
      for (let i = 1; i <= q.length; i++) {
        input.value = q.slice(0, i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      for (let frames = 0; ; frames++) {
        if (found()) return { ms: performance.now() - t0, frames };
        await new Promise((r) => requestAnimationFrame(r));
      }
    },
    [query, want] as const,
  );
  await page.waitForLoadState('networkidle');
  await page.close();
  return { ms, frames, bytes };
}
const QUERIES = { code: { en: ['488', 488], de: ['488', 488] }, words: { en: ['busy', 486], de: ['besetzt', 486] } } as const;
const search: Record<string, Record<string, unknown>> = {};
for (const [kind, byLang] of Object.entries(QUERIES)) {
  for (const lang of ['en', 'de'] as const) {
    const [q, want] = byLang[lang];
    const cold = [];
    const warm = [];
    for (let i = 0; i < 5; i++) cold.push(await latency(lang, false, q, want));
    for (let i = 0; i < 5; i++) warm.push(await latency(lang, true, q, want));
    (search[kind] ??= {})[lang] = {
      query: q,
      coldMs: median(cold.map((x) => x.ms)),
      coldFrames: median(cold.map((x) => x.frames)),
      warmMs: median(warm.map((x) => x.ms)),
      warmFrames: median(warm.map((x) => x.frames)),
      firstSearchBytes: median(cold.map((x) => x.bytes)),
    };
  }
}
result.search = search;

// 4b. Offline: what saving a language costs (computed from the build), and in Chromium the bytes
// its worker really fetched and the time from navigation to "Ready offline" (median of 3).
const offline: Record<string, unknown>[] = [];
for (const figures of offlineFigures(dist)) {
  const runs: { ms: number; bytes: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    context.on('requestfinished', (r) => {
      if (r.serviceWorker() || /\/(sw\.js|_offline\/)/.test(r.url())) sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0));
    });
    await page.goto(`${base}${figures.lang === 'de' ? '/de/' : '/'}`);
    await page.locator('[data-offline-note]').filter({ hasText: /\d/ }).waitFor({ timeout: 120_000 });
    const ms = await page.evaluate(() => performance.now());
    runs.push({ ms, bytes: (await Promise.all(sizes)).reduce((n, b) => n + b, 0) });
    await context.close();
  }
  offline.push({ ...figures, readyMs: median(runs.map((r) => r.ms)), fetchedBytes: median(runs.map((r) => r.bytes)) });
}
result.offline = offline;

// 5. Lighthouse, mobile settings, for a code page and the home page in both languages.
if (LIGHTHOUSE) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: findChromium() ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const scores: Record<string, unknown> = {};
  for (const path of ['/code/486', '/de/code/486', '/', '/de/']) {
    type Run = { performance: number; accessibility: number; bestPractices: number; seo: number; fcpMs: number; tbtMs: number; failed: string[] };
    const runs: Run[] = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      const r = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const lhr = r!.lhr;
      runs.push({
        performance: Math.round(lhr.categories.performance!.score! * 100),
        accessibility: Math.round(lhr.categories.accessibility!.score! * 100),
        bestPractices: Math.round(lhr.categories['best-practices']!.score! * 100),
        seo: Math.round(lhr.categories.seo!.score! * 100),
        fcpMs: Math.round(lhr.audits['first-contentful-paint']!.numericValue!),
        tbtMs: Math.round(lhr.audits['total-blocking-time']!.numericValue!),
        failed: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
      });
    }
    const pick = (k: 'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'fcpMs' | 'tbtMs') => median(runs.map((r) => r[k]));
    scores[path] = { performance: pick('performance'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'), seo: pick('seo'), fcpMs: pick('fcpMs'), tbtMs: pick('tbtMs'), failedAudits: runs[0]!.failed };
  }
  chrome.kill();
  result.lighthouse = scores;
}
await browser.close();
stop();

// 6. Growth: the same build with the content multiplied.
const growth: Record<string, unknown>[] = [{ factor: 1, pages: b.pages, msPerPage: b.totalMs / b.pages, pagefindMs: b.pagefindMs, indexBytes: dirBytes(pf) }];
for (const factor of SCALES) {
  const dir = scratchCopy();
  multiply(dir, factor);
  const t = build(dir);
  growth.push({ factor, pages: t.pages, msPerPage: t.totalMs / t.pages, totalMs: t.totalMs, pagefindMs: t.pagefindMs, indexBytes: dirBytes(join(dir, 'dist/pagefind')) });
  rmSync(dir, { recursive: true, force: true });
}
result.growth = growth;
rmSync(site, { recursive: true, force: true });

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(result, null, 2));

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const lines = [
  `machine: ${result.machine}`,
  `build: ${b.pages} pages in ${(b.totalMs / 1000).toFixed(1)} s (Astro ${(b.astroMs / 1000).toFixed(1)} s, Pagefind ${(b.pagefindMs / 1000).toFixed(2)} s), ${(b.totalMs / b.pages).toFixed(1)} ms/page, median of ${RUNS}`,
  '',
  '| page | lang | HTML | HTML gzip | CSS (inline) gzip | JS gzip | requests before interaction |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...pageBytes.map((p) => `| ${p.type} | ${p.lang} | ${kb(p.html as number)} | ${kb(p.htmlGzip as number)} | ${kb(p.cssInlineGzip as number)} | ${kb(p.jsGzip as number)} | ${requests[p.path as string]} |`),
  '',
  ...Object.entries(result.searchIndex as Record<string, { allFilesBytes: number }>).map(([l, s]) => `search index (${l}): ${kb(s.allFilesBytes)} on disk`),
  ...Object.entries(result.searchData as Record<string, { bytes: number; gzip: number }>).map(([l, s]) => `search data (${l}): ${kb(s.bytes)}, ${kb(s.gzip)} gzip`),
  '',
  '| search | lang | query | cold ms | cold frames | warm ms | warm frames | first search downloads |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...Object.entries(search).flatMap(([kind, byLang]) =>
    Object.entries(byLang).map(([l, s]) => {
      const x = s as { query: string; coldMs: number; coldFrames: number; warmMs: number; warmFrames: number; firstSearchBytes: number };
      return `| ${kind} | ${l} | ${x.query} | ${x.coldMs.toFixed(0)} | ${x.coldFrames} | ${x.warmMs.toFixed(0)} | ${x.warmFrames} | ${kb(x.firstSearchBytes)} |`;
    }),
  ),
  '',
  '| offline | pages | files | in the cache | first visit downloads | fetched in Chromium | file by file (gzip) | after the other language | ready after |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...offline.map((o) => {
    const x = o as { lang: string; pages: number; files: number; raw: number; transfer: number; fetchedBytes: number; fileByFile: number; transferSecond: number; readyMs: number };
    return `| ${x.lang} | ${x.pages} | ${x.files} | ${kb(x.raw)} | ${kb(x.transfer)} | ${kb(x.fetchedBytes)} | ${kb(x.fileByFile)} | ${kb(x.transferSecond)} | ${(x.readyMs / 1000).toFixed(1)} s |`;
  }),
  '',
  '| content | pages | ms/page | index |',
  '| --- | --- | --- | --- |',
  ...growth.map((g) => `| ×${g.factor} | ${g.pages} | ${(g.msPerPage as number).toFixed(1)} | ${kb(g.indexBytes as number)} |`),
];
if (result.lighthouse) {
  lines.push('', '| Lighthouse (mobile) | perf | a11y | best practices | SEO | FCP | TBT |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const [path, s] of Object.entries(result.lighthouse as Record<string, Record<string, number>>)) lines.push(`| ${path} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${s.fcpMs} ms | ${s.tbtMs} ms |`);
}
console.log(lines.join('\n'));
