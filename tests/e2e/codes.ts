// The codes the site has, read from content/ so the browser tests cover every entry.
import { readdirSync } from 'node:fs';

export const CODES = readdirSync('content/codes')
  .filter((f) => /^\d{3}\.mdx$/.test(f))
  .map((f) => Number(f.slice(0, 3)))
  .sort((a, b) => a - b);
