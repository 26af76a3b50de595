// Makes sure a Chromium is there for the browser tests (see debian.ts).
import { findChromium } from './browser.ts';
import { ensure, ensureFromCommandLine, type Need } from './debian.ts';

const CHROMIUM: Need = {
  name: 'Chromium',
  pkg: 'chromium',
  find: findChromium,
  missing: 'The browser tests need Chromium and none was found.',
  elsewhere: 'Or point CHROMIUM_PATH at a Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test',
};

export const ensureBrowser = (): string => ensure(CHROMIUM);

if (import.meta.main) ensureFromCommandLine(CHROMIUM);
