import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/support/browser.ts';

const PORT = Number(process.env.TEST_PORT ?? 4173);
// TEST_SERVER=nginx serves the built site with Debian's nginx and deploy/nginx.conf instead.
const NGINX = process.env.TEST_SERVER === 'nginx';

// The tests run against the built site (npm run build) served by the same server as `npm start`,
// or by nginx with the deploy config.
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
    command: NGINX ? `node tests/support/nginx.ts --port ${PORT}` : `node src/server/serve.ts --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    // A server already on the port may be the other kind: an nginx run always starts its own.
    reuseExistingServer: !process.env.CI && !NGINX,
    timeout: 20_000,
  },
});
