// What the service worker costs a reader, counted at the server: a first visit with the worker on,
// saving the edition, and the update after a one-paragraph change (how each is counted: measure/offline.ts).
// Used by `npm run bench`; `node bench/offline.ts` measures and rewrites that section of the report alone.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { buildWithChange, CHANGE, deploy, firstVisit, logMark, revisions, saveEdition, type Served, servedCopy, servedSince, sum, updateReader, updateSaved, versionOf, workerSettled } from '../measure/offline.ts';

/** What the bench reports about offline reading. */
export interface OfflineFigures {
  /** The whole edition as saved: files, bytes uncompressed and on the wire (gzip level 9, from the files). */
  save: { files: number; raw: number; gzip: number };
  /** First visit to /v/, at the server: the page alone (worker blocked) and with the worker on. */
  firstVisit: { path: string; page: { requests: number; bytes: number }; withWorker: { requests: number; bytes: number } };
  /** Saving the edition from About, at the server (the About page's own load excluded). */
  saved: { requests: number; bytes: number };
  /** A new build with one paragraph changed: files whose revision changed, and what each kind of reader's worker fetched. */
  update: { change: string; changedFiles: string[]; savedReader: { requests: number; bytes: number; paths: string[] }; otherReader: { requests: number; bytes: number; paths: string[] } };
}

/** Measures first visit, save and update on a copy of dist/ served by nginx with the shipped config on `port`. */
export async function measureOffline(browser: Browser, port: number, save: OfflineFigures['save']): Promise<OfflineFigures> {
  const next = buildWithChange();
  const server = await servedCopy(port);
  const { site, log } = server;
  try {
    const first = await firstVisit(browser, server.origin, '/v/', log);
    // Two readers of the current build: one saves the edition, one only reads /v/.
    const saver = await (await browser.newContext({ serviceWorkers: 'allow' })).newPage();
    await saver.goto(`${server.origin}/about/`);
    await workerSettled(saver);
    let mark = logMark(log);
    await saveEdition(saver);
    const saved = servedSince(log, mark);
    const reader = await (await browser.newContext({ serviceWorkers: 'allow' })).newPage();
    await reader.goto(`${server.origin}/v/`);
    await workerSettled(reader);

    deploy(next, site);
    const before = revisions('dist');
    const changedFiles = [...revisions(next)].filter(([url, revision]) => before.get(url) !== revision).map(([url]) => url);
    mark = logMark(log);
    await updateSaved(saver, versionOf(next));
    const savedReader = servedSince(log, mark);
    mark = logMark(log);
    await updateReader(reader);
    const otherReader = servedSince(log, mark);
    const summary = (served: Served[]) => ({ requests: served.length, bytes: sum(served), paths: served.map((response) => response.path) });
    return {
      save,
      firstVisit: { path: '/v/', page: { requests: first.page.length, bytes: sum(first.page) }, withWorker: { requests: first.withWorker.length, bytes: sum(first.withWorker) } },
      saved: { requests: saved.length, bytes: sum(saved) },
      update: { change: `${CHANGE.page} ¶ 1: "${CHANGE.from}" → "${CHANGE.to}"`, changedFiles, savedReader: summary(savedReader), otherReader: summary(otherReader) },
    };
  } finally {
    server.close();
    rmSync(join(next, '..'), { recursive: true, force: true });
  }
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The report's offline section (bench/REPORT.md), between markers so `node bench/offline.ts` can rewrite it alone. */
export function offlineReport(figures: OfflineFigures, budgets: { offlineSaveBytes: number; workerFirstVisitShare: number; offlineUpdateBytes: number }): string[] {
  const { firstVisit: first, update } = figures;
  const share = first.withWorker.bytes / first.page.bytes - 1;
  return [
    '<!-- offline -->',
    '## Offline reading',
    '',
    `Counted at the server (nginx with deploy/nginx.conf logging every response's body as sent, gzip level 6), on a copy of dist/; the update is a second build with one comma added (${update.change}), deployed over it.`,
    '',
    '| a reader… | requests | bytes | budget |',
    '| --- | ---: | ---: | --- |',
    `| opens \`${first.path}\` for the first time, worker blocked (the page alone) | ${first.page.requests} | ${kB(first.page.bytes)} | |`,
    `| opens \`${first.path}\` for the first time, worker on | ${first.withWorker.requests} | ${kB(first.withWorker.bytes)} (+${(share * 100).toFixed(1)} %) | ≤ +${budgets.workerFirstVisitShare * 100} % ${share <= budgets.workerFirstVisitShare ? 'yes' : '**no**'} |`,
    `| saves the edition (the offer on About accepted) | ${figures.saved.requests} | ${kB(figures.saved.bytes)} | |`,
    `| who saved it, on the new build | ${update.savedReader.requests} | ${kB(update.savedReader.bytes)} | ≤ ${kB(budgets.offlineUpdateBytes)} ${update.savedReader.bytes <= budgets.offlineUpdateBytes ? 'yes' : '**no**'} |`,
    `| who did not, on the new build | ${update.otherReader.requests} | ${kB(update.otherReader.bytes)} | |`,
    '',
    `The saved edition: ${figures.save.files} files, ${kB(figures.save.raw)} raw, ${kB(figures.save.gzip)} gz from the files (zlib level 9; budget ${kB(budgets.offlineSaveBytes)}), the size the offer prints. The new build changed ${update.changedFiles.length} of them (${update.changedFiles.map((url) => `\`${url}\``).join(', ')}); a reader who saved the edition fetched ${update.savedReader.paths.map((path) => `\`${path}\``).join(', ')}; one who did not, ${update.otherReader.paths.map((path) => `\`${path}\``).join(', ') || 'nothing'}.`,
    '<!-- /offline -->',
  ];
}

// `node bench/offline.ts`: measures offline reading on the current dist/ and rewrites only the offline
// section of bench/REPORT.md and the `offline` figures of bench/report.json.
if (import.meta.main) {
  const { freePort, launchChromium } = await import('../measure/browser.ts');
  const { BUDGETS } = await import('../measure/budgets.ts');
  const { precacheFor } = await import('../src/offline/precache.ts');
  const precache = precacheFor('dist');
  const browser = await launchChromium();
  const figures = await measureOffline(browser, await freePort(), { files: precache.entries.length, raw: precache.raw, gzip: precache.gzip }).finally(() => browser.close());
  const section = offlineReport(figures, BUDGETS).join('\n');
  const report = readFileSync('bench/REPORT.md', 'utf8');
  if (!/<!-- offline -->[\s\S]*<!-- \/offline -->/.test(report)) throw new Error('bench/REPORT.md has no offline section: run `npm run bench` once.');
  writeFileSync('bench/REPORT.md', report.replace(/<!-- offline -->[\s\S]*<!-- \/offline -->/, section));
  const json = JSON.parse(readFileSync('bench/report.json', 'utf8')) as Record<string, unknown>;
  writeFileSync('bench/report.json', `${JSON.stringify({ ...json, offline: figures }, null, 2)}\n`);
  console.log(section);
}
