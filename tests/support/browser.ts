// Where the tests find a Chromium: Playwright cannot download its own browser here, so the
// tests drive the system's (Debian's package "chromium"), or the one CHROMIUM_PATH names.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Playwright launch options for the system Chromium (or Playwright's default when none is found). */
export function launchOptions(): { args: string[]; executablePath?: string } {
  const executablePath = findChromium();
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}

/** Flags that keep Chromium from calling home: this network refuses those connections. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--disable-quic'];
