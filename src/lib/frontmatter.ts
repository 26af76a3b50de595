// Splits an entry into its YAML frontmatter and MDX body and keeps where every value sits in
// the file, so that a problem with a field can name its line and column.
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

/**
 * Reads the frontmatter of an entry (or a whole YAML file with `whole`). Problems: no
 * frontmatter block, YAML syntax errors and repeated keys, a document that is not a mapping,
 * and empty list items ("- " with nothing after it).
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
  const lines = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number): Position => {
    const p = lines.linePos(offset);
    return { line: p.line + yamlLine, column: p.col };
  };
  const problems: LocatedProblem[] = doc.errors.map((e) => ({
    field: 'frontmatter',
    message: `YAML: ${e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '')}`,
    ...at(e.pos[0]),
  }));

  const find = (path: Path, key: boolean): YamlNode | undefined => {
    let node: unknown = doc.contents;
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

  // "- " with nothing after it is a null item: say so, rather than "expected string, received null".
  const emptyItems = (node: unknown, path: PropertyKey[]): void => {
    if (isMap(node)) for (const p of node.items) emptyItems(p.value, [...path, isScalar(p.key) ? (p.key.value as PropertyKey) : '?']);
    if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (item === null || (isScalar(item) && item.value === null && !item.source)) {
          const offset = isScalar(item) && item.range ? split.yaml.lastIndexOf('-', item.range[0]) : -1;
          problems.push({ field: formatPath([...path, i]), message: 'empty list item: a "- " with nothing after it; remove it or write the item', ...(offset >= 0 ? at(offset) : {}) });
        } else emptyItems(item, [...path, i]);
      });
    }
  };
  emptyItems(doc.contents, []);

  // A YAML syntax error leaves nothing sound to check the fields of.
  let data: unknown = doc.errors.length ? undefined : doc.toJS();
  if (!doc.errors.length && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    problems.push({ field: 'frontmatter', message: 'must be YAML fields ("name: value"), one per line', line: yamlLine + 1, column: 1 });
    data = undefined;
  }
  return { found: true, data, body: split.body, bodyLineOffset: split.bodyLineOffset, locate, problems };
}
