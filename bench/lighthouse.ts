// npm run test:lighthouse — Lighthouse (mobile and desktop presets) on the title page and the longest
// section, served as deployed (deploy/nginx.conf, or astro preview with E2E_SERVER=preview), in the
// system Chromium when Playwright has none. Fails when any category scores below the budget.
import { existsSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { BUDGETS } from './budgets.ts';

const PATHS = ['/', '/v/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const port = 4396;
const origin = `http://127.0.0.1:${port}`;

const server =
  process.env.E2E_SERVER === 'preview'
    ? spawn('node_modules/.bin/astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' })
    : spawn('node', ['scripts/serve-nginx.mjs', '--port', String(port)], { stdio: 'ignore' });
const chromePath = existsSync(chromium.executablePath()) ? chromium.executablePath() : '/usr/bin/chromium';
let chrome: chromeLauncher.LaunchedChrome | undefined;
const rows: string[] = [];
const failures: string[] = [];
try {
  for (let i = 0; i < 100 && !(await fetch(`${origin}/`).then((r) => r.ok).catch(() => false)); i++) await new Promise((r) => setTimeout(r, 200));
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  for (const formFactor of ['mobile', 'desktop'] as const) {
    for (const path of PATHS) {
      const result = await lighthouse(
        `${origin}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const scores = CATEGORIES.map((category) => result.lhr.categories[category]?.score ?? 0);
      rows.push(`| ${formFactor} | \`${path}\` | ${scores.map((s) => s.toFixed(2)).join(' | ')} |`);
      CATEGORIES.forEach((category, index) => {
        if (scores[index] < BUDGETS.lighthouse) {
          const failing = Object.values(result.lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && result.lhr.categories[category].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0));
          failures.push(`${formFactor} ${path} ${category} ${scores[index]}: ${failing.map((a) => a.id).join(', ')}`);
        }
      });
    }
  }
} finally {
  await chrome?.kill();
  server.kill();
}
const table = ['| preset | page | performance | accessibility | best practices | SEO |', '| --- | --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
console.log(table);
writeFileSync('bench/LIGHTHOUSE.md', `# Lighthouse\n\nMeasured by \`npm run test:lighthouse\` (Lighthouse 13, ${chromePath}); budget ${BUDGETS.lighthouse} in every category.\n\n${table}\n`);
if (failures.length > 0) {
  console.error(`Lighthouse below ${BUDGETS.lighthouse}:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`${rows.length * CATEGORIES.length} passed, 0 failed`);
