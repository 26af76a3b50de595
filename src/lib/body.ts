// The MDX body of an entry is data, not code: it is parsed here with the parser Astro's MDX
// integration itself uses (satteri, through @astrojs/markdown-satteri), and everything MDX
// would run or pass to the page as HTML is refused before the page is compiled: import and
// export lines, {…} expressions, components other than the language blocks, attributes,
// raw HTML, and links whose URL would run script.
import { mdxToMdast } from 'satteri';
import type { Lang } from '../i18n/index.ts';

/**
 * The only components an entry's body may use: the language blocks. langBlocks.ts maps them
 * (and the "## …" headings) to what a page renders; a component added there is allowed here
 * only once it is added to this list.
 */
export const BODY_COMPONENTS = ['En', 'De'] as const;

export const LANG_TAG: Record<Lang, (typeof BODY_COMPONENTS)[number]> = { en: 'En', de: 'De' };

/** URL schemes a link or image in the body may use; a URL without a scheme is a path on the site. */
export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

export interface BodyProblem {
  field: string;
  message: string;
  line?: number;
  column?: number;
}

interface Point {
  line: number;
  column: number;
}

/** The part of an mdast node (mdast + mdx-jsx) the checks read. */
interface Node {
  type: string;
  children?: Node[];
  position?: { start: Point; end: Point };
  name?: string | null;
  attributes?: { type: string; name?: string }[];
  url?: string;
  value?: string;
  depth?: number;
}

/** The scheme of a URL as a browser reads it: ASCII whitespace and control characters are ignored. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Why a link or image URL in the body is refused, or undefined when it may stay. */
export function badLinkUrl(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || (LINK_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  return `the URL ${JSON.stringify(url)} uses "${scheme}:"; links may only be ${LINK_SCHEMES.map((s) => `${s}:`).join(', ')} or a path on this site`;
}

/** A satteri parse error ("12:5: Unexpected …") in the words of an entry's author. */
function parseProblem(message: string, lineOffset: number): BodyProblem {
  const m = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w-]+:[\w-]+)\))?$/.exec(message.trim());
  if (!m) return { field: 'body', message: `MDX cannot be parsed: ${message}` };
  const line = Number(m[1]) + lineOffset;
  const column = Number(m[2]);
  const text = m[3]!;
  const at = (l: string, c: string) => `${Number(l) + lineOffset}:${c}`;
  let said: RegExpExecArray | null;
  let out: string;
  if ((said = /^Expected a closing tag for `<(\w*)>` \((\d+):(\d+)\)/.exec(text))) {
    out = `<${said[1]}> opened at ${at(said[2]!, said[3]!)} is never closed: add </${said[1]}> after its text`;
  } else if ((said = /^Unexpected closing tag `<\/(\w*)>`, expected corresponding closing tag for `<(\w*)>` \((\d+):(\d+)\)/.exec(text))) {
    out = `</${said[1]}> closes a block that is not the innermost open one: <${said[2]}> opened at ${at(said[3]!, said[4]!)} must be closed first (are the closing tags swapped?)`;
  } else if (/^Unexpected character after `<`, expected a valid JSX tag/.test(text)) {
    out = 'MDX reads this "<" as the start of a tag, but no valid tag follows: close the tag, or put text such as <sip:…> in backticks';
  } else if (/^Unexpected character `!`/.test(text)) {
    out = 'an HTML comment (<!-- … -->) is not allowed in MDX: remove it';
  } else if (/^Unexpected (?:end of file|lazy line)/.test(text) || /expected/.test(text)) {
    out = `broken tag or expression: ${text.replace(/ \(note: [^)]*\)/, '')}`;
  } else {
    out = text;
  }
  return { field: 'body', message: out, line, column };
}

function plainText(node: Node): string {
  if (node.value !== undefined && node.type !== 'mdxTextExpression') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

/**
 * Parses an entry's body (the part after the frontmatter) and returns every problem, with
 * line and column in the file when `lineOffset` is the number of lines before the body.
 * `sections` are the level-2 headings each language block must have, in order; the first
 * is prose, each later one a list of 3 to 6 items. An empty list means free prose.
 */
export function checkBodyTree(body: string, sections: Record<Lang, readonly string[]>, lineOffset = 0): BodyProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: { gfm: true, frontmatter: false } }) as unknown as Node;
  } catch (e) {
    return [parseProblem(String((e as Error).message ?? e), lineOffset)];
  }
  const problems: BodyProblem[] = [];
  const add = (field: string, node: Node | undefined, message: string) => {
    const start = node?.position?.start;
    problems.push(start ? { field, message, line: start.line + lineOffset, column: start.column } : { field, message });
  };
  const blocks = new Map<Lang, Node>();

  for (const child of tree.children ?? []) {
    const lang = (Object.keys(LANG_TAG) as Lang[]).find((l) => child.type === 'mdxJsxFlowElement' && child.name === LANG_TAG[l]);
    if (lang) {
      const first = blocks.get(lang);
      if (first) add(`body <${LANG_TAG[lang]}>`, child, `a second <${LANG_TAG[lang]}> block; the first is at ${first.position!.start.line + lineOffset}:${first.position!.start.column}: keep one block per language`);
      else blocks.set(lang, child);
    } else if (!['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'html', 'definition'].includes(child.type)) {
      // (satteri lifts link definitions to the top; they render nothing themselves.)
      add('body', child, 'text outside <En>…</En> and <De>…</De> would show on both language pages: move it into a block');
    }
  }

  const walk = (node: Node, field: string, depth: number) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(field, node, `import and export lines are code (here: ${(node.value ?? '').split('\n')[0]!.slice(0, 40)}); an entry is data and may not run anything`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(field, node, `{${(node.value ?? '').slice(0, 40)}} is a JavaScript expression that MDX would run at build time; write the text without braces, or put it in backticks to show it as code`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const tag = name ? `<${name}>` : '<>…</>';
        if (!(BODY_COMPONENTS as readonly string[]).includes(name)) {
          add(field, node, `${tag} is not allowed: the body may use only ${BODY_COMPONENTS.map((c) => `<${c}>`).join(' and ')}, no HTML and no other components`);
          return;
        }
        if (depth > 0 || node.type === 'mdxJsxTextElement') {
          add(field, node, `${tag} must be a block of its own at the top level, on its own line, not inside other text or another block`);
          return;
        }
        for (const attr of node.attributes ?? []) {
          add(field, node, `${tag} takes no attributes; remove ${attr.type === 'mdxJsxAttribute' ? `"${attr.name}"` : 'the {…} attribute'}`);
        }
        break;
      }
      case 'html':
        add(field, node, 'raw HTML is not allowed in the body');
        return;
      case 'link':
      case 'image':
      case 'definition': {
        const bad = badLinkUrl(node.url ?? '');
        if (bad) add(field, node, bad);
        break;
      }
      case 'listItem':
        if (plainText(node).trim() === '' && !(node.children ?? []).some((c) => c.type !== 'paragraph')) add(field, node, 'empty list item: a "- " with no text; remove it or write the item');
        break;
    }
    for (const c of node.children ?? []) walk(c, field, depth + (node.type === 'mdxJsxFlowElement' ? 1 : 0));
  };
  for (const child of tree.children ?? []) {
    const lang = [...blocks].find(([, n]) => n === child)?.[0];
    walk(child, lang ? `body <${LANG_TAG[lang]}>` : 'body', 0);
  }
  for (const lang of ['en', 'de'] as const) {
    const tag = LANG_TAG[lang];
    const field = `body <${tag}>`;
    const block = blocks.get(lang);
    if (!block || plainText(block).trim() === '') {
      add(field, block, `the ${lang === 'en' ? 'English' : 'German'} text is missing: add <${tag}>…</${tag}>`);
      continue;
    }
    const headings: { text: string; node: Node; items: number }[] = [];
    for (const c of block.children ?? []) {
      if (c.type === 'heading' && c.depth === 2) headings.push({ text: plainText(c).trim(), node: c, items: 0 });
      else if (c.type === 'list' && headings.length) headings[headings.length - 1]!.items += (c.children ?? []).length;
    }
    for (const heading of sections[lang]) {
      if (!headings.some((h) => h.text === heading)) add(field, undefined, `section "## ${heading}" is missing`);
    }
    for (const heading of sections[lang].slice(1)) {
      const h = headings.find((x) => x.text === heading);
      if (h && (h.items < 3 || h.items > 6)) add(field, h.node, `section "## ${heading}" has ${h.items} items; it needs 3 to 6`);
    }
  }
  return problems;
}
