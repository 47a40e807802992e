import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS } from './measure/browser.ts';

// Playwright's own Chromium when it is installed; otherwise Debian's (/usr/bin/chromium).
const ownChromium = existsSync(chromium.executablePath());
const port = Number(process.env.E2E_PORT ?? 4399);
// The suite runs against the shipped nginx config (deploy/nginx.conf) unless told to use astro preview.
const server = process.env.E2E_SERVER === 'preview' ? 'preview' : 'nginx';

export default defineConfig({
  testDir: 'e2e',
  // Header and compression checks describe the nginx deployment; astro preview does not set them.
  testIgnore: server === 'preview' ? ['**/serving.spec.ts'] : [],
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Set for a busy machine: with the whole suite on two workers and load averages of 20–25 on 2 cores, the
  // longest test without a timeout of its own took 35 s and every step waited on came within 15 s.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Both cores, on a laptop as in CI; E2E_WORKERS=1 to watch one test at a time.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The service worker saves the whole edition after each first visit; only offline.spec.ts wants that.
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: ownChromium
      ? {}
      : {
          executablePath: '/usr/bin/chromium',
          args: CHROMIUM_FLAGS,
        },
  },
  // The suite reads the built site: `npm test` builds it first, once, for every spec.
  // nginx: the suite starts once scripts/serve-nginx.mjs has seen `/` answer 200 and says so; it exits at
  // once, saying why, when it cannot serve dist/ (a URL check would take a 403 for "up").
  webServer:
    server === 'nginx'
      ? { command: `node scripts/serve-nginx.mjs --port ${port}`, wait: { stdout: /^serving /m }, timeout: 60_000 }
      : { command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: !process.env.CI, timeout: 60_000 },
});
