import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveDist } from '../bench/browser';
import { precacheFor, serviceWorkerSource } from '../src/offline/precache';

// These tests want the service worker (blocked for the other specs, see playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page: it activates only once the whole edition is saved. */
async function savedForOffline(page: Page): Promise<string[]> {
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
  return page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('edition-')));
}

test('after one visit the whole edition reads offline: sections, notes, glossary, timeline, the one-page essay and search', async ({ page, context }) => {
  await page.goto('/v/');
  expect(await savedForOffline(page)).toHaveLength(1);
  await context.setOffline(true);
  for (const [path, heading] of [['/iii/', 'III'], ['/essay/', 'This Changed Everything—Twice'], ['/timeline/', 'Timeline'], ['/glossary/cheka/', 'Cheka'], ['/notes/', 'Notes']] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toContainText(heading);
  }
  // Styled, not bare HTML: the stylesheet came from the cache too.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.ed-header') as Element).fontFamily)).not.toMatch(/^"?Times/);
  // A note opens offline (the page's script came from the cache).
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/v/');
  await page.locator('a.ed-noteref#note-4').click();
  await expect(page.locator('#note-4-text')).toBeVisible();
  // Search: Pagefind's script, WebAssembly and index all come from the cache.
  await page.goto('/search/?q=kronstadt');
  const first = page.locator('.ed-result').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  await first.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A page that does not exist gets the edition's own "not found" page, not the browser's error.
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test.describe('a new build', () => {
  let site: string;
  let server: Awaited<ReturnType<typeof serveDist>>;

  test.beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'edition-deploy-'));
    cpSync('dist', site, { recursive: true });
    chmodSync(site, 0o755); // nginx's workers read it as another user
    server = await serveDist(4411, process.env.E2E_SERVER === 'preview' ? 'preview' : 'nginx', site);
  });

  test.afterAll(() => {
    server?.stop();
    rmSync(site, { recursive: true, force: true });
  });

  test('replaces the saved edition: readers see the new page online at once, and offline once it is saved', async ({ page, context }) => {
    await page.goto(`${server.origin}/about/`);
    const [before] = await savedForOffline(page);
    // Deploy a new build: one page changes, and the build writes a new service worker (as the integration does).
    const about = join(site, 'about', 'index.html');
    writeFileSync(about, readFileSync(about, 'utf8').replace('</h1>', ' (second printing)</h1>'));
    const template = readFileSync('src/offline/service-worker.js', 'utf8');
    writeFileSync(join(site, 'sw.js'), serviceWorkerSource(template, precacheFor(site)).source);

    // Online, the page is never served stale from the saved copy…
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(second printing)');
    // …and the new worker saves the new build and deletes the old one.
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('edition-'))), { timeout: 30_000 }).toEqual([expect.not.stringMatching(before)]);
    const [after] = await page.evaluate(async () => caches.keys());
    expect(after).not.toBe(before);

    await context.setOffline(true);
    await page.goto(`${server.origin}/about/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(second printing)');
    await page.goto(`${server.origin}/v/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('V');
  });
});
