// Screenshots of the built site at the widths readers use, light and dark, for looking at the
// design as a reader would (not a test). Usage: npm run build && npm run screenshots [-- /v/ /]
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/v/', '/iii/', '/notes/', '/about/'];
const widths = [360, 768, 1440, 2560];
const port = 4398;
const out = 'screenshots';
mkdirSync(out, { recursive: true });

const server = spawn('node_modules/.bin/astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
try {
  await waitFor(`http://127.0.0.1:${port}/`);
  const own = existsSync(chromium.executablePath());
  const browser = await chromium.launch(own ? {} : { executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const tab = await context.newPage();
      for (const path of paths) {
        await tab.goto(`http://127.0.0.1:${port}${path}`);
        const name = `${out}/${path.replace(/[/#]/g, "_")}-${width}-${scheme}.png`;
        await tab.screenshot({ path: name, fullPage: false });
        console.log(name);
      }
      await context.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${url} did not start`);
}
