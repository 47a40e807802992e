// npm run bench: what readers pay, measured. Builds the site (cold, then warm), loads each page type
// cold in Chromium, runs three searches, and writes bench/report.json + bench/REPORT.md (committed
// as the latest baseline), then builds synthetic corpora (bench/scale.ts). `npm run bench` then runs
// bench/lighthouse.ts --bench. Not a test: `npm test` enforces the byte budgets (e2e/budgets.spec.ts)
// and the Lighthouse scores that do not vary with the machine's load (bench/lighthouse.ts).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveDist } from './browser.ts';
import { precacheFor } from '../src/offline/precache.ts';
import { DEFAULT_ORIGIN } from '../src/site-origin.ts';
import { BUDGETS, offlineSaveBytes, wire } from './budgets.ts';
import { scale } from './scale.ts';

const PAGES = { title: '/', 'longest section': '/v/', 'whole essay': '/essay/', timeline: '/timeline/', 'glossary index': '/glossary/', 'glossary entry': '/glossary/soviet/', notes: '/notes/', search: '/search/' };
const QUERIES = ['Kronstadt', 'Lenin', 'socialism in one country'];

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';


interface Bytes {
  raw: number;
  gzip: number;
}

function build(): number {
  const start = performance.now();
  // A build needs an origin; the benchmark measures a local one unless SITE_URL says otherwise.
  execFileSync('node_modules/.bin/astro', ['build'], { stdio: 'ignore', env: { ...process.env, SITE_URL: process.env.SITE_URL || DEFAULT_ORIGIN } });
  return Math.round(performance.now() - start);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const kindOf = (url: string, type: string): Kind =>
  type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') || url.endsWith('.js') ? 'js' : type.includes('font') || /\.woff2?$/.test(url) ? 'font' : 'other';

rmSync('dist', { recursive: true, force: true });
rmSync('.astro', { recursive: true, force: true });
rmSync('node_modules/.astro', { recursive: true, force: true });
const cold = build();
const warm = build();
const files = walk('dist');
const report = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  date: new Date().toISOString().slice(0, 10),
  build: { coldMs: cold, warmMs: warm, pages: files.filter((file) => file.endsWith('.html')).length, distBytes: files.reduce((sum, file) => sum + statSync(file).size, 0) },
  pages: {} as Record<string, { path: string; requests: number; thirdParty: number } & Record<Kind | 'total', Bytes>>,
  jsToReadSection: { requiredBytes: 0, shippedBytes: 0 },
  search: [] as { query: string; results: number; firstResultsMs: number; searchMs: number; fetched: Bytes; requests: number; largest: { file: string; wire: number }[] }[],
};

const server = await serveDist(4397);
const browser = await launchChromium();
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen: { url: string; kind: Kind; body: Buffer }[] = [];
    page.on('response', async (response) => {
      try {
        seen.push({ url: response.url(), kind: kindOf(response.url(), response.headers()['content-type'] ?? ''), body: await response.body() });
      } catch {
        // redirects have no body
      }
    });
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    const totals = Object.fromEntries((['html', 'css', 'js', 'font', 'other', 'total'] as const).map((kind) => [kind, { raw: 0, gzip: 0 }])) as Record<Kind | 'total', Bytes>;
    for (const { kind, body } of seen) {
      for (const key of [kind, 'total'] as const) {
        totals[key].raw += body.length;
        totals[key].gzip += wire(body);
      }
    }
    // Inline <script> bytes count as JavaScript shipped too.
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].reduce((sum, script) => sum + (script.textContent?.length ?? 0), 0));
    totals.js.raw += inline;
    if (path === '/v/') report.jsToReadSection.shippedBytes = totals.js.raw;
    report.pages[name] = { path, requests: seen.length, thirdParty: seen.filter(({ url }) => !url.startsWith(server.origin)).length, ...totals };
    await context.close();
  }

  for (const query of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: { url: string; body: Buffer }[] = [];
    page.on('response', async (response) => {
      if (response.url().includes('/pagefind/')) fetched.push({ url: response.url(), body: await response.body().catch(() => Buffer.alloc(0)) });
    });
    await page.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
    const start = Date.now();
    await page.getByLabel('Search the essay, its notes and the glossary').fill(query);
    await page.locator('.ed-result').first().waitFor();
    const firstResultsMs = Date.now() - start;
    await page.waitForLoadState('networkidle');
    const firstQuery = [...fetched];
    // Latency once the index is loaded: the bare Pagefind search, timed in the page.
    const searchMs = await page.evaluate(async (q) => {
      const url = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ url);
      await pagefind.search('warm up');
      const t0 = performance.now();
      const found = await pagefind.search(q);
      await Promise.all(found.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
      return Math.round((performance.now() - t0) * 10) / 10;
    }, query);
    const results = await page.locator('.ed-result').count();
    report.search.push({
      query,
      results,
      firstResultsMs,
      searchMs,
      requests: firstQuery.length,
      fetched: { raw: firstQuery.reduce((sum, { body }) => sum + body.length, 0), gzip: firstQuery.reduce((sum, { body }) => sum + wire(body), 0) },
      largest: firstQuery
        .map(({ url, body }) => ({ file: url.replace(/^.*\/pagefind\//, ''), wire: wire(body) }))
        .sort((a, b) => b.wire - a.wire)
        .slice(0, 4),
    });
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}

// Offline: what the service worker saves after a first visit (every page, style, script, search file).
const precache = precacheFor('dist');
const offline = { files: precache.urls.length, raw: precache.bytes, gzip: offlineSaveBytes('dist', precache) };
(report as Record<string, unknown>).offline = offline;

// The EPUB of the edition, as downloaded (already compressed: no gzip on the wire).
const epubFile = readdirSync('dist').find((name) => name.endsWith('.epub'));
const epub = { file: epubFile ?? '', bytes: epubFile ? statSync(join('dist', epubFile)).size : 0 };
(report as Record<string, unknown>).epub = epub;

// Scale: synthetic corpora built elsewhere; BENCH_SCALE=1,10 for a quicker run.
const factors = (process.env.BENCH_SCALE ?? '1,10,100').split(',').map(Number);
const scaled = scale(factors);
(report as Record<string, unknown>).scale = scaled;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const md = [
  '# Benchmark baseline',
  '',
  `Measured ${report.date} on ${report.machine} by \`npm run bench\` (Chromium, cold cache per page; "gz" is each response as a gzip-serving host sends it: zlib level 9, or as is when already compressed).`,
  '',
  `Build: cold ${(report.build.coldMs / 1000).toFixed(1)} s, warm ${(report.build.warmMs / 1000).toFixed(1)} s; ${report.build.pages} pages; dist/ ${kb(report.build.distBytes)}.`,
  '',
  '| page | path | requests | HTML gz | CSS gz | JS gz | fonts gz | total raw | total gz |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...Object.entries(report.pages).map(([name, p]) => `| ${name} | \`${p.path}\` | ${p.requests} | ${kb(p.html.gzip)} | ${kb(p.css.gzip)} | ${kb(p.js.gzip)} | ${kb(p.font.gzip)} | ${kb(p.total.raw)} | ${kb(p.total.gzip)} |`),
  '',
  `JavaScript required to read a section: ${report.jsToReadSection.requiredBytes} bytes (notes, tooltips and text work without it); shipped on \`/v/\` as enhancement: ${kb(report.jsToReadSection.shippedBytes)} raw.`,
  '',
  '| search query | results | first results after typing | search once index loaded | fetched (gz) | requests | largest files |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...report.search.map((s) => `| ${s.query} | ${s.results} | ${s.firstResultsMs} ms | ${s.searchMs} ms | ${kb(s.fetched.gzip)} | ${s.requests} | ${s.largest.map((f) => `${f.file} ${kb(f.wire)}`).join(', ')} |`),
  '',
  `Offline: after a first visit the service worker saves ${offline.files} files, ${kb(offline.raw)} raw, ${kb(offline.gzip)} gz, in the background after the page has loaded (budget ${kb(BUDGETS.offlineSaveBytes)} gz).`,
  '',
  `EPUB: \`${epub.file}\` ${kb(epub.bytes)} (budget ${kb(BUDGETS.epubBytes)}; checked by EPUBCheck in \`npm test\`).`,
  '',
  `Budgets (bench/budgets.ts): essay page ≤ ${kb(BUDGETS.essayPageBytes)} gz, whole essay ≤ ${kb(BUDGETS.wholeEssayBytes)} gz, title page ≤ ${kb(BUDGETS.titlePageBytes)} gz, first search ≤ ${kb(BUDGETS.firstSearchBytes)} gz, search ≤ ${BUDGETS.searchMs} ms once loaded, Lighthouse ≥ ${BUDGETS.lighthouse} (bench/LIGHTHOUSE.md).`,
  '',
  '## Scale (synthetic corpora, never published)',
  '',
  '| corpus | sections | glossary entries | pages | build | search index (index + fragments + filters) | one section page (gz) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...scaled.map((s) => `| ${s.factor}× | ${s.sections} | ${s.glossaryEntries} | ${s.pages} | ${(s.buildMs / 1000).toFixed(1)} s | ${kb(s.indexBytes)} | ${kb(s.sectionPageGzip)} |`),
  '',
];
writeFileSync('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);
writeFileSync('bench/REPORT.md', md.join('\n'));
console.log(md.join('\n'));
