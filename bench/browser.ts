import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';

/** Playwright's own Chromium when installed, otherwise Debian's (as in playwright.config.ts). */
export function launchChromium(): Promise<Browser> {
  return existsSync(chromium.executablePath())
    ? chromium.launch()
    : chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
}

/** Serves dist/ with `astro preview` on a free-standing port until `stop()` is called. */
export async function serveDist(port: number): Promise<{ origin: string; stop: () => void }> {
  const server: ChildProcess = spawn('node_modules/.bin/astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => server.kill() };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`astro preview did not start on ${origin}`);
}
