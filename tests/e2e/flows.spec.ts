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

// In parts, so that the two workers share the pages.
const PARTS = 4;
const part = (i: number) => CODES.filter((_, n) => n % PARTS === i);

for (const { prefix, lang, title, marked } of LANGS) {
  for (let i = 0; i < PARTS; i++) test(`every code page (${lang}, part ${i + 1} of ${PARTS}) has a diagram named after its code, with its steps as an ordered list and its own step marked`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const code of part(i)) {
      await page.goto(`${prefix}/code/${code}/`);
      const figure = page.locator('figure.flow');
      await expect(figure, `${prefix}/code/${code}`).toHaveCount(1);
      const img = figure.getByRole('img');
      await expect(img).toHaveAccessibleName(new RegExp(`^${code} .* ${title}$`));
      await expect(img).toHaveAccessibleDescription(/\S/);
      await expect(img).toHaveAttribute('data-pagefind-ignore');
      const steps = figure.locator('ol > li');
      await expect(steps, `${prefix}/code/${code}: one item per step`).toHaveCount(flows.get(code)!.steps.length);
      const own = steps.filter({ hasText: marked });
      await expect(own, `${prefix}/code/${code}: exactly one step is this response`).toHaveCount(1);
      await expect(own).toContainText(String(code));
      // The highlighted arrow in the drawing is the same step.
      await expect(figure.locator('svg text.hl').first()).toContainText(String(code));
    }
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
