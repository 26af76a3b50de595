// The ladder diagram on every code page: its text alternative in both languages, and that it
// reads on a 320 px phone (no sideways scrolling, labels of at least 12 px, none on top of another).
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { splitEntry } from '../../src/lib/entryFile.ts';
import type { Flow } from '../../src/lib/flow.ts';
import { CODES } from './codes.ts';

const flows = new Map(CODES.map((code) => [code, (splitEntry(readFileSync(`content/codes/${code}.mdx`, 'utf8')).data as { flow: Flow }).flow]));
const LANGS = [
  { prefix: '', lang: 'en', title: 'in the exchange', marked: 'this response' },
  { prefix: '/de', lang: 'de', title: 'im Nachrichtenablauf', marked: 'diese Antwort' },
] as const;

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();

// Read from the built files: the structure that gives the drawing its name, description and
// list is the same on every page, and the browser reading of it is checked by axe and by the
// class-page test below; reading 184 files takes milliseconds where opening them takes a minute.
for (const { prefix, lang, title, marked } of LANGS) {
  test(`every code page (${lang}) has a diagram named after its code, with its steps as an ordered list and its own step marked`, () => {
    const problems: string[] = [];
    for (const code of CODES) {
      const where = `${prefix}/code/${code}/`;
      const html = readFileSync(`dist${where}index.html`, 'utf8');
      const figures = html.match(/<figure class="flow"[\s\S]*?<\/figure>/g) ?? [];
      if (figures.length !== 1) {
        problems.push(`${where}: ${figures.length} diagrams`);
        continue;
      }
      const figure = figures[0]!;
      const svg = /<svg\b[^>]*>/.exec(figure)?.[0] ?? '';
      const name = text(/<title id="([^"]+)">([\s\S]*?)<\/title>/.exec(figure)?.[2] ?? '');
      const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
      const describedBy = /aria-describedby="([^"]+)"/.exec(svg)?.[1];
      if (!/role="img"/.test(svg) || !svg.includes('data-pagefind-ignore')) problems.push(`${where}: the drawing is not an image kept out of search`);
      if (!labelledBy || !figure.includes(`<title id="${labelledBy}">`)) problems.push(`${where}: the drawing's name does not point to its title`);
      if (!new RegExp(`^${code} .* ${title}$`).test(name)) problems.push(`${where}: named "${name}"`);
      if (!describedBy || !new RegExp(`<desc id="${describedBy}">\\s*\\S`).test(figure)) problems.push(`${where}: no description`);
      const items = [...(/<ol\b[^>]*>([\s\S]*?)<\/ol>/.exec(figure)?.[1] ?? '').matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!));
      if (items.length !== flows.get(code)!.steps.length) problems.push(`${where}: ${items.length} list items for ${flows.get(code)!.steps.length} steps`);
      const own = items.filter((i) => i.includes(marked));
      if (own.length !== 1 || !own[0]!.includes(String(code))) problems.push(`${where}: the list marks ${own.length} steps as this response`);
      const highlighted = text(/<text\b[^>]*class="[^"]*\bhl\b[^"]*"[^>]*>([\s\S]*?)<\/text>/.exec(figure)?.[1] ?? '');
      if (!highlighted.includes(String(code))) problems.push(`${where}: the highlighted arrow reads "${highlighted}"`);
    }
    expect(problems).toEqual([]);
  });
}

test('class pages 1xx to 6xx show a typical exchange of their class, with its steps as a list', async ({ page }) => {
  for (const { prefix, lang } of LANGS) {
    for (const cls of ['1xx', '2xx', '3xx', '4xx', '5xx', '6xx']) {
      await page.goto(`${prefix}/class/${cls}/`);
      const figure = page.locator('figure.flow');
      await expect(figure.getByRole('img'), `${prefix}/class/${cls}`).toHaveAccessibleName(lang === 'en' ? `A typical ${cls} exchange` : `Typischer Ablauf mit ${cls}`);
      await expect(figure.locator('ol > li').filter({ hasText: lang === 'en' ? `the ${cls} response` : `die ${cls}-Antwort` })).toHaveCount(1);
      await expect(figure.locator('svg text.hl')).toContainText(new RegExp(`^${cls[0]}\\d\\d `));
    }
  }
});

/** Problems with the diagram as drawn: scrolling, small or clipped labels, labels on top of each other. */
async function drawingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const figure = document.querySelector('figure.flow') as HTMLElement;
    const svg = figure.querySelector('svg') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    if (box.left < 0 || box.right > window.innerWidth) out.push(`the drawing spans ${box.left}–${box.right} px of a ${window.innerWidth} px window`);
    if (figure.scrollWidth > figure.clientWidth) out.push(`the figure scrolls: ${figure.scrollWidth} > ${figure.clientWidth}`);
    const scale = box.width / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll('text')].map((t) => ({ t, text: t.textContent ?? '', b: t.getBoundingClientRect() }));
    for (const { t, text, b } of texts) {
      for (const el of [t, ...t.querySelectorAll('tspan')]) {
        const px = parseFloat(getComputedStyle(el).fontSize) * scale;
        if (px < 12) out.push(`"${el.textContent}" renders at ${px.toFixed(2)} px`);
      }
      if (b.left < box.left - 0.5 || b.right > box.right + 0.5) out.push(`"${text}" is cut off: ${b.left.toFixed(0)}–${b.right.toFixed(0)} px in ${box.left.toFixed(0)}–${box.right.toFixed(0)} px`);
    }
    texts.forEach((a, i) =>
      texts.slice(i + 1).forEach((b) => {
        const x = Math.min(a.b.right, b.b.right) - Math.max(a.b.left, b.b.left);
        const y = Math.min(a.b.bottom, b.b.bottom) - Math.max(a.b.top, b.b.top);
        if (x > 1 && y > 2) out.push(`"${a.text}" overlaps "${b.text}"`);
      }),
    );
    return out;
  });
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 800 } });
  for (const { prefix, lang } of LANGS) {
    test(`every diagram, on code and class pages (${lang}), fits without scrolling, with labels of at least 12 px, none cut off or overlapping`, async ({ page }) => {
      test.setTimeout(120_000);
      const problems: string[] = [];
      const paths = [...CODES.map((code) => `${prefix}/code/${code}/`), ...['1xx', '2xx', '3xx', '4xx', '5xx', '6xx'].map((cls) => `${prefix}/class/${cls}/`)];
      for (const path of paths) {
        await page.goto(path);
        problems.push(...(await drawingProblems(page)).map((p) => `${path}: ${p}`));
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('the diagrams of a forking, an authentication and a gateway flow have no cut-off or overlapping labels', async ({ page }) => {
    const problems: string[] = [];
    for (const path of ['/code/600/', '/de/code/600/', '/code/407/', '/de/code/407/', '/code/404/', '/de/code/404/']) {
      await page.goto(path);
      problems.push(...(await drawingProblems(page)).map((p) => `${path}: ${p}`));
    }
    expect(problems).toEqual([]);
  });
});

test('the highlighted arrow and its label take the accent colour, in light and dark', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme });
    await page.goto('/code/486/');
    const colours = await page.evaluate(() => {
      const accent = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();
      const probe = document.createElement('span');
      probe.style.color = accent;
      document.body.append(probe);
      const rgb = getComputedStyle(probe).color;
      const svg = document.querySelector('figure.flow svg')!;
      return { rgb, arrow: getComputedStyle(svg.querySelector('line.flow-arrow.hl')!).stroke, label: getComputedStyle(svg.querySelector('text.hl')!).fill, other: getComputedStyle(svg.querySelector('text.flow-msg:not(.hl)')!).fill };
    });
    expect(colours.arrow, colorScheme).toBe(colours.rgb);
    expect(colours.label, colorScheme).toBe(colours.rgb);
    expect(colours.other, colorScheme).not.toBe(colours.rgb);
    await page.close();
  }
});

// The whole sample pages go through axe in accessibility.spec.ts; this keeps the diagram itself
// in view in every scheme and width, whatever the rest of the page does.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test.describe(`${colorScheme}, ${width} px`, () => {
      test.use({ colorScheme, viewport: { width, height: 800 } });
      test('axe finds no WCAG 2.2 A/AA violation in the diagrams of 486 and 4xx, in both languages', async ({ page }) => {
        const found: string[] = [];
        for (const path of ['/code/486/', '/de/code/486/', '/class/4xx/', '/de/class/4xx/']) {
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page }).include('figure.flow').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
          found.push(...violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
        }
        expect(found).toEqual([]);
      });
    });
  }
}
