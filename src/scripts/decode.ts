// The decoder page's script, loaded on first use by decodeLoader.ts. Reads the textarea,
// parses (src/lib/sipMessage.ts), explains (src/lib/decode.ts) and renders in the page's
// language. The only request it makes is for this site's decode-data.json; what the user
// pastes is never sent, stored, or put in the URL.
import { parseSip } from '../lib/sipMessage.ts';
import { decode, type Decoded, type DecodedMessage, type Note, type Val } from '../lib/decode.ts';
import { rfcName, rfcUrl } from '../lib/codes.ts';
import { localizePath, type Lang } from '../i18n/index.ts';
import type { DecodeData } from '../pages/[...lang]/decode-data.json.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const SEGMENT = { code: 'code', cause: 'cause', warning: 'warning', fs: 'freeswitch-cause' } as const;
const TONE = { error: 'bad', warning: 'warn', info: 'info' } as const;

export function renderVal(v: Val, lang: Lang): string {
  if (typeof v === 'string') return esc(v);
  if (typeof v === 'number') return String(v);
  if ('link' in v) return `<a href="${esc(localizePath(`/${SEGMENT[v.link]}/${v.link === 'fs' ? v.id : Number(v.id)}`, lang))}">${esc(v.text)}</a>`;
  if ('rfc' in v) return `<a href="${esc(rfcUrl(v.rfc, v.section))}" rel="noopener noreferrer">${esc(rfcName(v.rfc))}${v.section ? ` §${esc(v.section)}` : ''}</a>`;
  return `<code>${esc(v.mono)}</code>`;
}

/** A dictionary template with its {placeholders} filled; the template's own text is escaped too. */
export function fill(template: string, values: Record<string, Val> | undefined, lang: Lang): string {
  return template
    .split(/(\{[a-zA-Z0-9]+\})/)
    .map((part) => {
      const m = /^\{([a-zA-Z0-9]+)\}$/.exec(part);
      if (!m) return esc(part);
      const v = values?.[m[1]!];
      return v === undefined ? '' : renderVal(v, lang);
    })
    .join('');
}

export async function start(form: HTMLFormElement): Promise<void> {
  const lang: Lang = form.dataset.lang === 'de' ? 'de' : 'en';
  const input = form.querySelector<HTMLTextAreaElement>('textarea')!;
  const status = form.querySelector<HTMLElement>('.decode-status')!;
  const section = document.querySelector<HTMLElement>('.decode-result')!;
  const noticesEl = section.querySelector<HTMLElement>('.decode-notices')!;
  const messagesEl = section.querySelector<HTMLElement>('.decode-messages')!;
  status.textContent = status.dataset.loading ?? '';
  let data: DecodeData;
  try {
    const response = await fetch(localizePath('/decode-data.json', lang));
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as DecodeData;
  } catch {
    status.textContent = status.dataset.failed ?? '';
    return;
  }
  const m = data.messages;
  const k = m.k as Record<string, string>;
  const note = (n: Note) => fill(k[n.key] ?? n.key, n.v, lang);

  const run = () => {
    const text = input.value;
    const t0 = performance.now();
    const decoded = decode(parseSip(text), data.facts, text);
    render(decoded);
    form.dataset.ms = (performance.now() - t0).toFixed(1);
  };

  const render = (decoded: Decoded) => {
    const found = decoded.notices.find((n) => n.key === 'found');
    status.textContent = found ? fill(k.found!, found.v, lang) : '';
    const notices = decoded.notices.filter((n) => n.key !== 'found');
    noticesEl.innerHTML = notices.length ? `<ul class="decode-list">${notices.map((n) => `<li>${badge(n)}${note(n)}</li>`).join('')}</ul>` : '';
    messagesEl.innerHTML = decoded.messages.map((d, i) => message(d, i + 1)).join('');
    section.hidden = false;
  };

  const badge = (n: Note) => (n.level ? `<span class="badge ${TONE[n.level]}">${esc(m.level[n.level])}</span>` : '');

  const frame = (d: DecodedMessage) => {
    const f = d.msg.frame;
    const parts: string[] = [];
    if (f?.direction && f.peer) parts.push(fill(m.frame[f.direction], { peer: f.peer }, lang) + (f.transport ? ` ${fill(m.frame.over, { transport: f.transport }, lang)}` : ''));
    if (f?.from && f.to) parts.push(fill(m.frame.between, { from: f.from, to: f.to }, lang));
    if (f?.time) parts.push(fill(m.frame.at, { time: f.time }, lang));
    if (f && f.format !== 'plain') parts.push(esc(m.format[f.format]));
    if (d.msg.line) parts.push(fill(m.line, { n: d.msg.line }, lang));
    return parts.length ? `<p class="frame">${parts.join(' · ')}</p>` : '';
  };

  const message = (d: DecodedMessage, n: number) => {
    const id = `decoded-${n}`;
    const hasHeaders = d.msg.headers.length > 0;
    const problems = d.problems.length
      ? `<ul class="decode-list">${d.problems.map((p) => `<li>${badge(p)}${note(p)}</li>`).join('')}</ul>`
      : hasHeaders && d.msg.kind !== 'headers' ? `<p>${esc(m.noProblems)}</p>` : '';
    const explained = d.explained.length
      ? `<h4>${esc(m.explained)}</h4><dl class="explained">${d.explained
          .map((e) => `<dt><b>${esc(e.header.name)}</b>: ${esc(e.header.value)}</dt><dd><ul>${e.notes.map((x) => `<li>${badge(x)}${note(x)}</li>`).join('')}</ul></dd>`)
          .join('')}</dl>`
      : '';
    const all = hasHeaders
      ? `<details><summary>${fill(m.allHeaders, { n: d.msg.headers.length }, lang)}</summary><div class="table-wrap"><table><thead><tr><th scope="col">${esc(m.colHeader)}</th><th scope="col">${esc(m.colValue)}</th></tr></thead><tbody>${d.msg.headers
          .map((h) => `<tr><td>${esc(h.full)}${h.compact ? ` (${esc(h.compact)})` : ''}</td><td>${esc(h.value)}</td></tr>`)
          .join('')}</tbody></table></div>${d.msg.body ? `<p>${fill(m.body, { bytes: d.msg.bodyBytes }, lang)}</p><pre class="table-wrap">${esc(d.msg.body)}</pre>` : ''}</details>`
      : '';
    return `<article class="decoded" aria-labelledby="${id}"><h3 id="${id}">${fill(m.messageN, { n }, lang)}: ${note(d.title)}</h3>${frame(d)}${
      problems ? `<h4>${esc(m.problems)}</h4>${problems}` : ''
    }${d.notes.length ? `${d.msg.kind === 'headers' ? '' : `<h4>${esc(d.msg.kind === 'response' ? m.statusLine : m.requestLine)}</h4>`}<ul class="decode-list">${d.notes.map((x) => `<li>${badge(x)}${note(x)}</li>`).join('')}</ul>` : ''}${explained}${all}</article>`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  input.addEventListener('input', () => soon(250));
  input.addEventListener('paste', () => soon(0));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  const act = (what: string | undefined) => {
    if (!what) return;
    if (what === 'clear') input.value = '';
    else if (what in data.examples) input.value = data.examples[what as keyof DecodeData['examples']];
    run();
    if (what === 'clear') input.focus();
  };
  form.addEventListener('click', (e) => {
    const button = (e.target as Element).closest('button');
    if (button && button.type === 'button') act(button.dataset.example ?? (button.hasAttribute('data-clear') ? 'clear' : undefined));
  });
  status.textContent = '';
  // From here on this script handles clicks and Enter itself; until now the loader kept them.
  form.dataset.started = '1';
  const pending = form.dataset.pending;
  delete form.dataset.pending;
  if (pending) act(pending);
  else if (input.value.trim()) run();
}
