// Every German text of the site, with the file and line it starts on, for the style check
// (german-style.test.ts) and for reading the German on its own.
//   node tests/unit/german-texts.ts content/codes/486.mdx   prints the German of that file
// A text is: a frontmatter value whose key is `de`, `phraseDe`, `nameDe` or `textDe`; a line
// of a <De>…</De> block; a string in src/i18n/de.ts. Search keywords (`keywords.de`) are not
// texts: they list what people type, variants included.
import { readFileSync, readdirSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import ts from 'typescript';

export interface GermanText {
  file: string;
  /** 1-based line where the text starts in the file. */
  line: number;
  /** The text as it stands in the file (YAML folding and quoting kept), so that offsets map to lines. */
  source: string;
  /** Offset of `source` in the file. */
  offset: number;
}

const GERMAN_KEYS = new Set(['de', 'phraseDe', 'nameDe', 'textDe']);

/** The folders and files that hold German, as the style check reads them. */
export const GERMAN_SOURCES = [
  'content/codes',
  'content/classes',
  'content/causes',
  'content/freeswitch-causes',
  'content/warnings',
  'content/warnings-index.yaml',
  'src/i18n/de.ts',
] as const;

export function filesOf(source: string): string[] {
  if (/\.(ya?ml|ts|mdx)$/.test(source)) return [source];
  return readdirSync(source).filter((f) => f.endsWith('.mdx')).sort().map((f) => `${source}/${f}`);
}

function yamlTexts(file: string, yamlSource: string, base: number): GermanText[] {
  const out: GermanText[] = [];
  const doc = parseDocument(yamlSource, { keepSourceTokens: true });
  const walk = (node: Node | null | undefined, underKeywords: boolean): void => {
    if (!node) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = pair.value as Node | null;
        if (GERMAN_KEYS.has(key) && !underKeywords && isScalar(value) && value.range) {
          let [start, end] = value.range;
          // The text proper: without the quotes of a quoted scalar or the header line (">-") of a block one.
          if (value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE') [start, end] = [start + 1, end - 1];
          else if (value.type === 'BLOCK_FOLDED' || value.type === 'BLOCK_LITERAL') start = yamlSource.indexOf('\n', start) + 1;
          out.push({ file, line: 0, source: yamlSource.slice(start, end), offset: base + start });
        } else {
          walk(value, key === 'keywords');
        }
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as Node, underKeywords);
    }
  };
  walk(doc.contents as Node, false);
  return out;
}

function mdxTexts(file: string, src: string): GermanText[] {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(src);
  if (!fm) throw new Error(`${file}: no frontmatter`);
  const out = yamlTexts(file, fm[1]!, 4);
  const body = /<De>\r?\n([\s\S]*?)<\/De>/g;
  for (let m = body.exec(src); m; m = body.exec(src)) {
    out.push({ file, line: 0, source: m[1]!, offset: m.index + m[0].indexOf(m[1]!) });
  }
  return out;
}

function tsTexts(file: string, src: string): GermanText[] {
  const out: GermanText[] = [];
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true);
  const push = (node: ts.Node, text: string, skip: number): void => {
    const start = node.getStart(sf) + skip;
    out.push({ file, line: 0, source: src.slice(start, start + text.length), offset: start });
  };
  const visit = (node: ts.Node): void => {
    // Property names ('user-location': …) and type imports are keys, not German.
    const parent = node.parent;
    const isKey = parent && (ts.isPropertyAssignment(parent) && parent.name === node || ts.isImportDeclaration(parent) || ts.isElementAccessExpression(parent) && parent.argumentExpression === node || ts.isBinaryExpression(parent) && ts.isStringLiteral(node) && /^\d$/.test(node.text));
    if (!isKey) {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) push(node, node.getText(sf).slice(1, -1), 1);
      else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) push(node, node.getText(sf).slice(1, ts.isTemplateTail(node) ? -1 : -2), 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The German texts of one file, each with its starting line. */
export function germanTexts(file: string): GermanText[] {
  const src = readFileSync(file, 'utf8');
  const texts = file.endsWith('.ts') ? tsTexts(file, src) : file.endsWith('.mdx') ? mdxTexts(file, src) : yamlTexts(file, src, 0);
  return texts.map((t) => ({ ...t, line: lineAt(src, t.offset) }));
}

export function lineAt(src: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (src.charCodeAt(i) === 10) line++;
  return line;
}

// Reading aid: print the German of the files given, each text with its line.
if (import.meta.main) {
  for (const arg of process.argv.slice(2)) {
    for (const t of germanTexts(arg)) console.log(`${t.file}:${t.line}: ${t.source.replace(/\n(?!$)/g, '\n    ')}`);
  }
}
