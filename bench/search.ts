// What a first search costs a reader, on each way into search: the header field of an essay page,
// the /search/ page, and a shared /search/?q= link. Used by bench/run.ts; run alone with
// `node bench/search.ts [runs]` (builds nothing: serves the current dist/ with nginx) for medians.
import type { Browser, Page } from '@playwright/test';
import { launchChromium, serveDist } from './browser.ts';
import { wire } from './wire.ts';

/** The queries the bench times. */
export const SEARCH_QUERIES = ['Kronstadt', 'Lenin', 'socialism in one country'];

/** The ways a reader reaches a first result. */
export const SEARCH_PATHS = ['essay page', 'search page', 'shared link'] as const;

/** One way into search. */
export type SearchPath = (typeof SEARCH_PATHS)[number];

/** One first query, cold cache: what came from /pagefind/ and when the first result showed. */
export interface SearchRun {
  path: SearchPath;
  query: string;
  results: number;
  /** From the keystroke that enters the query (or, for a link, from navigation) to the first result on screen. */
  firstResultMs: number;
  requests: number;
  raw: number;
  gzip: number;
  files: { file: string; wire: number }[];
}

const FIELD = { 'essay page': 'Search the edition', 'search page': 'Search the essay, its notes and the glossary' };

/** Records, in every document, when the first search result appears (epoch ms, comparable across pages). */
function watchFirstResult(): void {
  const record = () => {
    if (document.querySelector('.ed-result')) {
      (window as unknown as { __firstResultAt?: number }).__firstResultAt ??= Date.now();
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => record() && observer.disconnect());
  addEventListener('DOMContentLoaded', () => record() || observer.observe(document.body, { childList: true, subtree: true }));
}

/** Measures one first query on one path, in a fresh browser context (cold cache). */
export async function measureFirstSearch(browser: Browser, origin: string, path: SearchPath, query: string): Promise<SearchRun> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page: Page = await context.newPage();
  await page.addInitScript(watchFirstResult);
  // Every body is awaited before anything is summed: a response handler is async. A file the essay
  // page fetched and the search page then reads from the HTTP cache costs nothing the second time.
  const bodies: Promise<{ url: string; body: Buffer } | undefined>[] = [];
  page.on('response', (response) => {
    if (!response.url().includes('/pagefind/')) return;
    bodies.push(
      (async () => {
        const [body, sizes] = await Promise.all([response.body(), response.request().sizes()]);
        return sizes.responseBodySize <= 0 && body.length > 0 ? undefined : { url: response.url(), body };
      })().catch(() => ({ url: response.url(), body: Buffer.alloc(0) })),
    );
  });
  let start: number;
  if (path === 'shared link') {
    start = Date.now();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  } else {
    await page.goto(`${origin}${path === 'essay page' ? '/v/' : '/search/'}`, { waitUntil: 'networkidle' });
    const field = page.getByRole('searchbox', { name: FIELD[path], exact: true });
    // A reader points at the field and clicks it, and takes longer to type a word than the warm-up takes.
    await field.hover();
    await field.click();
    await page.waitForLoadState('networkidle');
    start = await page.evaluate(() => Date.now());
    await field.fill(query);
    if (path === 'essay page') await field.press('Enter');
  }
  await page.locator('.ed-result').first().waitFor();
  const shownAt = await page.evaluate(() => (window as unknown as { __firstResultAt: number }).__firstResultAt);
  await page.waitForLoadState('networkidle');
  const results = await page.locator('.ed-result').count();
  const fetched = (await Promise.all(bodies)).filter((entry) => entry !== undefined);
  await context.close();
  return {
    path,
    query,
    results,
    firstResultMs: shownAt - start,
    requests: fetched.length,
    raw: fetched.reduce((sum, { body }) => sum + body.length, 0),
    gzip: fetched.reduce((sum, { body }) => sum + wire(body), 0),
    files: fetched.map(({ url, body }) => ({ file: url.replace(/^.*\/pagefind\//, '').replace(/\?.*$/, ''), wire: wire(body) })).sort((a, b) => b.wire - a.wire),
  };
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

/** Every path × query, `runs` times each; one row per path and query with the median time. */
export async function measureSearch(browser: Browser, origin: string, runs: number): Promise<(SearchRun & { runsMs: number[] })[]> {
  const rows: (SearchRun & { runsMs: number[] })[] = [];
  for (const path of SEARCH_PATHS) {
    for (const query of SEARCH_QUERIES) {
      const measured: SearchRun[] = [];
      for (let run = 0; run < runs; run++) measured.push(await measureFirstSearch(browser, origin, path, query));
      const runsMs = measured.map((run) => run.firstResultMs);
      rows.push({ ...measured[0], firstResultMs: median(runsMs), runsMs });
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? 5);
  const port = Number(process.env.BENCH_PORT ?? 4398);
  const server = await serveDist(port, 'nginx');
  const browser = await launchChromium();
  try {
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
    for (const row of await measureSearch(browser, server.origin, runs)) {
      console.log(`${row.path.padEnd(12)} ${row.query.padEnd(25)} ${String(row.results).padStart(2)} results  median ${row.firstResultMs} ms [${row.runsMs.join(', ')}]  ${kb(row.gzip)} gz in ${row.requests}: ${row.files.map((f) => `${f.file} ${kb(f.wire)}`).join(', ')}`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}
