// `npm test`: every gate in order, then one line "N passed, N failed" over all of them.
// Unit tests and browser tests count test by test; the other gates count as one each.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './support/ensure-browser.ts';

let passed = 0;
let failed = 0;
const failures: string[] = [];

function gate(name: string, ok: boolean): void {
  if (ok) passed++;
  else (failed++, failures.push(name));
}

function run(cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  return r.status === 0;
}

let browser = true;
try {
  console.log(`Chromium: ${ensureBrowser()}`);
} catch (e) {
  console.error((e as Error).message);
  browser = false;
}
gate('a Chromium for the browser tests', browser);

// Unit tests and the bad-content build tests: TAP to a file for counting, spec to the
// terminal for reading.
mkdirSync('.build', { recursive: true });
const tap = '.build/unit.tap';
run(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, 'tests/unit/**/*.test.ts', 'tests/build/*.test.ts']);
const tapText = readFileSync(tap, 'utf8');
const unitPassed = (tapText.match(/^ {4}ok \d+/gm) ?? []).length + (tapText.match(/^ok \d+/gm) ?? []).length;
const unitFailed = (tapText.match(/^ {4}not ok \d+/gm) ?? []).length + (tapText.match(/^not ok \d+/gm) ?? []).length;
passed += unitPassed;
failed += unitFailed;
if (unitFailed) failures.push(`${unitFailed} unit test(s)`);

gate('astro check', run('npx', ['astro', 'check', '--minimumSeverity', 'hint']));
const built = run('npx', ['astro', 'build']);
gate('astro build', built);

if (built && browser) {
  const json = '.build/playwright.json';
  rmSync(json, { force: true });
  run('npx', ['playwright', 'test'], { PW_JSON: json });
  try {
    const stats = JSON.parse(readFileSync(json, 'utf8')).stats as { expected: number; unexpected: number; flaky: number };
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    if (stats.unexpected) failures.push(`${stats.unexpected} browser test(s)`);
  } catch {
    gate('browser tests ran', false);
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
