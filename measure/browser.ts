import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

/** Flags for Debian's Chromium: without the background-networking ones it keeps trying hosts a closed network refuses. */
export const CHROMIUM_FLAGS = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Playwright's own Chromium when installed, otherwise Debian's (as in playwright.config.ts). */
export function chromiumPath(): string {
  return existsSync(chromium.executablePath()) ? chromium.executablePath() : '/usr/bin/chromium';
}

/** Launches that Chromium through Playwright. */
export function launchChromium(): Promise<Browser> {
  return existsSync(chromium.executablePath()) ? chromium.launch() : chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/**
 * Serves a built site (dist/, or `root`) until `stop()` is called: with `astro preview`, or with the
 * shipped nginx config (scripts/serve-nginx.mjs) when `server` is 'nginx', which can log every
 * response's path and bytes to `log`. Resolves once the site answers.
 */
/** A TCP port no one is listening on now, chosen by the system: two runs on one machine never share a server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

export async function serveDist(port: number, server: 'preview' | 'nginx' = 'preview', root = 'dist', log?: string): Promise<{ origin: string; stop: () => void }> {
  const child: ChildProcess =
    server === 'nginx'
      ? spawn('node', ['scripts/serve-nginx.mjs', '--port', String(port), '--root', root, ...(log ? ['--log', log] : [])], { stdio: 'ignore' })
      : spawn('node_modules/.bin/astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', env: { ...process.env, EDITION_OUT: root } });
  const origin = `http://127.0.0.1:${port}`;
  // A server that exits at once (its port taken) must not pass for ready because another one answers there.
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let i = 0; i < 150 && !exited; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => child.kill() };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`${server} did not start serving ${root}/ on ${origin}${exited ? ' (it exited: is the port in use?)' : ''}`);
}
