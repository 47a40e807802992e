// Lighthouse (mobile and desktop presets) on the title page and the longest section, served as deployed
// (deploy/nginx.conf, or astro preview with E2E_SERVER=preview), in the system Chromium when Playwright has none.
//   npm run test:lighthouse   (in npm test, mobile preset) fails when accessibility, best practices or SEO score below the
//                             budget: facts about the pages. Performance is printed, never a failure there.
//   npm run bench             (with --bench) also holds performance and its metrics (LCP, CLS, TBT) to their
//                             budgets, which vary with the machine's load, and writes bench/LIGHTHOUSE.md.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumPath, CHROMIUM_FLAGS, freePort, serveDist } from '../measure/browser.ts';
import { BUDGETS } from '../measure/budgets.ts';
import { writeFloor } from './floor.ts';
import { median } from './search.ts';

const PATHS = ['/', '/v/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const bench = process.argv.includes('--bench');
/** What fails the run: every category in the bench; in the tests, only what does not depend on the machine's load. */
const GATED: readonly (typeof CATEGORIES)[number][] = bench ? CATEGORIES : ['accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['largest-contentful-paint', 'LCP', BUDGETS.lcpMs],
  ['cumulative-layout-shift', 'CLS', BUDGETS.cls],
  ['total-blocking-time', 'TBT', BUDGETS.tbtMs],
] as const;

const server = await serveDist(await freePort(), process.env.E2E_SERVER === 'preview' ? 'preview' : 'nginx');
const { origin } = server;
const chromePath = chromiumPath();
let chrome: chromeLauncher.LaunchedChrome | undefined;
const rows: string[] = [];
const failures: string[] = [];
/** The bench's LCP of /v/ against its floor: runs of each, alternated, on the mobile preset. */
const FLOOR_PATH = '/v/';
const FLOOR_RUNS = Number(process.env.BENCH_LCP_RUNS ?? 5);
const floor: { section: number[]; floor: number[] } = { section: [], floor: [] };
try {
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_FLAGS],
  });
  // The tests score the mobile preset (the stricter: a phone's viewport and tap targets); the bench both.
  for (const formFactor of bench ? (['mobile', 'desktop'] as const) : (['mobile'] as const)) {
    for (const path of PATHS) {
      // A run that could not measure (no score: Lighthouse's NO_NAVSTART "please run Lighthouse again"
      // on a busy machine) is run again, up to 3 times; a measured score below budget fails at once.
      let result: Awaited<ReturnType<typeof lighthouse>>;
      for (let attempt = 1; ; attempt++) {
        result = await lighthouse(
          `${origin}${path}`,
          // The tests leave out performance: its trace is most of a run's time, and its scores are the bench's.
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...GATED] },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        const unmeasured = GATED.filter((category) => result?.lhr.categories[category]?.score == null);
        if (unmeasured.length === 0 || attempt === 3) break;
        console.error(`${formFactor} ${path}: ${unmeasured.join(', ')} not measured (${result.lhr.runtimeError?.code ?? 'no score'}); running again`);
      }
      const scores = CATEGORIES.map((category) => result.lhr.categories[category]?.score ?? Number.NaN);
      const metrics = METRICS.map(([id]) => result.lhr.audits[id]?.numericValue ?? Number.NaN);
      rows.push(`| ${formFactor} | \`${path}\` | ${scores.map((s) => (Number.isNaN(s) ? '–' : s.toFixed(2))).join(' | ')} | ${metrics.map((value, index) => (Number.isNaN(value) ? '–' : METRICS[index][1] === 'CLS' ? value.toFixed(3) : `${Math.round(value)} ms`)).join(' | ')} |`);
      if (bench) {
        METRICS.forEach(([, name, budget], index) => {
          if (!(metrics[index] <= budget)) failures.push(`${formFactor} ${path} ${name} ${metrics[index]} over its budget of ${budget}`);
        });
      }
      CATEGORIES.forEach((category, index) => {
        if (GATED.includes(category) && !(scores[index] >= BUDGETS.lighthouse)) {
          const failing = Object.values(result.lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && result.lhr.categories[category].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0));
          // A category without a score means Lighthouse could not measure: say why.
          const errors = [result.lhr.runtimeError?.message, ...Object.values(result.lhr.audits).flatMap((audit) => (audit.errorMessage ? [`${audit.id}: ${audit.errorMessage}`] : []))].filter(Boolean);
          failures.push(`${formFactor} ${path} ${category} ${scores[index]}: ${[...failing.map((a) => a.id), ...errors].join(', ')}`);
        }
      });
    }
  }
  if (bench) {
    // Alternated, so that a busy moment on a shared machine falls on both pages.
    const root = writeFloor('dist', FLOOR_PATH);
    const floorServer = await serveDist(await freePort(), 'nginx', root);
    try {
      const lcp = async (url: string) => {
        const result = await lighthouse(url, { port: chrome!.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        return result?.lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN;
      };
      for (let run = 0; run < FLOOR_RUNS; run++) {
        floor.section.push(Math.round(await lcp(`${origin}${FLOOR_PATH}`)));
        floor.floor.push(Math.round(await lcp(`${floorServer.origin}${FLOOR_PATH}`)));
      }
    } finally {
      floorServer.stop();
      rmSync(root, { recursive: true, force: true });
    }
    const share = median(floor.section) / median(floor.floor);
    if (!(share <= BUDGETS.lcpVsFloor)) failures.push(`mobile ${FLOOR_PATH} LCP ${median(floor.section)} ms is ${share.toFixed(2)}× the floor's ${median(floor.floor)} ms, over its budget of ${BUDGETS.lcpVsFloor}×`);
  }
} finally {
  await chrome?.kill();
  server.stop();
}
const table = ['| preset | page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n');
console.log(table);
// The tests leave the working tree as they found it: only the bench writes its report.
if (bench) {
  writeFileSync(
    'bench/LIGHTHOUSE.md',
    `# Lighthouse\n\nMeasured by \`npm run bench\` (Lighthouse 13, ${chromePath}); budgets: ${BUDGETS.lighthouse} in every category, LCP ≤ ${BUDGETS.lcpMs} ms, CLS ≤ ${BUDGETS.cls}, TBT ≤ ${BUDGETS.tbtMs} ms.\n\n${table}\n\n${floorLine()}\n`,
  );
}
/** LCP of the section against its floor, as the bench reports it. */
function floorLine(): string {
  const [ours, theirs] = [median(floor.section), median(floor.floor)];
  return `LCP against the floor (mobile preset, ${FLOOR_RUNS} runs of each, alternated, same server): \`${FLOOR_PATH}\` ${ours} ms (${floor.section.join(', ')}), the hand-made floor page with the same words in two requests (bench/floor.ts) ${theirs} ms (${floor.floor.join(', ')}): ${(ours / theirs).toFixed(2)}× (budget ≤ ${BUDGETS.lcpVsFloor}×).`;
}
if (bench) {
  console.log(floorLine());
  // bench/REPORT.md carries it too, between markers, so a later Lighthouse run can rewrite it alone.
  const report = readFileSync('bench/REPORT.md', 'utf8');
  const section = `<!-- lcp -->\n${floorLine()}\n<!-- /lcp -->`;
  const marked = /<!-- lcp -->[\s\S]*<!-- \/lcp -->/;
  writeFileSync('bench/REPORT.md', marked.test(report) ? report.replace(marked, section) : `${report.trimEnd()}\n\n${section}\n`);
}
const checks = rows.length * GATED.length + (bench ? rows.length * METRICS.length + 1 : 0);
if (failures.length > 0) {
  console.error(`Lighthouse over budget:\n${failures.join('\n')}`);
  console.log(`lighthouse: ${checks - failures.length} checks passed\nlighthouse: ${failures.length} checks failed`);
  process.exit(1);
}
console.log(`lighthouse: ${checks} checks passed\nlighthouse: 0 checks failed`);
