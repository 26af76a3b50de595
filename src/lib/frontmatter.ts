// Splits an entry into its YAML frontmatter and MDX body and keeps where every value sits in
// the file, so that a problem with a field can name its line and column.
import { load, type YAMLException } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export type Path = readonly PropertyKey[];

export interface Position {
  line: number;
  column: number;
}

export interface LocatedProblem {
  field: string;
  message: string;
  line?: number;
  column?: number;
}

export interface Frontmatter {
  /** Whether the file has a frontmatter block at all (else the whole file counts as body). */
  found: boolean;
  /** The parsed YAML, or undefined when it could not be read. */
  data: unknown;
  body: string;
  /** Lines before the body, to turn the body's line numbers into the file's. */
  bodyLineOffset: number;
  /** Where the value at `path` is (or, with `key`, the key naming it); the nearest existing parent otherwise. */
  locate(path: Path, key?: boolean): Position | undefined;
  problems: LocatedProblem[];
}

/** `related[1].code`, the way messages name a field. */
export function formatPath(path: Path): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg)), '');
}

export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLineOffset: number } | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(text.slice(open[0].length));
  if (!close) return undefined;
  const yaml = text.slice(open[0].length, open[0].length + close.index);
  const head = text.slice(0, open[0].length + close.index + close[0].length);
  return { yaml, body: text.slice(head.length), bodyLineOffset: head.split('\n').length - 1 };
}

/** A value of a YAML sequence that is null: "- " with nothing after it (or "- ~"). */
function emptyItems(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => (v === null || v === undefined ? [[...path, i]] : emptyItems(v, [...path, i])));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => emptyItems(v, [...path, k]));
  return [];
}

/**
 * Reads the frontmatter of an entry (or a whole YAML file with `whole`) with js-yaml, the
 * parser Astro reads frontmatter with, so the fields checked are the fields Astro gets.
 * Problems: no frontmatter block, YAML syntax errors and repeated keys, a document that is not
 * a mapping, and empty list items. Positions of fields come from a second parse with `yaml`,
 * which keeps them, made only when a problem needs one.
 */
export function readFrontmatter(source: string, whole = false): Frontmatter {
  const split = whole ? { yaml: source.replace(/^\uFEFF/, ''), body: '', bodyLineOffset: 0 } : splitFrontmatter(source);
  if (!split) {
    return {
      found: false,
      data: undefined,
      body: source,
      bodyLineOffset: 0,
      locate: () => undefined,
      problems: [{ field: 'frontmatter', message: 'the file must start with a "---" line, the YAML fields, and a closing "---" line', line: 1, column: 1 }],
    };
  }
  const yamlLine = whole ? 0 : 1;
  const problems: LocatedProblem[] = [];
  let data: unknown;
  try {
    data = load(split.yaml);
  } catch (e) {
    const err = e as YAMLException;
    const reason = err.reason === 'duplicated mapping key' ? 'a field is written twice (duplicated mapping key)' : (err.reason ?? err.message);
    problems.push({ field: 'frontmatter', message: `YAML: ${reason}`, ...(err.mark ? { line: err.mark.line + 1 + yamlLine, column: err.mark.column + 1 } : {}) });
    data = undefined;
  }

  let doc: { contents: unknown; lines: LineCounter } | undefined;
  const positions = () => {
    if (!doc) {
      const lines = new LineCounter();
      doc = { contents: parseDocument(split.yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: false }).contents, lines };
    }
    return doc;
  };
  const at = (offset: number): Position => {
    const p = positions().lines.linePos(offset);
    return { line: p.line + yamlLine, column: p.col };
  };
  const find = (path: Path, key: boolean): YamlNode | undefined => {
    let node: unknown = positions().contents;
    let keyNode: unknown;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
        if (!pair) return node as YamlNode;
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
        keyNode = undefined;
        node = node.items[seg];
      } else {
        return node as YamlNode;
      }
    }
    return (key && keyNode ? keyNode : node) as YamlNode;
  };
  const locate = (path: Path, key = false): Position | undefined => {
    const node = find(path, key);
    return node?.range ? at(node.range[0]) : undefined;
  };

  if (data !== undefined && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    problems.push({ field: 'frontmatter', message: 'must be YAML fields ("name: value"), one per line', line: yamlLine + 1, column: 1 });
    data = undefined;
  }
  // "- " with nothing after it is a null item: say so, rather than "expected string, received null".
  for (const path of emptyItems(data)) {
    const node = find(path, false);
    const dash = isScalar(node) && node.range ? split.yaml.lastIndexOf('-', node.range[0]) : -1;
    problems.push({ field: formatPath(path), message: 'empty list item: a "- " with nothing after it; remove it or write the item', ...(dash >= 0 ? at(dash) : locate(path)) });
  }
  return { found: true, data, body: split.body, bodyLineOffset: split.bodyLineOffset, locate, problems };
}
