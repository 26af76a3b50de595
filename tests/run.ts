// `npm test`: every gate in order, then one line "N passed, N failed" over all of them.
// Unit tests and browser tests count test by test; the other gates count as one each.
// Each step's time is printed, and the total, because CI must stay under 8 minutes on 2 cores.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { ensureBrowser } from './support/ensure-browser.ts';
import { ensureNginx } from './support/ensure-nginx.ts';

const started = performance.now();
let passed = 0;
let failed = 0;
const failures: string[] = [];
const timings: string[] = [];

function gate(name: string, ok: boolean): void {
  if (ok) passed++;
  else (failed++, failures.push(name));
}

function run(step: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${[cmd, ...args].join(' ')}`);
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  const seconds = Math.round((performance.now() - t) / 1000);
  timings.push(`${step} ${seconds} s`);
  console.log(`⏱ ${step}: ${seconds} s`);
  return r.status === 0;
}

/** node --test over the given files: spec to the terminal, TAP to a file for counting. */
function nodeTests(step: string, files: string[]): void {
  const tap = `.build/${step.replace(/\W+/g, '-')}.tap`;
  rmSync(tap, { force: true });
  run(step, process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files]);
  let text = '';
  try {
    text = readFileSync(tap, 'utf8');
  } catch {
    gate(`${step} ran`, false);
    return;
  }
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const ok = count(/^ {4}ok \d+/gm) + count(/^ok \d+/gm);
  const notOk = count(/^ {4}not ok \d+/gm) + count(/^not ok \d+/gm);
  passed += ok;
  failed += notOk;
  if (notOk) failures.push(`${notOk} ${step}`);
}

/** Playwright over the built site; counts its tests. */
function browserTests(step: string, args: string[], env: Record<string, string> = {}): void {
  const json = `.build/${step.replace(/\W+/g, '-')}.json`;
  rmSync(json, { force: true });
  run(step, 'npx', ['playwright', 'test', ...args], { PW_JSON: json, ...env });
  try {
    const stats = JSON.parse(readFileSync(json, 'utf8')).stats as { expected: number; unexpected: number; flaky: number };
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    if (stats.unexpected) failures.push(`${stats.unexpected} ${step}`);
  } catch {
    gate(`${step} ran`, false);
  }
}

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => ok(port));
    });
  });
}

function found(what: string, ensure: () => string): boolean {
  try {
    console.log(`${what}: ${ensure()}`);
    return true;
  } catch (e) {
    console.error((e as Error).message);
    return false;
  }
}
const browser = found('Chromium', ensureBrowser);
gate('a Chromium for the browser tests', browser);
const nginx = found('nginx', ensureNginx);
gate('an nginx for the deploy test', nginx);

mkdirSync('.build', { recursive: true });
// Unit tests and the bad-content build tests.
nodeTests('unit and build tests', ['tests/unit/**/*.test.ts', 'tests/build/*.test.ts']);

gate('astro check', run('astro check', 'npx', ['astro', 'check', '--minimumSeverity', 'hint']));
const built = run('astro build', 'npx', ['astro', 'build']);
gate('astro build', built);

if (built && nginx) nodeTests('nginx deploy tests', ['tests/deploy/*.test.ts']);

if (built && browser) {
  browserTests('browser tests', []);
  // A smoke run of the browser tests against nginx with deploy/nginx.conf: pages, 404s, the
  // language toggle, search and the offline worker under nginx's headers, with a clean console
  // on one page of each main kind (every kind runs on the own server above).
  if (nginx) {
    browserTests(
      'browser tests on nginx',
      ['tests/e2e/behaviour.spec.ts', 'tests/e2e/pages.spec.ts', 'tests/e2e/toggle.spec.ts', 'tests/e2e/search.spec.ts', '--grep', '(home|code|cause|Warning code|404) \\((en|de)\\): no request|both reach the page|404 page in their language|remembered for the home page'],
      { TEST_SERVER: 'nginx', TEST_PORT: String(await freePort()) },
    );
  }
}

const total = Math.round((performance.now() - started) / 1000);
console.log(`\n⏱ ${timings.join(', ')}; total ${Math.floor(total / 60)} min ${total % 60} s (budget: 8 min on 2 cores)`);
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
