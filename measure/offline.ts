// How to count what the service worker costs a reader, at the server (nginx's log of every response it
// sent, body bytes as sent, gzip level 6): a served copy of dist/, a first visit with the worker on,
// saving the edition, a build with one paragraph changed and the update to it. Used by the bench
// (bench/offline.ts) and the browser tests (e2e/offline.spec.ts).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { DEFAULT_ORIGIN } from '../src/site-origin.ts';
import { serveDist } from './browser.ts';

/** One response the server sent. */
export interface Served {
  path: string;
  status: number;
  /** Body bytes as sent (compressed where the server compresses). */
  bytes: number;
}

/** The server's log so far, in bytes: pass it to `servedSince` to read what came after. */
export const logMark = (log: string) => (existsSync(log) ? statSync(log).size : 0);

/** The responses logged since `mark` (scripts/serve-nginx.mjs --log: "path status bytes" per line). */
export function servedSince(log: string, mark: number): Served[] {
  if (!existsSync(log)) return [];
  return readFileSync(log)
    .subarray(mark)
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [uri = '', status, bytes] = line.split(' ');
      return { path: decodeURI(uri.replace(/\?.*$/, '')), status: Number(status), bytes: Number(bytes) };
    });
}

export const sum = (served: Served[]) => served.reduce((total, response) => total + response.bytes, 0);

/** Polls the page (10 times a second, up to two minutes) until `ready` holds there; a state, not a time, ends the wait. */
async function until(page: Page, ready: () => Promise<boolean>, what: string): Promise<void> {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await page.waitForTimeout(100)) {
    if (await page.evaluate(ready)) return;
  }
  throw new Error(`${page.url()}: ${what} did not happen within two minutes`);
}

/** Resolves once the page's service worker is active and has kept the page itself: where a first visit ends. */
export async function workerSettled(page: Page): Promise<void> {
  await until(
    page,
    async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state === 'activated' && Boolean(await caches.match(location.pathname, { cacheName: 'edition-kept' }));
    },
    'the worker keeping the page',
  );
}

/** A first visit to `path`, cold: what the server sent for the page alone (worker blocked), and with the worker on. */
export async function firstVisit(browser: Browser, origin: string, path: string, log: string): Promise<{ page: Served[]; withWorker: Served[] }> {
  const visit = async (serviceWorkers: 'block' | 'allow') => {
    const context = await browser.newContext({ serviceWorkers });
    const page = await context.newPage();
    const mark = logMark(log);
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    if (serviceWorkers === 'allow') await workerSettled(page);
    // Closed first: every request the page started has ended, and nginx has logged it.
    await context.close();
    return servedSince(log, mark);
  };
  return { page: await visit('block'), withWorker: await visit('allow') };
}

/** The saved copies of the edition in the page's browser: cache name → complete (its list is stored). Looked up by name: opening a copy the worker has just deleted would create it again. */
export function savedCopies(page: Page): Promise<Record<string, boolean>> {
  return page.evaluate(async () => {
    const copies: Record<string, boolean> = {};
    for (const key of await caches.keys()) if (key.startsWith('edition-saved-')) copies[key] = Boolean(await caches.match('/offline.json', { cacheName: key }));
    return copies;
  });
}

/** The reader accepts the offer on the page (About or the title page) and waits until it says the edition is saved. */
export async function saveEdition(page: Page): Promise<void> {
  const offer = page.locator('[data-offline]');
  await offer.getByRole('button', { name: 'Save the edition for reading offline' }).click();
  await offer.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 120_000 });
}

/** The paragraph the update measurements change (Part V, ¶ 1), and how: one comma, as a proofreader would. */
export const CHANGE = { file: 'essay/v.mdx', at: 'v#p1', from: 'How do we who today', to: 'How do we, who today', page: '/v/' } as const;

/**
 * Builds the edition with one paragraph changed (CHANGE) into a new folder (EDITION_CONTENT,
 * EDITION_OUT) and returns it; the origin is the one `npm test` builds with, so every other file
 * matches dist/ unless the change touches it.
 */
export function buildWithChange(): string {
  const work = mkdtempSync(join(tmpdir(), 'edition-changed-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const file = join(content, CHANGE.file);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(CHANGE.from)) throw new Error(`${CHANGE.file} no longer contains "${CHANGE.from}": choose another words to change in measure/offline.ts (CHANGE).`);
  writeFileSync(file, text.replace(CHANGE.from, CHANGE.to));
  // As an editor would: the change is a new release, listed above the current one (the build checks this),
  // so every page that names the edition's version changes with it.
  const releases = join(content, 'releases.yaml');
  const listed = readFileSync(releases, 'utf8');
  const current = /^- version: "(\d+)\.(\d+)"\n  date: (\S+)$/m.exec(listed);
  if (!current) throw new Error('content/releases.yaml: no release found to list the change above (measure/offline.ts).');
  const release = `- version: "${current[1]}.${Number(current[2]) + 1}"\n  date: ${current[3]}\n  summary: One comma.\n  changes:\n    - kind: text\n      at: [${CHANGE.at}]\n      description: A comma after “How do we”.\n      old: ${CHANGE.from}\n      new: ${CHANGE.to}\n`;
  writeFileSync(releases, listed.replace(current[0], `${release}${current[0]}`));
  const out = join(work, 'dist');
  // The Node that runs this (Astro needs a newer one than some systems have on PATH).
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore', env: { ...process.env, SITE_URL: process.env.SITE_URL || DEFAULT_ORIGIN, EDITION_CONTENT: content, EDITION_OUT: out } });
  return out;
}

/** A built site's offline list: URL → revision (a hashed name is its own revision). */
export function revisions(dist: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(dist, 'offline.json'), 'utf8')) as { files: [string, number, string?][] };
  return new Map(manifest.files.map(([url, , revision]) => [url, revision ?? url]));
}

/** The version of a built site's worker (its saved copy is `edition-saved-<version>`). */
export const versionOf = (dist: string): string => (JSON.parse(readFileSync(join(dist, 'offline.json'), 'utf8')) as { version: string }).version;

/** Replaces a deployed site's files with another build's, as a deploy of the whole of dist/ does. */
export function deploy(build: string, site: string): void {
  for (const entry of readdirSync(site)) rmSync(join(site, entry), { recursive: true, force: true });
  cpSync(build, site, { recursive: true });
}

/** A copy of dist/ served by nginx (deploy/nginx.conf) with a log of every response, for one measurement. */
export async function servedCopy(port: number): Promise<{ origin: string; site: string; log: string; close: () => void }> {
  const work = mkdtempSync(join(tmpdir(), 'edition-offline-'));
  const site = join(work, 'site');
  cpSync('dist', site, { recursive: true });
  const log = join(work, 'requests.log');
  const server = await serveDist(port, 'nginx', site, log);
  return {
    origin: server.origin,
    site,
    log,
    close() {
      server.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** A reader who did not save the edition gets a new build: resolves once the new worker controls the page. */
export function updateReader(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
        void navigator.serviceWorker.getRegistration().then((registration) => registration?.update());
      }),
  );
}

/**
 * A reader who saved the edition gets a new build: the page asks its worker to look for an update
 * (as a navigation would), and this waits until the new build's copy is complete and the old one gone.
 */
export async function updateSaved(page: Page, version: string): Promise<void> {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await page.waitForTimeout(100)) {
    const copies = await savedCopies(page);
    if (copies[`edition-saved-${version}`] && Object.keys(copies).length === 1) return;
  }
  throw new Error(`the saved copy was not brought up to ${version} within 2 minutes: ${JSON.stringify(await savedCopies(page))}`);
}
