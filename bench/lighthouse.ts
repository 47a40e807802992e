// npm run test:lighthouse — Lighthouse (mobile and desktop presets) on the title page and the longest
// section, served as deployed (deploy/nginx.conf, or astro preview with E2E_SERVER=preview), in the
// system Chromium when Playwright has none. Fails when any category scores below the budget.
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumPath, CHROMIUM_FLAGS, serveDist } from './browser.ts';
import { BUDGETS } from './budgets.ts';

const PATHS = ['/', '/v/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serveDist(4396, process.env.E2E_SERVER === 'preview' ? 'preview' : 'nginx');
const { origin } = server;
const chromePath = chromiumPath();
let chrome: chromeLauncher.LaunchedChrome | undefined;
const rows: string[] = [];
const failures: string[] = [];
try {
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_FLAGS],
  });
  for (const formFactor of ['mobile', 'desktop'] as const) {
    for (const path of PATHS) {
      // A run that could not measure (no score: Lighthouse's NO_NAVSTART "please run Lighthouse again"
      // on a busy machine) is run again, up to 3 times; a measured score below budget fails at once.
      let result: Awaited<ReturnType<typeof lighthouse>>;
      for (let attempt = 1; ; attempt++) {
        result = await lighthouse(
          `${origin}${path}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        const unmeasured = CATEGORIES.filter((category) => result?.lhr.categories[category]?.score == null);
        if (unmeasured.length === 0 || attempt === 3) break;
        console.error(`${formFactor} ${path}: ${unmeasured.join(', ')} not measured (${result.lhr.runtimeError?.code ?? 'no score'}); running again`);
      }
      const scores = CATEGORIES.map((category) => result.lhr.categories[category]?.score ?? 0);
      rows.push(`| ${formFactor} | \`${path}\` | ${scores.map((s) => s.toFixed(2)).join(' | ')} |`);
      CATEGORIES.forEach((category, index) => {
        if (scores[index] < BUDGETS.lighthouse) {
          const failing = Object.values(result.lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && result.lhr.categories[category].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0));
          // A category without a score means Lighthouse could not measure: say why.
          const errors = [result.lhr.runtimeError?.message, ...Object.values(result.lhr.audits).flatMap((audit) => (audit.errorMessage ? [`${audit.id}: ${audit.errorMessage}`] : []))].filter(Boolean);
          failures.push(`${formFactor} ${path} ${category} ${scores[index]}: ${[...failing.map((a) => a.id), ...errors].join(', ')}`);
        }
      });
    }
  }
} finally {
  await chrome?.kill();
  server.stop();
}
const table = ['| preset | page | performance | accessibility | best practices | SEO |', '| --- | --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
console.log(table);
writeFileSync('bench/LIGHTHOUSE.md', `# Lighthouse\n\nMeasured by \`npm run test:lighthouse\` (Lighthouse 13, ${chromePath}); budget ${BUDGETS.lighthouse} in every category.\n\n${table}\n`);
if (failures.length > 0) {
  console.error(`Lighthouse below ${BUDGETS.lighthouse}:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`${rows.length * CATEGORIES.length} passed, 0 failed`);
