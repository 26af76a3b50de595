// What the tests need from the machine (Chromium, nginx): found where it is, or installed from
// Debian's packages when it can be (root with apt-get), or a clear message saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Need {
  /** What it is, for messages: "Chromium", "nginx". */
  name: string;
  /** Debian's package and apt-get's extra flags for it. */
  pkg: string;
  flags?: string[];
  find(): string | undefined;
  /** Why the tests need it, and how to point them at another one: the message when it is missing. */
  missing: string;
  elsewhere: string;
}

export function ensure(need: Need): string {
  const found = need.find();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`No ${need.name} found: installing Debian's "${need.pkg}" package (apt-get install -y ${need.pkg})…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...(need.flags ?? []), need.pkg], { stdio: 'inherit', env });
    const installed = need.find();
    if (installed) return installed;
  }
  throw new Error(`${need.missing}\n  On Debian or Ubuntu, run as root: apt-get install -y ${need.pkg}\n  ${need.elsewhere}`);
}

/** For `node tests/support/ensure-….ts` run on its own: prints the path or the message. */
export function ensureFromCommandLine(need: Need): void {
  try {
    console.log(`${need.name}: ${ensure(need)}`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
