// Reads an entry file the way the content loader sees it, for tests and tools that run
// outside Astro: YAML frontmatter, then the MDX body.
import { parse } from 'yaml';

export function splitEntry(source: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!m) throw new Error('no frontmatter: the file must start with a --- block');
  return { data: parse(m[1]!), body: m[2]! };
}
