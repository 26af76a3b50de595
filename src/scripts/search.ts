// The search panel, loaded on first use by SearchBox.astro. It reads the query (src/lib/query.ts:
// codes, causes, warn-codes, names inside log lines), matches its words against the phrase index
// (src/lib/rank.ts), and shows those results at once; Pagefind's full-text hits are added when
// its index has loaded. Everything is fetched from this site; nothing leaves it.
import { readQuery, type QueryPlan, type Target } from '../lib/query.ts';
import { correctQuery, words } from '../lib/fuzzy.ts';
import { PhraseIndex } from '../lib/rank.ts';
import { keyOfUrl, rankKeys, type Lookup } from '../lib/results.ts';
import { queryIndexFromData, type SearchData } from '../lib/searchData.ts';
import { unknownCodeTreatedAs } from '../lib/codes.ts';
import { localizePath } from '../i18n/index.ts';
import type { SearchMessages } from '../pages/[...lang]/search-data.json.ts';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<{ url: string }> }[] } | null>;
}

type Item = { kind: 'entry'; key: string } | { kind: 'class'; digit: number };
interface Note {
  text: string;
  links: { href: string; text: string }[];
}

const MAX_RESULTS = 10;
const OUTCOME_TONE: Record<string, string> = { success: 'ok', progress: 'info', redirect: 'info' };
/** Longer queries are log lines: their words go to the phrase index, not to full-text search. */
const FULL_TEXT_WORDS = 6;

export async function start(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
  const lang = form.dataset.lang === 'de' ? 'de' : 'en';
  const pageMode = form.dataset.page === '1';
  const panel = form.querySelector<HTMLElement>('.search-panel')!;
  const open = () => {
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    if (pageMode) return;
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  // The search page searches what its address asks for (/search/?q=…, address-bar search).
  const fromUrl = pageMode ? new URLSearchParams(location.search).get('q') : null;
  if (fromUrl) input.value = fromUrl;
  let pendingEnter = form.dataset.submit === '1';
  let ready = false;
  form.dataset.started = '1';
  // Enter may come before the data has loaded: it then acts once the first results are in.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (ready) go();
    else pendingEnter = true;
  });
  // The header script may already show the code the query names (SearchBox.astro): keep it.
  if (!panel.querySelector('[role="option"]')) panel.innerHTML = `<p class="search-status" role="status">${escapeHtml(panel.dataset.loading ?? '')}</p>`;
  if (input.value.trim() || pageMode) open();

  // Pagefind loads once the first results from the data are shown, so it does not compete
  // with them; nothing waits for it but the full-text hits it adds.
  let pagefindReady: Promise<Pagefind | undefined> | undefined;
  const loadPagefind = () =>
    (pagefindReady ??= import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)
      .then(async (pf: Pagefind) => {
        await pf.options({ excerptLength: 0 });
        await pf.init();
        return pf;
      })
      .catch(() => undefined));

  let data: SearchData<SearchMessages>;
  try {
    data = await fetch(localizePath('/search-data.json', lang)).then((r) => r.json() as Promise<SearchData<SearchMessages>>);
  } catch {
    panel.innerHTML = `<p class="search-status" role="status">${escapeHtml(panel.dataset.offline ?? '')}</p>`;
    return;
  }
  const m = data.messages;
  const index = queryIndexFromData(data);
  const phrases = new PhraseIndex(data.phrases);
  const lookup: Lookup = {
    codes: new Map(data.codes.map((c) => [c.code, c])),
    causes: new Map(data.causes.map((c) => [c.cause, c])),
    fs: new Map(data.fsCauses.map((f) => [f.name, f])),
    warnings: new Map(data.warnings.map((w) => [w.warning, w])),
  };
  const className = (d: number) => data.classes.find((c) => c.digit === d)?.name ?? '';

  const option = (value: string, label: string) => `<option value="${value}">${escapeHtml(label)}</option>`;
  panel.innerHTML = `<div class="search-filters">
      <label>${escapeHtml(m.filterKind)} <select data-filter="kind">${option('', m.filterAll)}${Object.entries(m.kinds).map(([k, v]) => option(k, v)).join('')}</select></label>
      <label>${escapeHtml(m.filterClass)} <select data-filter="class">${option('', m.filterAll)}${[1, 2, 3, 4, 5, 6, 7].map((d) => option(`${d}xx`, `${d}xx`)).join('')}</select></label>
      <label>${escapeHtml(m.filterStatus)} <select data-filter="status">${option('', m.filterAll)}${Object.entries(m.status).map(([k, v]) => option(k, v)).join('')}</select></label>
    </div>
    <p class="search-status" role="status" aria-live="polite"></p>
    <div class="search-notes"></div>
    <ul class="search-results" id="search-results" role="listbox" aria-labelledby="search-label"></ul>`;
  const status = panel.querySelector<HTMLElement>('.search-status')!;
  const notesBox = panel.querySelector<HTMLElement>('.search-notes')!;
  const list = panel.querySelector<HTMLUListElement>('.search-results')!;
  const selects = [...panel.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  input.setAttribute('aria-controls', 'search-results');

  let active = -1;
  let items: Item[] = [];
  let seq = 0;
  let plan: QueryPlan = readQuery('', index);

  const filters = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
  /** Class and status are facts of codes: with either set, only codes show. */
  const passes = (key: string) => {
    const f = filters();
    const code = /^\d+$/.test(key) ? lookup.codes.get(Number(key)) : undefined;
    if (f.kind && f.kind !== (code ? 'code' : key[0] === 'w' ? 'warning' : 'cause')) return false;
    if (!f.class && !f.status) return true;
    return !!code && (!f.class || f.class === `${Math.floor(code.code / 100)}xx`) && (!f.status || f.status === code.status);
  };

  async function run(): Promise<void> {
    const mySeq = ++seq;
    const q = input.value;
    plan = readQuery(q, index);
    if (!q.trim()) {
      render([], [], m.hint, false, false);
      return;
    }
    const notes: Note[] = [];
    if (plan.message) notes.push({ text: m.decoder, links: [{ href: localizePath('/decode', lang), text: m.decoderLink }] });
    if (plan.unknownCode !== undefined) notes.push(unknownNote(plan.unknownCode));
    const textWords = words(plan.text).length;
    const corrected = plan.text && textWords <= FULL_TEXT_WORDS ? correctQuery(plan.text, phrases.vocabulary()) : plan.text;
    const hits = corrected ? phrases.match(corrected) : [];
    const head: Item[] = plan.classDigit ? [{ kind: 'class', digit: plan.classDigit }] : [];
    let keys = rankKeys(plan, hits, lookup);
    if (plan.classDigit) keys = [...keys, ...data.codes.filter((c) => Math.floor(c.code / 100) === plan.classDigit).map((c) => String(c.code))];
    /** What the query names and its words match come first; full-text hits, a class page among them, after. */
    const local = (extra: string[] = [], cls?: number) => {
      const mine = keys.filter(passes).map((key): Item => ({ kind: 'entry', key }));
      const more = rankKeys(plan, [], lookup, extra).filter((k) => passes(k) && !keys.includes(k)).map((key): Item => ({ kind: 'entry', key }));
      const classHit: Item[] = cls !== undefined && !head.length ? [{ kind: 'class', digit: cls }] : [];
      return [...head, ...mine, ...classHit, ...more].slice(0, MAX_RESULTS + head.length + classHit.length);
    };
    // Full-text search adds what the data does not know, for short queries or when nothing matched.
    const fullText = corrected && (textWords <= FULL_TEXT_WORDS || keys.length === 0);
    const first = local();
    render(first, notes, messageFor(first, notes, q), !!fullText, false);
    if (!fullText) return;
    const pagefind = await loadPagefind();
    if (mySeq !== seq) return;
    const f = filters();
    const pfFilters = Object.fromEntries(Object.entries(f).filter(([k]) => k === 'class' || k === 'status'));
    const found = pagefind ? await pagefind.search(corrected.split(' ').slice(0, 8).join(' '), { filters: pfFilters }).catch(() => null) : null;
    if (mySeq !== seq) return;
    const top = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
    if (mySeq !== seq) return;
    const fromIndex: string[] = [];
    let cls: number | undefined;
    for (const r of top) {
      const key = keyOfUrl(r.url);
      const clsHit = /\/class\/(\d)xx/.exec(r.url)?.[1];
      if (key) fromIndex.push(key);
      else if (clsHit && cls === undefined) cls = Number(clsHit);
    }
    const next = local(fromIndex, cls);
    render(next, notes, messageFor(next, notes, q), false, true);
  }

  function messageFor(next: Item[], notes: Note[], q: string): string {
    return next.length || notes.length ? '' : `${m.noResults}: ${fill(m.quotedQuery, q.trim().slice(0, 80))}. ${m.tryInstead}`;
  }

  function unknownNote(code: number): Note {
    const d = Math.floor(code / 100);
    const links = [{ href: localizePath(`/class/${d}xx`, lang), text: fill(m.openClass, String(d)) }];
    const as = unknownCodeTreatedAs(code);
    const entry = as !== undefined ? lookup.codes.get(as) : undefined;
    if (entry) links.push({ href: localizePath(`/code/${entry.code}`, lang), text: fill(m.treatedAs, String(entry.code), entry.phrase) });
    return { text: fill(m.unknownCode[d] ?? m.unknownCode[4]!, String(code)), links };
  }

  /** `update`: more results for the same query (Pagefind's), so the highlighted one stays highlighted. */
  function render(next: Item[], notes: Note[], message: string, busy: boolean, update: boolean): void {
    const previous = items[active];
    items = next;
    const keep = update && previous ? items.findIndex((i) => sameItem(i, previous)) : -1;
    active = keep >= 0 ? keep : items.length ? 0 : -1;
    status.textContent = message;
    notesBox.innerHTML = notes
      .map((n) => `<p class="search-note">${escapeHtml(n.text)}${n.links.map((l) => ` <a href="${l.href}">${escapeHtml(l.text)}</a>`).join('')}</p>`)
      .join('');
    list.setAttribute('aria-busy', String(busy));
    list.innerHTML = items.map((item, i) => renderItem(item, `search-option-${i}`)).join('');
    highlight();
    // Full-text hits arriving after the user closed the panel leave it closed.
    if (!update || !panel.hidden) open();
    if (pendingEnter && !busy) {
      pendingEnter = false;
      go();
    }
  }

  function renderItem(item: Item, id: string): string {
    if (item.kind === 'class') {
      return `<li role="presentation" class="c${item.digit}"><a role="option" id="${id}" href="${localizePath(`/class/${item.digit}xx`, lang)}" tabindex="-1" data-kind="class" data-id="${item.digit}xx"><span class="num">${item.digit}xx</span><strong>${escapeHtml(className(item.digit))}</strong></a></li>`;
    }
    const key = item.key;
    const a = (href: string, kind: string, idValue: string, inner: string, extra = '') =>
      `<a role="option" id="${id}" href="${href}" tabindex="-1" data-kind="${kind}" data-id="${escapeHtml(idValue)}"${extra}>${inner}</a>`;
    const badge = (text: string, tone = '') => `<span class="badge${tone ? ` ${tone}` : ''}">${escapeHtml(text)}</span>`;
    if (/^\d+$/.test(key)) {
      const e = lookup.codes.get(Number(key))!;
      const inner = `<span class="num">${e.code}</span><strong>${escapeHtml(e.phrase)}</strong>${lang === 'de' ? ` <span>· ${escapeHtml(e.phraseDe)}</span>` : ''}${badge((m.outcome as Record<string, string>)[e.outcome] ?? e.outcome, OUTCOME_TONE[e.outcome] ?? 'bad')}${e.status !== 'current' ? badge((m.status as Record<string, string>)[e.status] ?? e.status, 'warn') : ''}<p>${escapeHtml(e.meaning)}</p>`;
      return `<li role="presentation" class="c${Math.floor(e.code / 100)}">${a(localizePath(`/code/${e.code}`, lang), 'code', key, inner, ` data-code="${e.code}"`)}</li>`;
    }
    const sip = (codes: readonly number[]) => (codes.length ? `${m.mapsTo} ${codes.slice(0, 4).join(', ')}` : '');
    if (key[0] === 'c') {
      const c = lookup.causes.get(Number(key.slice(1)))!;
      const details = [c.names.map((n) => `<code>${escapeHtml(n)}</code>`).join(' '), escapeHtml(sip(c.codes))].filter(Boolean).join(' · ');
      const inner = `<span class="num">${c.cause}</span><strong>${escapeHtml(c.name)}</strong>${lang === 'de' && c.nameDe ? ` <span>· ${escapeHtml(c.nameDe)}</span>` : ''}${badge(m.badge.cause ?? '', 'info')}${details ? `<p>${details}</p>` : ''}`;
      return `<li role="presentation" class="cause">${a(hrefOf(c.href), 'cause', String(c.cause), inner)}</li>`;
    }
    if (key[0] === 'w') {
      const w = lookup.warnings.get(Number(key.slice(1)))!;
      const inner = `<span class="num">${w.warning}</span><strong>${escapeHtml(w.text)}</strong>${lang === 'de' ? ` <span>· ${escapeHtml(w.textDe)}</span>` : ''}${badge(m.badge.warning ?? '', 'warn')}<p>${escapeHtml(w.meaning)}</p>`;
      return `<li role="presentation" class="warning">${a(localizePath(`/warning/${w.warning}`, lang), 'warning', String(w.warning), inner)}</li>`;
    }
    const f = lookup.fs.get(key.slice(1))!;
    const inner = `<strong><code>${escapeHtml(f.name)}</code></strong>${badge(m.badge.fs ?? '', 'info')}<p>${escapeHtml(f.meaning ?? sip(f.codes))}</p>`;
    return `<li role="presentation" class="fs">${a(hrefOf(f.href), 'fs', f.name, inner)}</li>`;
  }

  /** A language-neutral path, perhaps with a fragment ("/mapping#cause-34"), in the page's language. */
  function hrefOf(path: string): string {
    const [p, hash] = path.split('#');
    return localizePath(p!, lang) + (hash ? `#${hash}` : '');
  }

  /** The page of what the query names outright, if it has one: where Enter and address-bar search go. */
  function directHref(t: Target | undefined): string | undefined {
    if (!t) return undefined;
    if (t.kind === 'code') return lookup.codes.has(t.code) ? localizePath(`/code/${t.code}`, lang) : undefined;
    if (t.kind === 'warning') return lookup.warnings.has(t.warning) ? localizePath(`/warning/${t.warning}`, lang) : undefined;
    if (t.kind === 'cause') {
      const c = lookup.causes.get(t.cause);
      return c?.page ? hrefOf(c.href) : undefined;
    }
    const f = lookup.fs.get(t.name);
    return f?.page ? hrefOf(f.href) : undefined;
  }

  function options(): HTMLAnchorElement[] {
    return [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  }

  function highlight(): void {
    const opts = options();
    opts.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    const current = opts[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function move(delta: number): void {
    if (!items.length) return;
    active = (active + delta + items.length) % items.length;
    highlight();
  }

  /** Enter: the highlighted result, which is what the query names when it names something. */
  function go(): void {
    const target = options()[active] ?? options()[0];
    if (target) location.href = target.href;
  }

  input.addEventListener('input', () => {
    void run();
    if (pageMode) rememberQuery();
  });
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
      if (!panel.hidden && !pageMode) {
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

  /** On the search page the address keeps the query, so the results can be linked; a pasted message never goes there. */
  function rememberQuery(): void {
    const q = input.value.trim();
    const url = new URL(location.href);
    if (q && q.length <= 200 && !plan.message) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  }

  ready = true;
  if (input.value.trim()) {
    await run();
    if (pageMode) rememberQuery();
    // Address-bar search (/search/?q=…): a query that names a page goes straight there.
    if (fromUrl) {
      const href = directHref(plan.direct);
      if (href) location.replace(href);
    }
  } else render([], [], m.hint, false, false);
  if (document.activeElement !== input && !pendingEnter && !input.value.trim()) close();
}

function sameItem(a: Item, b: Item): boolean {
  return a.kind === 'class' ? b.kind === 'class' && a.digit === b.digit : b.kind === 'entry' && a.key === b.key;
}

function fill(template: string, ...values: string[]): string {
  return values.reduce((s, v, i) => s.replaceAll(`{${i}}`, v), template);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
