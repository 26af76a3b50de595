import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/support/browser.ts';

const PORT = Number(process.env.TEST_PORT ?? 4173);

// The tests run against the built site (npm run build) served by the same server as `npm start`.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: launchOptions(),
    trace: 'off',
    // The offline service worker would precache search files in every test's fresh browser;
    // only the offline tests let it run (test.use({ serviceWorkers: 'allow' })).
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node src/server/serve.ts --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  },
});
