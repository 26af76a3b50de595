// The search panel, loaded on first use by SearchBox.astro. Combines the query pre-step
// (code numbers, log lines, classes, Q.850 causes), phrase matching and Pagefind's index of
// the page's language. Everything is fetched from this site; nothing leaves it.
import { planQuery } from '../lib/query.ts';
import { correctQuery } from '../lib/fuzzy.ts';
import { mergeRanked, phraseMatches } from '../lib/rank.ts';
import { codesForCause } from '../lib/q850.ts';
import { localizePath } from '../i18n/index.ts';
import type { SearchCode, SearchData } from '../pages/[...lang]/search-data.json.ts';


interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<{ url: string }> }[] } | null>;
}

type Item = { kind: 'code'; entry: SearchCode } | { kind: 'class'; digit: number; name: string } | { kind: 'note'; text: string; href?: string; linkText?: string };

const MAX_RESULTS = 10;
const OUTCOME_TONE: Record<string, string> = { success: 'ok', progress: 'info', redirect: 'info' };

export async function start(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
  const lang = form.dataset.lang === 'de' ? 'de' : 'en';
  const panel = form.querySelector<HTMLElement>('.search-panel')!;
  const open = () => {
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  let pendingEnter = form.dataset.submit === '1';
  let ready = false;
  form.dataset.started = '1';
  // Enter may come before the index has loaded: it then acts once the first results are in.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (ready) go();
    else pendingEnter = true;
  });
  panel.innerHTML = `<p class="search-status" role="status">${escapeHtml(panel.dataset.loading ?? '')}</p>`;
  open();

  let data: SearchData;
  let pagefind: Pagefind | undefined;
  try {
    const [d, pf] = await Promise.all([
      fetch(localizePath('/search-data.json', lang)).then((r) => r.json() as Promise<SearchData>),
      import(/* @vite-ignore */ '/pagefind/pagefind.js' as string).then(async (pf: Pagefind) => {
        await pf.options({ excerptLength: 0 });
        await pf.init();
        return pf;
      }),
    ]);
    data = d;
    pagefind = pf;
  } catch {
    panel.querySelector('.search-status')!.textContent = panel.dataset.offline ?? '';
    return;
  }
  const m = data.messages;

  panel.innerHTML = `<div class="search-filters">
      <label>${m.filterClass} <select data-filter="class"><option value="">${m.filterAll}</option>${[1, 2, 3, 4, 5, 6, 7].map((d) => `<option>${d}xx</option>`).join('')}</select></label>
      <label>${m.filterStatus} <select data-filter="status"><option value="">${m.filterAll}</option>${Object.entries(m.status).map(([k, v]) => `<option value="${k}">${escapeHtml(v)}</option>`).join('')}</select></label>
    </div>
    <p class="search-status" role="status" aria-live="polite"></p>
    <ul class="search-results" id="search-results" role="listbox" aria-label="${escapeHtml(input.labels?.[0]?.textContent ?? '')}"></ul>`;
  const status = panel.querySelector<HTMLElement>('.search-status')!;
  const list = panel.querySelector<HTMLUListElement>('.search-results')!;
  const selects = [...panel.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  input.setAttribute('aria-controls', 'search-results');

  let active = -1;
  let items: Item[] = [];
  let seq = 0;

  const byCode = new Map(data.codes.map((c) => [c.code, c]));
  const known = new Set(byCode.keys());
  const vocabulary = new Set(data.vocabulary);
  const className = (d: number) => data.classes.find((c) => c.digit === d)?.name ?? '';

  const filters = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
  const passes = (c: SearchCode) => {
    const f = filters();
    return (!f.class || f.class === `${Math.floor(c.code / 100)}xx`) && (!f.status || f.status === c.status);
  };

  async function run(): Promise<void> {
    const mySeq = ++seq;
    const q = input.value;
    const plan = planQuery(q, known);
    const next: Item[] = [];
    if (!q.trim()) {
      render([], m.hint);
      return;
    }
    if (plan.classDigit) next.push({ kind: 'class', digit: plan.classDigit, name: className(plan.classDigit) });
    if (plan.unknownCode) {
      const d = Math.floor(plan.unknownCode / 100);
      next.push({ kind: 'note', text: fill(m.unknownCode[d] ?? '', String(plan.unknownCode)), href: localizePath(`/class/${d}xx`, lang), linkText: fill(m.openClass, String(d)) });
    }
    const corrected = plan.text ? correctQuery(plan.text, vocabulary) : '';
    let codes = mergeRanked(plan.codes, plan.cause !== undefined ? codesForCause(plan.cause) : [], corrected ? phraseMatches(corrected, data.codes) : []);
    if (plan.classDigit) codes = mergeRanked(codes, data.codes.filter((c) => Math.floor(c.code / 100) === plan.classDigit).map((c) => c.code));
    if (corrected && pagefind) {
      const found = await pagefind.search(corrected, { filters: filters() });
      if (mySeq !== seq) return;
      const top = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mySeq !== seq) return;
      const fromIndex: number[] = [];
      for (const r of top) {
        const code = /\/code\/(\d{3})/.exec(r.url)?.[1];
        const cls = /\/class\/(\d)xx/.exec(r.url)?.[1];
        if (code) fromIndex.push(Number(code));
        else if (cls && !next.some((i) => i.kind === 'class')) next.push({ kind: 'class', digit: Number(cls), name: className(Number(cls)) });
      }
      codes = mergeRanked(codes, fromIndex);
    }
    for (const code of codes) {
      const entry = byCode.get(code);
      if (entry && passes(entry) && next.filter((i) => i.kind === 'code').length < MAX_RESULTS) next.push({ kind: 'code', entry });
    }
    if (mySeq !== seq) return;
    const count = next.filter((i) => i.kind !== 'note').length;
    render(next, count ? '' : `${m.noResults}: ${fill(m.quotedQuery, q.trim())}. ${m.tryInstead}`);
  }

  function render(next: Item[], message: string): void {
    items = next;
    active = items.findIndex((i) => i.kind !== 'note');
    status.textContent = message;
    list.innerHTML = items
      .map((item, i) => {
        const id = `search-option-${i}`;
        if (item.kind === 'note') {
          return `<li role="presentation"><p class="search-note">${escapeHtml(item.text)}${item.href ? ` <a href="${item.href}">${escapeHtml(item.linkText ?? '')}</a>` : ''}</p></li>`;
        }
        if (item.kind === 'class') {
          return `<li role="presentation" class="c${item.digit}"><a role="option" id="${id}" href="${localizePath(`/class/${item.digit}xx`, lang)}" tabindex="-1"><span class="num">${item.digit}xx</span><strong>${escapeHtml(item.name)}</strong></a></li>`;
        }
        const e = item.entry;
        const tone = OUTCOME_TONE[e.outcome] ?? 'bad';
        return `<li role="presentation" class="c${Math.floor(e.code / 100)}"><a role="option" id="${id}" href="${localizePath(`/code/${e.code}`, lang)}" tabindex="-1" data-code="${e.code}">
          <span class="num">${e.code}</span><strong>${escapeHtml(e.phrase)}</strong>${lang === 'de' ? ` <span>· ${escapeHtml(e.phraseDe)}</span>` : ''}<span class="badge ${tone}">${escapeHtml((m.outcome as Record<string, string>)[e.outcome] ?? e.outcome)}</span>${e.status !== 'current' ? `<span class="badge warn">${escapeHtml((m.status as Record<string, string>)[e.status] ?? e.status)}</span>` : ''}
          <p>${escapeHtml(e.meaning)}</p></a></li>`;
      })
      .join('');
    highlight();
    open();
    if (pendingEnter) {
      pendingEnter = false;
      go();
    }
  }

  function options(): HTMLAnchorElement[] {
    return [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  }

  function highlight(): void {
    const opts = options();
    const optIndex = items.slice(0, active + 1).filter((i) => i.kind !== 'note').length - 1;
    opts.forEach((o, i) => o.setAttribute('aria-selected', String(i === optIndex)));
    const current = opts[optIndex];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function move(delta: number): void {
    const selectable = items.map((it, i) => (it.kind === 'note' ? -1 : i)).filter((i) => i >= 0);
    if (!selectable.length) return;
    const pos = selectable.indexOf(active);
    active = selectable[(pos + delta + selectable.length) % selectable.length]!;
    highlight();
  }

  /** Enter: an existing code number opens its page at once; otherwise the highlighted result. */
  function go(): void {
    const plan = planQuery(input.value, known);
    if (/^\s*\d{3}\s*$/.test(input.value) && plan.codes[0]) {
      location.href = localizePath(`/code/${plan.codes[0]}`, lang);
      return;
    }
    const target = options().find((o) => o.getAttribute('aria-selected') === 'true') ?? options()[0];
    if (target) location.href = target.href;
  }

  input.addEventListener('input', () => void run());
  input.addEventListener('focus', () => {
    if (input.value.trim()) open();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      // A closed list opens on the first arrow press, with the selection where it was.
      if (panel.hidden) open();
      else move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Escape') {
      if (!panel.hidden) {
        e.preventDefault();
        close();
      } else input.value = '';
    }
  });
  for (const s of selects) s.addEventListener('change', () => void run());
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) close();
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null) && e.relatedTarget) close();
  });

  ready = true;
  if (input.value.trim()) await run();
  else render([], m.hint);
  if (document.activeElement !== input && !pendingEnter && !input.value.trim()) close();
}

function fill(template: string, ...values: string[]): string {
  return values.reduce((s, v, i) => s.replaceAll(`{${i}}`, v), template);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
