// What a first search costs a reader, on each way into search (how it is measured: measure/search.ts).
// Used by bench/run.ts; run alone with `node bench/search.ts [runs]` (builds nothing: serves the
// current dist/ with nginx) for medians.
import type { Browser } from '@playwright/test';
import { freePort, launchChromium, serveDist } from '../measure/browser.ts';
import { measureFirstSearch, SEARCH_PATHS, SEARCH_QUERIES, type SearchRun } from '../measure/search.ts';

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
  const server = await serveDist(process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort(), 'nginx');
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
