import { expect, test, type Page } from '@playwright/test';
import { BUDGETS, offlineSaveBytes, wire } from '../measure/budgets';
import { measureFirstSearch, SEARCH_PATHS, SEARCH_QUERIES } from '../measure/search';
import { SECTIONS } from './support/edition';

/** Loads a page with a cold cache and returns what it fetched, as a gzip-serving host sends it. */
async function coldLoad(page: Page, path: string) {
  // Every body is awaited before counting: a sum taken while handlers still run could only undercount.
  const pending: Promise<{ url: string; bytes: number } | undefined>[] = [];
  page.on('response', (response) => {
    pending.push(response.body().then((body) => ({ url: response.url(), bytes: wire(body) }), () => undefined));
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  return (await Promise.all(pending)).filter((fetched) => fetched !== undefined);
}

test.describe('page weight budgets (measure/budgets.ts)', () => {
  for (const section of SECTIONS) {
    test(`${section.path} costs at most ${BUDGETS.essayPageBytes / 1024} kB gzip on a cold load, all from this origin`, async ({ page, baseURL }) => {
      const fetched = await coldLoad(page, section.path);
      const total = fetched.reduce((sum, f) => sum + f.bytes, 0);
      expect(total, fetched.map((f) => `${f.url} ${f.bytes}`).join('\n')).toBeLessThanOrEqual(BUDGETS.essayPageBytes);
      expect(fetched.filter((f) => !f.url.startsWith(baseURL as string))).toEqual([]);
    });
  }

  for (const section of SECTIONS) {
    test(`${section.path} waits for at most ${BUDGETS.requestsBeforePaint} requests before its first paint: the HTML and one stylesheet`, async ({ page }) => {
      await page.goto(section.path, { waitUntil: 'networkidle' });
      // Chromium marks what held the first paint back (Resource Timing, renderBlockingStatus).
      const blocking = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
          .map((entry) => ({ url: entry.name, type: (entry as PerformanceResourceTiming).initiatorType })),
      );
      expect(1 + blocking.length, JSON.stringify(blocking)).toBeLessThanOrEqual(BUDGETS.requestsBeforePaint);
      expect(blocking.every((entry) => entry.type === 'link' && /\.css$/.test(new URL(entry.url).pathname)), JSON.stringify(blocking)).toBe(true);
    });
  }

  test(`the whole essay on one page costs at most ${BUDGETS.wholeEssayBytes / 1024} kB gzip`, async ({ page, baseURL }) => {
    const fetched = await coldLoad(page, '/essay/');
    expect(fetched.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThanOrEqual(BUDGETS.wholeEssayBytes);
    expect(fetched.filter((f) => !f.url.startsWith(baseURL as string))).toEqual([]);
  });

  test(`the whole edition saved for offline reading (on request) costs at most ${BUDGETS.offlineSaveBytes / 1024} kB gzip`, () => {
    expect(offlineSaveBytes('dist')).toBeLessThanOrEqual(BUDGETS.offlineSaveBytes);
  });

  test(`the title page costs at most ${BUDGETS.titlePageBytes / 1024} kB gzip`, async ({ page, baseURL }) => {
    const fetched = await coldLoad(page, '/');
    expect(fetched.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThanOrEqual(BUDGETS.titlePageBytes);
    expect(fetched.filter((f) => !f.url.startsWith(baseURL as string))).toEqual([]);
  });

  // The query whose words fall in the most index chunks, on every way in; `npm run bench` types every query of SEARCH_QUERIES.
  for (const path of SEARCH_PATHS) {
    for (const query of SEARCH_QUERIES.slice(-1)) {
      test(`a first search for "${query}" from the ${path} fetches at most ${BUDGETS.firstSearchBytes / 1024} kB gzip`, async ({ browser, baseURL }) => {
        const run = await measureFirstSearch(browser, baseURL as string, path, query);
        expect(run.results).toBeGreaterThan(0);
        expect(run.gzip, run.files.map((f) => `${f.file} ${f.wire}`).join('\n')).toBeLessThanOrEqual(BUDGETS.firstSearchBytes);
      });
    }
  }
});
