// A deploy as a returning reader meets it. Build A is the site under test (dist/); build B is a
// real build of a scratch copy with one changed sentence in 486. Both are served one after the
// other from the same origin, as a host swaps its files. The reader saved A for offline use;
// then B goes live:
// - the first visit after it shows B's page and B's search results;
// - while B's offline files cannot be fetched yet, offline reading stays whole on A (the page and
//   the search of one build, never a mix);
// - once B is saved, offline reading is B, and A's cache is gone; the German pages the reader
//   had saved too move to B with the English ones, although no German page was opened.
import { test, expect, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../../src/server/serve.ts';
import { DIST } from './dist.ts';

test.use({ serviceWorkers: 'allow' });

const ROOT = resolve('.');
const NEW_WORD = 'zebrafinch';
const OLD_MEANING = 'reachable elsewhere, for example through voicemail.';
const NEW_MEANING = 'reachable elsewhere, for example through voicemail or a zebrafinch mailbox.';

let scratch: string;
let distB: string;

/** Builds a scratch copy of the project with 486's English meaning changed. */
async function buildChanged(): Promise<string> {
  scratch = mkdtempSync(join(tmpdir(), 'sip-offline-update-'));
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) cpSync(join(ROOT, item), join(scratch, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'));
  const entry = join(scratch, 'content/codes/486.mdx');
  const text = readFileSync(entry, 'utf8');
  if (!text.includes(OLD_MEANING)) throw new Error('486.mdx no longer has the sentence this test changes');
  writeFileSync(entry, text.replace(OLD_MEANING, NEW_MEANING));
  const output: string[] = [];
  const code = await new Promise<number | null>((done) => {
    // At low priority: the other tests run meanwhile, some with timeouts of their own.
    const build = [process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
    const [cmd, ...args] = process.platform === 'win32' ? build : ['nice', '-n', '15', ...build];
    const child = spawn(cmd!, args, { cwd: scratch, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    child.on('exit', done);
  });
  if (code !== 0) throw new Error(`the changed build failed:\n${output.join('').slice(-3000)}`);
  return join(scratch, 'dist');
}

function listen(root: string, port = 0): Promise<Server> {
  const server = serve(root, port);
  return new Promise((ok, fail) => server.once('listening', () => ok(server)).once('error', fail));
}

function stop(server: Server): Promise<void> {
  return new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}

const versionIn = (dist: string, lang = 'en') => new RegExp(`"${lang}":\\{"version":"([0-9a-f]+)"`).exec(readFileSync(join(dist, 'sw.js'), 'utf8'))![1]!;

async function search(page: Page, query: string) {
  await page.locator('#search-input').fill(query);
  await expect(page.locator('.search-panel')).toBeVisible();
  await expect(page.locator('.search-status')).not.toHaveText(/…/);
}

/** The offline caches the page's origin holds: name → complete or not. */
const cachesOf = (page: Page) =>
  page.evaluate(async () => {
    const out: Record<string, boolean> = {};
    for (const name of await caches.keys()) out[name] = !!(await (await caches.open(name)).match('/_offline/complete'));
    return out;
  });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  distB = await buildChanged();
});
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('after a deploy, the first visit shows the new page and search; offline reading moves to the new build only once it is saved whole', async ({ browser }) => {
  test.setTimeout(150_000);
  const versionA = versionIn(DIST);
  const versionB = versionIn(distB);
  expect(versionB).not.toBe(versionA);
  // German pages are the same in both builds, but the files both languages share are not.
  expect(versionIn(distB, 'de')).not.toBe(versionIn(DIST, 'de'));

  let server = await listen(DIST);
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: origin });
  const page = await context.newPage();
  const first = page.locator('.search-results [role="option"]').first();
  try {
    // Build A, saved for offline use in both languages.
    await page.goto('/de/');
    await expect(page.locator('[data-offline-note]')).toHaveText(/^Offline bereit/, { timeout: 30_000 });
    await page.goto('/code/486/');
    await expect(page.locator('[data-offline-note]')).toHaveText(/^Ready offline/, { timeout: 30_000 });
    await expect(page.locator('main')).toContainText(OLD_MEANING);
    const savedA = { [`sip-codes-en-${versionA}`]: true, [`sip-codes-de-${versionIn(DIST, 'de')}`]: true };
    expect(await cachesOf(page)).toEqual(savedA);

    // Build B goes live on the same origin; its offline files are held back for now.
    await stop(server);
    renameSync(join(distB, '_offline'), join(distB, '_offline.held'));
    server = await listen(distB, Number(new URL(origin).port));

    // The first visit after the deploy: B's page and B's search, from the network.
    await page.goto('/code/486/');
    await expect(page.locator('main')).toContainText(NEW_MEANING);
    await search(page, NEW_WORD);
    await expect(first).toHaveAttribute('data-code', '486');
    await expect(first).toContainText(NEW_MEANING);

    // B could not be saved: offline, A answers whole, page and search alike.
    // (B's worker is in charge by now: its sw.js differs from A's, so the update check installs it.)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const workers = () =>
      page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return { active: r?.active?.state, installing: !!r?.installing, waiting: !!r?.waiting, controlled: !!navigator.serviceWorker.controller };
      });
    // The old worker finishes what it has in hand before the new one takes over; on a loaded
    // 2-core machine that once took more than 30 s.
    await expect.poll(workers, { timeout: 60_000 }).toEqual({ active: 'activated', installing: false, waiting: false, controlled: true });
    await expect(page.locator('[data-offline-note]')).toHaveText(/^Ready offline/, { timeout: 15_000 });
    expect(await cachesOf(page)).toEqual(savedA);
    await context.setOffline(true);
    expect((await page.goto('/code/486'))?.status()).toBe(200);
    await expect(page.locator('main')).toContainText(OLD_MEANING);
    expect((await page.goto('/code/603/'))?.status()).toBe(200);
    await search(page, 'busy here');
    await expect(page.locator('.search-results [data-code="486"]')).toContainText(OLD_MEANING);
    await context.setOffline(false);

    // B's offline files come back: the next visit saves B, and A's cache goes.
    renameSync(join(distB, '_offline.held'), join(distB, '_offline'));
    await page.goto('/code/200/');
    await expect.poll(() => cachesOf(page), { timeout: 30_000 }).toEqual({ [`sip-codes-en-${versionB}`]: true, [`sip-codes-de-${versionIn(distB, 'de')}`]: true });
    await context.setOffline(true);
    await page.goto('/code/486/');
    await expect(page.locator('main')).toContainText(NEW_MEANING);
    await search(page, NEW_WORD);
    await expect(first).toHaveAttribute('data-code', '486');
    await expect(first).toContainText(NEW_MEANING);
  } finally {
    await context.close();
    await stop(server);
  }
});
