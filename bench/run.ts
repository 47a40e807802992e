// npm run bench: what readers pay, measured. Builds the site (cold, then warm), loads each page type
// cold in Chromium, runs three searches, and writes bench/report.json + bench/REPORT.md (committed
// as the latest baseline), then builds synthetic corpora (bench/scale.ts). `npm run bench` then runs
// bench/lighthouse.ts --bench. Not a test: `npm test` enforces the byte budgets (e2e/budgets.spec.ts)
// and the Lighthouse scores that do not vary with the machine's load (bench/lighthouse.ts).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { freePort, launchChromium, serveDist } from '../measure/browser.ts';
import { builtFiles } from '../src/built/site.ts';
import { precacheFor } from '../src/offline/precache.ts';
import { DEFAULT_ORIGIN } from '../src/site-origin.ts';
import { BUDGETS, wire } from '../measure/budgets.ts';
import { measureOffline, offlineReport, type OfflineFigures } from './offline.ts';
import { scale } from './scale.ts';
import { SEARCH_QUERIES, TYPING_DELAY_MS } from '../measure/search.ts';
import { measureSearch } from './search.ts';
import { buildStarlight, compareSearch, versusReport, type VersusRow } from './starlight.ts';

const PAGES = { title: '/', 'longest section': '/v/', 'whole essay': '/essay/', timeline: '/timeline/', 'glossary index': '/glossary/', 'glossary entry': '/glossary/soviet/', notes: '/notes/', search: '/search/' };
// A first query's time is noisy on a shared machine: each is run this many times and the median reported.
const SEARCH_RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 5);
// The comparison with Starlight: runs per way in, pace and query (each run of one site beside one of the other).
const VERSUS_RUNS = Number(process.env.BENCH_STARLIGHT_RUNS ?? 3);

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

const kindOf = (url: string, type: string): Kind =>
  type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') || url.endsWith('.js') ? 'js' : type.includes('font') || /\.woff2?$/.test(url) ? 'font' : 'other';

rmSync('dist', { recursive: true, force: true });
rmSync('.astro', { recursive: true, force: true });
rmSync('node_modules/.astro', { recursive: true, force: true });
const cold = build();
const warm = build();
const files = builtFiles('dist', /./);
const report = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  date: new Date().toISOString().slice(0, 10),
  build: { coldMs: cold, warmMs: warm, pages: files.filter((file) => file.endsWith('.html')).length, distBytes: files.reduce((sum, file) => sum + statSync(file).size, 0) },
  pages: {} as Record<string, { path: string; requests: number; blocking: number; thirdParty: number } & Record<Kind | 'total', Bytes>>,
  jsToReadSection: { requiredBytes: 0, shippedBytes: 0 },
  search: [] as { path: string; query: string; results: number; firstResultMs: number; runsMs: number[]; fetched: Bytes; requests: number; largest: { file: string; wire: number }[] }[],
  searchMs: {} as Record<string, number>,
};

let offline: OfflineFigures | undefined;
let versus: { rows: VersusRow[]; starlight: ReturnType<typeof buildStarlight> } | undefined;
const server = await serveDist(await freePort());
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
    // What the first paint waits for: the document and every resource Chromium marks render-blocking.
    const blocking = await page.evaluate(() => 1 + performance.getEntriesByType('resource').filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking').length);
    report.pages[name] = { path, requests: seen.length, blocking, thirdParty: seen.filter(({ url }) => !url.startsWith(server.origin)).length, ...totals };
    await context.close();
  }

  // A first query on each way in (essay page header, /search/, a shared link), cold cache (bench/search.ts),
  // served as deployed (deploy/nginx.conf): what the essay page loads is reused from the HTTP cache.
  const searchServer = await serveDist(await freePort(), 'nginx');
  const rows = await measureSearch(browser, searchServer.origin, SEARCH_RUNS).finally(() => searchServer.stop());
  for (const row of rows) {
    report.search.push({
      path: row.path,
      query: row.query,
      results: row.results,
      firstResultMs: row.firstResultMs,
      runsMs: row.runsMs,
      requests: row.requests,
      fetched: { raw: row.raw, gzip: row.gzip },
      largest: row.files.slice(0, 4),
    });
  }
  // Latency once the index is loaded: the bare Pagefind search and the data of the results shown.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
  for (const query of SEARCH_QUERIES) {
    report.searchMs[query] = await page.evaluate(async (q) => {
      const url = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ url);
      await pagefind.search('warm up');
      await pagefind.search(q);
      const t0 = performance.now();
      const found = await pagefind.search(q);
      await Promise.all(found.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
      return Math.round((performance.now() - t0) * 10) / 10;
    }, query);
  }
  await context.close();

  // The same queries typed into the same sections built with Astro Starlight (bench/starlight.ts), in this run.
  const starlight = buildStarlight();
  const ours = await serveDist(await freePort(), 'nginx');
  const theirs = await serveDist(await freePort(), 'nginx', 'bench/starlight/dist');
  try {
    versus = { rows: await compareSearch(browser, ours.origin, theirs.origin, VERSUS_RUNS), starlight };
  } finally {
    ours.stop();
    theirs.stop();
  }
  (report as Record<string, unknown>).starlight = { ...starlight, runs: VERSUS_RUNS, rows: versus.rows };

  // Offline: a first visit with the worker on, the edition saved on request, and the update after a
  // one-paragraph change (bench/offline.ts builds the changed edition elsewhere).
  const precache = precacheFor('dist');
  offline = await measureOffline(browser, await freePort(), { files: precache.entries.length, raw: precache.raw, gzip: precache.gzip });
  (report as Record<string, unknown>).offline = offline;
} finally {
  await browser.close();
  server.stop();
}

// The EPUB of the edition, as downloaded (already compressed: no gzip on the wire).
const epubFile = readdirSync('dist').find((name) => name.endsWith('.epub'));
const epub = { file: epubFile ?? '', bytes: epubFile ? statSync(join('dist', epubFile)).size : 0 };
(report as Record<string, unknown>).epub = epub;

// Scale: synthetic corpora built elsewhere; BENCH_SCALE=1,10 for a quicker run, BENCH_SCALE=0 for none.
const factors = (process.env.BENCH_SCALE ?? '1,10,100').split(',').map(Number).filter((factor) => factor > 0);
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
  'Requests before first paint: the document and every resource Chromium marks render-blocking (Resource Timing `renderBlockingStatus`).',
  '',
  '| page | path | requests | before first paint | HTML gz | CSS gz | JS gz | fonts gz | total raw | total gz |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...Object.entries(report.pages).map(([name, p]) => `| ${name} | \`${p.path}\` | ${p.requests} | ${p.blocking} | ${kb(p.html.gzip)} | ${kb(p.css.gzip)} | ${kb(p.js.gzip)} | ${kb(p.font.gzip)} | ${kb(p.total.raw)} | ${kb(p.total.gzip)} |`),
  '',
  `JavaScript required to read a section: ${report.jsToReadSection.requiredBytes} bytes (notes, tooltips and text work without it); shipped on \`/v/\` as enhancement: ${kb(report.jsToReadSection.shippedBytes)} raw.`,
  '',
  `First query, cold cache (median of ${SEARCH_RUNS} runs). On the search page and in the header field of an essay page the reader types the query key by key, ${TYPING_DELAY_MS} ms a key, and is timed from the last keystroke (on the essay page, from Enter) to the first result for the whole query; a shared link is timed from navigation, so its time includes loading the page. Bytes are everything that came from /pagefind/ over the network, half-typed words included. Budget: ≤ ${kb(BUDGETS.firstSearchBytes)} on every way in, and ≤ ${BUDGETS.firstResultMs} ms after the last keystroke.`,
  '',
  '| way in | query | results shown | first result (median) | runs | fetched (gz) | requests | within budget | largest files |',
  '| --- | --- | ---: | ---: | --- | ---: | ---: | --- | --- |',
  ...report.search.map((s) => `| ${s.path} | ${s.query} | ${s.results} | ${s.firstResultMs} ms | ${s.runsMs.join(', ')} | ${kb(s.fetched.gzip)} | ${s.requests} | ${s.fetched.gzip <= BUDGETS.firstSearchBytes && (s.path === 'shared link' || s.firstResultMs <= BUDGETS.firstResultMs) ? 'yes' : '**no**'} | ${s.largest.map((f) => `${f.file} ${kb(f.wire)}`).join(', ')} |`),
  '',
  `Search once the index is loaded (search and the data of 5 results): ${Object.entries(report.searchMs).map(([q, ms]) => `${q} ${ms} ms`).join(', ')}.`,
  '',
  `EPUB: \`${epub.file}\` ${kb(epub.bytes)} (budget ${kb(BUDGETS.epubBytes)}; checked by EPUBCheck in \`npm test\`).`,
  '',
  `Budgets (measure/budgets.ts): essay page ≤ ${kb(BUDGETS.essayPageBytes)} gz, whole essay ≤ ${kb(BUDGETS.wholeEssayBytes)} gz, title page ≤ ${kb(BUDGETS.titlePageBytes)} gz, first search ≤ ${kb(BUDGETS.firstSearchBytes)} gz, first result ≤ ${BUDGETS.firstResultMs} ms, search ≤ ${BUDGETS.searchMs} ms once loaded, Lighthouse ≥ ${BUDGETS.lighthouse} (bench/LIGHTHOUSE.md).`,
  '',
  ...(versus ? [...versusReport(versus.rows, VERSUS_RUNS, versus.starlight), ''] : []),
  ...(offline ? [...offlineReport(offline, BUDGETS), ''] : []),
  '## Scale (synthetic corpora, never published)',
  '',
  '| corpus | sections | glossary entries | pages | build | search index (index + fragments + filters) | one section page (gz) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...scaled.map((s) => `| ${s.factor}× | ${s.sections} | ${s.glossaryEntries} | ${s.pages} | ${(s.buildMs / 1000).toFixed(1)} s | ${kb(s.indexBytes)} | ${kb(s.sectionPageGzip)} |`),
  '',
];
// The written summary (before and after a change, with how each figure was measured) is kept from run to run.
const summary = /<!-- summary -->[\s\S]*<!-- \/summary -->/.exec(readFileSync('bench/REPORT.md', 'utf8'))?.[0];
if (summary) md.splice(2, 0, summary, '');
writeFileSync('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);
writeFileSync('bench/REPORT.md', md.join('\n'));
console.log(md.join('\n'));
