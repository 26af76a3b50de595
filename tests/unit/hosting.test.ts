// The build steps that prepare dist/ for real hosts (src/integrations/headers.ts and
// compress.ts) and the build's log filter (src/lib/buildLog.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { IMMUTABLE, binaryPatterns, headerPolicy, mergePolicies, metaPolicy, parsePolicy, renderHeaders, renderRedirects } from '../../src/integrations/headers.ts';
import { MIN_BYTES, precompress } from '../../src/integrations/compress.ts';
import { onBuildLog } from '../../src/lib/buildLog.ts';
import { headersFor, parseHeadersFile } from '../../src/server/serve.ts';

const page = (policy: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"><title>x</title></head></html>`;
const A = "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-A='; style-src 'self' 'sha256-S='";
const B = "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-B='; style-src 'self' 'sha256-S='";

test("a page's CSP is read from its meta element", () => {
  assert.equal(metaPolicy(page(A)), A);
  assert.equal(metaPolicy('<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">'), "default-src 'self'");
  assert.equal(metaPolicy('<html><head><title>none</title></head></html>'), undefined);
});

test('the header policy allows every page\'s hashes, so it never blocks what a page\'s meta allows', () => {
  const merged = mergePolicies([{ file: 'a.html', policy: A }, { file: 'b.html', policy: B }]);
  assert.deepEqual(merged.get('script-src'), ["'self'", "'sha256-A='", "'sha256-B='"]);
  assert.deepEqual(merged.get('style-src'), ["'self'", "'sha256-S='"]);
  const header = parsePolicy(headerPolicy(merged));
  for (const meta of [A, B]) {
    for (const [name, sources] of parsePolicy(meta)) for (const source of sources) assert.ok(header.get(name)?.includes(source), `${name} ${source}`);
  }
});

test('the header policy adds frame-ancestors, which a meta element cannot carry', () => {
  const header = parsePolicy(headerPolicy(mergePolicies([{ file: 'a.html', policy: A }])));
  assert.deepEqual(header.get('frame-ancestors'), ["'none'"]);
  assert.deepEqual(header.get('default-src'), ["'self'"]);
});

test('pages that disagree on a directive other than the hashes stop the build, naming both', () => {
  assert.throws(() => mergePolicies([{ file: 'a.html', policy: A }, { file: 'b.html', policy: A.replace("object-src 'none'", "object-src 'self'") }]), /b\.html: Content-Security-Policy object-src is "'self'" but "'none'" in a\.html/);
  assert.throws(() => mergePolicies([{ file: 'a.html', policy: A }, { file: 'c.html', policy: undefined }]), /c\.html: no Content-Security-Policy meta element/);
});

test('_headers gives every path the security headers, /_astro/* a year, Pagefind binaries their type, and sets no header twice', () => {
  const rules = parseHeadersFile(renderHeaders("default-src 'self'; frame-ancestors 'none'", ['/pagefind/fragment/*', '/pagefind/wasm.en.pagefind']));
  const page = headersFor(rules, '/code/603/');
  assert.equal(page['content-security-policy'], "default-src 'self'; frame-ancestors 'none'");
  assert.equal(page['x-content-type-options'], 'nosniff');
  assert.equal(page['x-frame-options'], 'DENY');
  assert.equal(page['referrer-policy'], 'no-referrer');
  assert.equal(page['cache-control'], undefined, 'pages keep the host default, which revalidates');
  assert.equal(headersFor(rules, '/_astro/search.DRs3leU5.js')['cache-control'], IMMUTABLE);
  assert.equal(headersFor(rules, '/pagefind/fragment/en_1.pf_fragment')['content-type'], 'application/octet-stream');
  assert.equal(headersFor(rules, '/pagefind/wasm.en.pagefind')['content-type'], 'application/octet-stream');
  assert.equal(headersFor(rules, '/pagefind/pagefind.js')['content-type'], undefined, 'a script keeps its script type (nosniff)');
  // Cloudflare Pages joins a header set by two matching rules with a comma; none may be.
  for (const path of ['/', '/code/603/', '/_astro/a.js', '/pagefind/fragment/x', '/pagefind/wasm.en.pagefind']) {
    for (const [name, value] of Object.entries(headersFor(rules, path))) {
      const setters = rules.filter((r) => r.pattern.test(path) && r.headers.some(([n]) => n === name));
      assert.equal(setters.length, 1, `${path}: ${name} set by ${setters.length} rules (${value})`);
    }
  }
});

test('_redirects sends every spelling of /de/ to the German 404 page with status 404', () => {
  const lines = renderRedirects().split('\n').filter((l) => l && !l.startsWith('#'));
  assert.deepEqual(lines.map((l) => l.split(/\s+/)), ['de', 'De', 'dE', 'DE'].map((de) => [`/${de}/*`, '/de/404.html', '404']));
});

test('Pagefind binaries are covered by one pattern per folder and the files beside them', () => {
  const site = mkdtempSync(join(tmpdir(), 'sip-hosting-'));
  try {
    for (const f of ['pagefind/fragment/en_1.pf_fragment', 'pagefind/index/en_1.pf_index', 'pagefind/pagefind.en_1.pf_meta', 'pagefind/wasm.en.pagefind', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) {
      mkdirSync(join(site, f, '..'), { recursive: true });
      writeFileSync(join(site, f), 'x');
    }
    assert.deepEqual(binaryPatterns(site), ['/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/pagefind.en_1.pf_meta', '/pagefind/wasm.en.pagefind']);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('the build writes a gzip copy of text files worth compressing, and of nothing else', () => {
  const site = mkdtempSync(join(tmpdir(), 'sip-compress-'));
  try {
    const big = '<p>SIP 603 Decline</p>\n'.repeat(200);
    writeFileSync(join(site, 'page.html'), big);
    writeFileSync(join(site, 'small.html'), '<p>hi</p>');
    writeFileSync(join(site, 'index.pf_fragment'), big);
    writeFileSync(join(site, '_headers'), big);
    const result = precompress(site);
    assert.equal(result.files, 1);
    assert.equal(gunzipSync(readFileSync(join(site, 'page.html.gz'))).toString(), big);
    assert.ok(!existsSync(join(site, 'small.html.gz')), `under ${MIN_BYTES} bytes`);
    assert.ok(!existsSync(join(site, 'index.pf_fragment.gz')), 'Pagefind compresses its own files');
    assert.ok(!existsSync(join(site, '_headers.gz')));
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('the build log drops exactly the "use astro:head-inject" directive warning and passes everything else', () => {
  const passed: string[] = [];
  const handler = (_level: string, log: { message: string }) => void passed.push(log.message);
  const headInject = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "content/codes/603.mdx?astroPropagatedAssets" may not be preserved when bundling.' };
  const useClient = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved when bundling.' };
  const other = { code: 'UNRESOLVED_IMPORT', message: 'x' };
  onBuildLog('warn', headInject, handler);
  onBuildLog('warn', useClient, handler);
  onBuildLog('warn', other, handler);
  onBuildLog('info', { message: 'built' }, handler);
  assert.deepEqual(passed, [useClient.message, 'x', 'built']);
});

test('inline code whose hash its page\'s policy lacks is found: the header would block it', async () => {
  const { createHash } = await import('node:crypto');
  const { uncoveredInline } = await import('../../src/integrations/headers.ts');
  const h = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
  const covered = 'console.log(1)';
  const stray = 'location.replace("/de/")';
  const policy = parsePolicy(`script-src 'self' ${h(covered)}; style-src 'self' ${h('p{}')}`);
  const html = `<head><script>${stray}</script><meta http-equiv="content-security-policy" content="x"><style>p{}</style></head><body><script>${covered}</script><script src="/a.js"></script><script type="application/ld+json">{}</script></body>`;
  const missing = uncoveredInline(html, policy);
  assert.equal(missing.length, 1);
  assert.match(missing[0]!, /^script 'sha256-.*location\.replace/);
  assert.deepEqual(uncoveredInline('<style>q{}</style>', policy).length, 1);
});
