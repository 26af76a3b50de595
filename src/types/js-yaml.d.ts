// js-yaml is the YAML parser Astro reads frontmatter with (src/lib/frontmatter.ts uses it so
// that the checked fields are the ones Astro gets); it ships no types of its own.
declare module 'js-yaml' {
  export class YAMLException extends Error {
    reason?: string;
    mark?: { line: number; column: number };
  }
  export function load(text: string): unknown;
}
