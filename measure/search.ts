// How to measure what a first search costs a reader, on each way into search: the header field of an
// essay page, the /search/ page, and a shared /search/?q= link. Used by the bench (bench/search.ts) and
// the budget tests (e2e/budgets.spec.ts).
import type { Browser, Page } from '@playwright/test';
import { wire } from '../src/offline/precache.ts';

/** The queries the bench times. */
export const SEARCH_QUERIES = ['Kronstadt', 'Lenin', 'socialism in one country'];

/** A reader typing a query key by key: a practised typist's pace (about 80 words a minute). */
export const TYPING_DELAY_MS = 150;

/** The ways a reader reaches a first result. */
export const SEARCH_PATHS = ['essay page', 'search page', 'shared link'] as const;

/** One way into search. */
export type SearchPath = (typeof SEARCH_PATHS)[number];

/** One first query, cold cache: what came from /pagefind/ and when the first result showed. */
export interface SearchRun {
  path: SearchPath;
  query: string;
  results: number;
  /** From the last keystroke (on the essay page, Enter; for a link, navigation) to the first result for the whole query. */
  firstResultMs: number;
  requests: number;
  raw: number;
  gzip: number;
  files: { file: string; wire: number }[];
}

const FIELD = { 'essay page': 'Search the edition', 'search page': 'Search the essay, its notes and the glossary' };

/** Records, in every document, when search results are shown or change, and when a key was last pressed (epoch ms, comparable across pages). */
function watchResults(): void {
  const state = window as unknown as { __resultsAt?: number[]; __lastKeyAt?: number };
  state.__resultsAt = [];
  addEventListener('keydown', () => (state.__lastKeyAt = Date.now()), true);
  const record = () => {
    if (document.querySelector('.ed-result')) state.__resultsAt?.push(Date.now());
  };
  addEventListener('DOMContentLoaded', () => {
    record();
    new MutationObserver(record).observe(document.body, { childList: true, subtree: true });
  });
}

/**
 * Measures one first query on one path, in a fresh browser context (cold cache). On the search page and
 * in the header field of an essay page the reader types it key by key, so what half-typed words fetch is
 * counted too.
 */
export async function measureFirstSearch(browser: Browser, origin: string, path: SearchPath, query: string): Promise<SearchRun> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page: Page = await context.newPage();
  await page.addInitScript(watchResults);
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
    // A reader points at the field and clicks it, then types.
    await field.hover();
    await field.click();
    await field.pressSequentially(query, { delay: TYPING_DELAY_MS });
    if (path === 'essay page') {
      start = Date.now();
      await field.press('Enter');
    } else start = await page.evaluate(() => (window as unknown as { __lastKeyAt: number }).__lastKeyAt);
  }
  // The first time results were shown after `start` (an epoch ms, so never a falsy 0).
  const shown = await page.waitForFunction((after) => (window as unknown as { __resultsAt: number[] }).__resultsAt.find((at) => at >= after), start);
  const firstShown = (await shown.jsonValue()) as number;
  await page.waitForLoadState('networkidle');
  const results = await page.locator('.ed-result').count();
  const fetched = (await Promise.all(bodies)).filter((entry) => entry !== undefined);
  await context.close();
  return {
    path,
    query,
    results,
    firstResultMs: firstShown - start,
    requests: fetched.length,
    raw: fetched.reduce((sum, { body }) => sum + body.length, 0),
    gzip: fetched.reduce((sum, { body }) => sum + wire(body), 0),
    files: fetched.map(({ url, body }) => ({ file: url.replace(/^.*\/pagefind\//, '').replace(/\?.*$/, ''), wire: wire(body) })).sort((a, b) => b.wire - a.wire),
  };
}
