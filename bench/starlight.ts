// Search against Astro Starlight, in one run, on one machine, in one browser: the same six sections made
// plain Markdown and built with Starlight's defaults (its Pagefind UI in a dialog behind the header's
// Search button), served by the same nginx config as the edition, and the same queries typed into both,
// at a reader's pace and in a burst. Used by bench/run.ts; `node bench/starlight.ts [runs]` measures and
// rewrites that section of bench/REPORT.md alone (on the current dist/).
// The Starlight site (bench/starlight/) has its own package.json and lockfile; only this script installs
// it (`npm ci --prefix bench/starlight`) and writes its pages, from content/essay/, at bench time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { readSectionFiles } from '../src/edition/section-files.ts';
import { freePort, serveDist } from '../measure/browser.ts';
import { SEARCH_QUERIES, TYPING_DELAY_MS } from '../measure/search.ts';
import { median } from './search.ts';

const SITE = 'bench/starlight';

/** A section's MDX as plain Markdown: the frontmatter, note references and HTML tags go, every word stays. */
export function plainSection(mdx: string): string {
  return mdx
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(/<NoteRef\b[^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The section's title as the edition prints it ("Part V", "Afterword"). */
const titleOf = (heading: string) => (/^[IVX]+$/.test(heading) ? `Part ${heading}` : heading);

/** Writes the Starlight site's pages from content/essay/ (same URLs: /i/ … /v/, /afterword/), installs it and builds it into bench/starlight/dist/. */
export function buildStarlight(): { buildMs: number; version: string } {
  const docs = join(SITE, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const sections = readSectionFiles();
  for (const section of sections) {
    writeFileSync(join(docs, `${section.slug}.md`), `---\ntitle: ${JSON.stringify(titleOf(section.heading))}\n---\n\n${plainSection(section.text)}\n`);
  }
  writeFileSync(join(docs, 'index.md'), `---\ntitle: Contents\n---\n\n${sections.map((section) => `- [${titleOf(section.heading)}](/${section.slug}/)`).join('\n')}\n`);
  // Node 24 from the root's node_modules/.bin, as every npm script here (Astro 7 needs Node ≥ 22.12).
  const env = { ...process.env, PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync('npm', ['ci', '--prefix', SITE, '--no-audit', '--no-fund'], { stdio: 'ignore', env });
  rmSync(join(SITE, 'dist'), { recursive: true, force: true });
  const start = performance.now();
  execFileSync(resolve(SITE, 'node_modules/.bin/astro'), ['build'], { cwd: SITE, stdio: 'ignore', env });
  const version = (JSON.parse(readFileSync(join(SITE, 'node_modules/@astrojs/starlight/package.json'), 'utf8')) as { version: string }).version;
  return { buildMs: Math.round(performance.now() - start), version };
}

/** How a reader reaches a first result on one of the two sites. */
interface Way {
  site: 'edition' | 'Starlight';
  name: string;
  /** The page the reader starts on. */
  start: string;
  /** A result shown, and the element saying what it is for (a result counts once that names the whole query). */
  result: string;
  status: string;
}

const WAYS: Way[] = [
  { site: 'edition', name: 'essay page (header field, Enter)', start: '/v/', result: '.ed-result', status: '[data-search-status]' },
  { site: 'edition', name: 'search page', start: '/search/', result: '.ed-result', status: '[data-search-status]' },
  { site: 'Starlight', name: 'section page (Search dialog)', start: '/v/', result: '.pagefind-ui__result-link', status: '.pagefind-ui__message' },
];

/** Typing at a reader's pace, and a burst (every key at once). */
export const PACES = { paced: TYPING_DELAY_MS, burst: 0 } as const;

/** Records when a key was last pressed and when a result for the whole query is first on screen (epoch ms). */
function watch(way: { result: string; status: string }): void {
  const state = window as unknown as { __lastKeyAt?: number; __shownAt?: number; __query?: string };
  addEventListener('keydown', () => (state.__lastKeyAt = Date.now()), true);
  const check = () => {
    const query = state.__query;
    if (!query || state.__shownAt) return;
    const status = document.querySelector(way.status)?.textContent ?? '';
    if (document.querySelector(way.result) && status.toLowerCase().includes(query.toLowerCase())) state.__shownAt = Date.now();
  };
  addEventListener('DOMContentLoaded', () => new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true }));
  // After the essay page's Enter the results page is a new document: the query comes in its URL.
  const fromUrl = new URLSearchParams(location.search).get('q');
  if (fromUrl) state.__query = fromUrl;
}

/** One first query on one way in, cold cache, in a fresh context. */
interface Run {
  ms: number;
  /** Search's bytes as sent (gzip level 6, from the server), and requests. */
  bytes: number;
  requests: number;
  files: { file: string; bytes: number }[];
}

/**
 * A response that a first query cost: Pagefind's files (/pagefind/), any script that drives it (its body
 * names Pagefind: Starlight's lazily imported Pagefind UI, the edition's search page script), and on the
 * essay page everything after Enter (the results page). Counted only when it came over the network.
 */
async function searchCost(page: Page, after: () => boolean): Promise<Promise<{ url: string; bytes: number } | undefined>[]> {
  const pending: Promise<{ url: string; bytes: number } | undefined>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    const afterEnter = after();
    pending.push(
      (async () => {
        const [body, sizes] = await Promise.all([response.body(), response.request().sizes()]);
        if (sizes.responseBodySize <= 0 && body.length > 0) return undefined; // from the HTTP cache
        const type = response.headers()['content-type'] ?? '';
        const drivesSearch = /javascript/.test(type) && body.includes('pagefind');
        if (!url.includes('/pagefind/') && !drivesSearch && !afterEnter) return undefined;
        return { url, bytes: sizes.responseBodySize };
      })().catch(() => undefined),
    );
  });
  return pending;
}

async function firstQuery(browser: Browser, origin: string, way: Way | 'shared link', query: string, delay: number): Promise<Run> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const watched = way === 'shared link' ? WAYS[1] : way;
  await page.addInitScript(watch, { result: watched.result, status: watched.status });
  let entered = false;
  const pending = await searchCost(page, () => entered);
  let start: number;
  if (way === 'shared link') {
    entered = true;
    start = Date.now();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  } else {
    await page.goto(`${origin}${way.start}`, { waitUntil: 'networkidle' });
    await page.evaluate((q) => ((window as unknown as { __query: string }).__query = q), query);
    let field;
    if (way.site === 'Starlight') {
      await page.getByRole('button', { name: 'Search' }).first().click();
      field = page.locator('#starlight__search input');
    } else {
      field = page.getByRole('searchbox', { name: way.start === '/v/' ? 'Search the edition' : 'Search the essay, its notes and the glossary', exact: true });
      await field.hover();
      await field.click();
    }
    await field.pressSequentially(query, { delay });
    if (way.site === 'edition' && way.start === '/v/') {
      entered = true;
      start = Date.now();
      await field.press('Enter');
    } else start = await page.evaluate(() => (window as unknown as { __lastKeyAt: number }).__lastKeyAt);
  }
  const shown = await page.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt, undefined, { timeout: 30_000 });
  const shownAt = (await shown.jsonValue()) as number;
  await page.waitForLoadState('networkidle');
  const fetched = (await Promise.all(pending)).filter((entry) => entry !== undefined);
  await context.close();
  return {
    ms: shownAt - start,
    bytes: fetched.reduce((sum, entry) => sum + entry.bytes, 0),
    requests: fetched.length,
    files: fetched.map(({ url, bytes }) => ({ file: new URL(url).pathname, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}

/** One row of the comparison: a way in, a pace, a query, the median of its runs. */
export interface VersusRow {
  site: string;
  way: string;
  pace: keyof typeof PACES;
  query: string;
  ms: number;
  runsMs: number[];
  bytes: number;
  requests: number;
  largest: { file: string; bytes: number }[];
}

/**
 * Every way in × pace × query, `runs` times each, the two sites' runs interleaved (edition, Starlight,
 * edition…) so that a busy moment on a shared machine falls on both; then the shared link, on the edition.
 */
export async function compareSearch(browser: Browser, edition: string, starlight: string, runs: number): Promise<VersusRow[]> {
  const rows: VersusRow[] = [];
  for (const [pace, delay] of Object.entries(PACES) as [keyof typeof PACES, number][]) {
    for (const query of SEARCH_QUERIES) {
      const measured = new Map<Way, Run[]>(WAYS.map((way) => [way, []]));
      for (let run = 0; run < runs; run++) {
        for (const way of WAYS) measured.get(way)?.push(await firstQuery(browser, way.site === 'edition' ? edition : starlight, way, query, delay));
      }
      for (const [way, done] of measured) {
        const runsMs = done.map((r) => r.ms);
        rows.push({ site: way.site, way: way.name, pace, query, ms: median(runsMs), runsMs, bytes: median(done.map((r) => r.bytes)), requests: done[0].requests, largest: done[0].files.slice(0, 3) });
      }
    }
  }
  for (const query of SEARCH_QUERIES) {
    const done: Run[] = [];
    for (let run = 0; run < runs; run++) done.push(await firstQuery(browser, edition, 'shared link', query, 0));
    const runsMs = done.map((r) => r.ms);
    rows.push({ site: 'edition', way: 'shared link /search/?q=', pace: 'burst', query, ms: median(runsMs), runsMs, bytes: median(done.map((r) => r.bytes)), requests: done[0].requests, largest: done[0].files.slice(0, 3) });
  }
  return rows;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ratio = (ours: number, theirs: number) => (ours / theirs).toFixed(2);

/** Goals: the edition's first result in at most half Starlight's time, for at most 0.6 of its bytes. */
export const VERSUS_GOALS = { time: 0.5, bytes: 0.6 } as const;

/** The report's comparison section (bench/REPORT.md), between markers so `node bench/starlight.ts` can rewrite it alone. */
export function versusReport(rows: VersusRow[], runs: number, starlight: { version: string; buildMs: number }): string[] {
  const theirs = (pace: string, query: string) => rows.find((row) => row.site === 'Starlight' && row.pace === pace && row.query === query);
  const ours = rows.filter((row) => row.site === 'edition' && !row.way.startsWith('shared'));
  const linked = rows.filter((row) => row.way.startsWith('shared'));
  const verdict = (value: number, goal: number) => (value <= goal ? 'yes' : '**no**');
  return [
    '<!-- starlight -->',
    '## Search against Astro Starlight',
    '',
    `Astro Starlight ${starlight.version} with its defaults (the Pagefind UI in the header's Search dialog), built from the same six sections made plain (content/essay/*.mdx without note references or HTML tags; built in ${(starlight.buildMs / 1000).toFixed(1)} s), served by the same nginx config (deploy/nginx.conf, gzip level 6) as the edition, in the same Chromium, in one run. Each first query is cold (a fresh context), typed at ${PACES.paced} ms a key ("paced") or with no pause between keys ("burst"), the two sites' runs interleaved; median of ${runs} runs. Time: from the last key (on the edition's essay page, Enter, which opens the results page) to the first result on screen under a status naming the whole query. Bytes: as sent by the server, for Pagefind's files, the script that drives them (Starlight's Pagefind UI, loaded when the page is idle; the edition's search script) and, from the essay page, the results page. Goals: ≤ ${VERSUS_GOALS.time}× Starlight's time, ≤ ${VERSUS_GOALS.bytes}× its bytes.`,
    '',
    '| way in (edition) | pace | query | edition | Starlight | time ratio | edition bytes | Starlight bytes | bytes ratio | goals met |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...ours.map((row) => {
      const them = theirs(row.pace, row.query);
      if (!them) return `| ${row.way} | ${row.pace} | ${row.query} | ${row.ms} ms | – | – | ${kB(row.bytes)} | – | – | – |`;
      const time = row.ms / them.ms;
      const bytes = row.bytes / them.bytes;
      return `| ${row.way} | ${row.pace} | ${row.query} | ${row.ms} ms (${row.runsMs.join(', ')}) | ${them.ms} ms (${them.runsMs.join(', ')}) | ${ratio(row.ms, them.ms)} | ${kB(row.bytes)} | ${kB(them.bytes)} | ${ratio(row.bytes, them.bytes)} | time ${verdict(time, VERSUS_GOALS.time)}, bytes ${verdict(bytes, VERSUS_GOALS.bytes)} |`;
    }),
    '',
    `A shared link (\`/search/?q=…\`, the edition only: Starlight's search has no address), timed from navigation, so loading the page is included; set beside Starlight's paced first result, which excludes its page load: ${linked.map((row) => `${row.query} ${row.ms} ms (${row.runsMs.join(', ')}; ×${ratio(row.ms, theirs('paced', row.query)?.ms ?? Number.NaN)}), ${kB(row.bytes)} (×${ratio(row.bytes, theirs('paced', row.query)?.bytes ?? Number.NaN)})`).join('; ')}.`,
    '',
    `Largest files of a first query, Starlight: ${(rows.find((row) => row.site === 'Starlight')?.largest ?? []).map((f) => `${f.file} ${kB(f.bytes)}`).join(', ')}; the edition's search page: ${(rows.find((row) => row.way === 'search page')?.largest ?? []).map((f) => `${f.file} ${kB(f.bytes)}`).join(', ')}.`,
    '<!-- /starlight -->',
  ];
}

// `node bench/starlight.ts [runs]`: builds the Starlight site, compares search on the current dist/, and
// rewrites only that section of bench/REPORT.md and the `starlight` figures of bench/report.json.
if (import.meta.main) {
  const { launchChromium } = await import('../measure/browser.ts');
  const runs = Number(process.argv[2] ?? 3);
  const built = buildStarlight();
  const ours = await serveDist(await freePort(), 'nginx');
  const theirs = await serveDist(await freePort(), 'nginx', join(SITE, 'dist'));
  const browser = await launchChromium();
  try {
    const rows = await compareSearch(browser, ours.origin, theirs.origin, runs);
    const section = versusReport(rows, runs, built).join('\n');
    const report = readFileSync('bench/REPORT.md', 'utf8');
    const marked = /<!-- starlight -->[\s\S]*<!-- \/starlight -->/;
    writeFileSync('bench/REPORT.md', marked.test(report) ? report.replace(marked, section) : report.replace('<!-- offline -->', `${section}\n\n<!-- offline -->`));
    const json = JSON.parse(readFileSync('bench/report.json', 'utf8')) as Record<string, unknown>;
    writeFileSync('bench/report.json', `${JSON.stringify({ ...json, starlight: { ...built, runs, rows } }, null, 2)}\n`);
    console.log(section);
  } finally {
    await browser.close();
    ours.stop();
    theirs.stop();
  }
}
