import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BUDGETS } from '../measure/budgets';
import { buildWithChange, CHANGE, deploy, firstVisit, logMark, revisions, savedCopies, saveEdition, servedCopy, servedSince, sum, updateReader, updateSaved, versionOf, workerSettled } from '../measure/offline';
import { precacheFor, saveSizeText } from '../src/offline/precache';
import { axeViolations } from './support/axe';

// These tests want the service worker (blocked for the other specs, see playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

// Tests that count what the server sent serve their own copy of dist/ with nginx, logging every response.
const PORT = Number(process.env.E2E_PORT ?? 4399) + 20;

/** Axe's violations in the offer, every rule. */
const offerViolations = (page: Page) => axeViolations(page, { include: '[data-offline]' });

/** The pages of the built edition (every HTML file the saved copy holds). */
const PAGES = [...revisions('dist').keys()].filter((url) => url.endsWith('/') || url.endsWith('.html'));

test('a first visit to /v/ fetches the page and the worker, nothing else, and keeps the page for reading offline', async ({ browser }) => {
  const server = await servedCopy(PORT);
  try {
    const { page: alone, withWorker } = await firstVisit(browser, server.origin, '/v/', server.log);
    // The same files as the page alone, plus the worker itself: no other page, no search index.
    expect(withWorker.map((response) => response.path).sort()).toEqual([...alone.map((response) => response.path), '/sw.js'].sort());
    expect(sum(withWorker)).toBeLessThanOrEqual(sum(alone) * (1 + BUDGETS.workerFirstVisitShare));

    // What the reader opened reads offline (the worker copied it from the HTTP cache: the first visit above
    // waited for that and fetched nothing more); what they did not, does not.
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/v/`);
    await workerSettled(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('V');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.ed-header') as Element).fontFamily)).not.toMatch(/^"?Times/);
    expect(await savedCopies(page)).toEqual({});
    await expect(page.goto(`${server.origin}/iii/`)).rejects.toThrow();
    await context.close();
  } finally {
    server.close();
  }
});

test('the offer saves the whole edition on request: every page then opens offline; the choice is remembered and can be undone', async ({ page, context }) => {
  test.setTimeout(300_000);
  // The title page tells the size (the whole edition's, from the built files) and leads to the offer on About.
  const size = `${saveSizeText(precacheFor('dist'))} (compressed)`;
  await page.goto('/');
  const link = page.getByRole('link', { name: 'Reading offline' });
  await expect(link.locator('..')).toContainText(size);
  await link.click();
  const offer = page.locator('[data-offline]');
  await expect(offer).toBeInViewport();
  await expect(offer).toContainText(size);
  const save = offer.getByRole('button', { name: 'Save the edition for reading offline' });
  await expect(save).toHaveAccessibleDescription(/every page and the search on this device/);
  expect(await savedCopies(page)).toEqual({});
  expect(await offerViolations(page)).toEqual([]);

  // By keyboard: focus the button and press Enter; progress and the outcome are announced in the status region.
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(offer.getByRole('status')).toContainText(/Saving|Saved/);
  await expect(offer.getByRole('status')).toHaveText('Saved: the edition reads offline on this device.', { timeout: 120_000 });
  await expect(offer.getByRole('button')).toHaveText('Remove the offline copy');
  expect(Object.values(await savedCopies(page))).toEqual([true]);
  expect(await offerViolations(page)).toEqual([]);

  // Remembered: after a reload the offer says the edition is saved.
  await page.reload();
  await expect(offer.getByRole('button')).toHaveText('Remove the offline copy');

  // Offline, every page of the edition opens with its heading: all of them.
  await context.setOffline(true);
  expect(PAGES.length).toBeGreaterThan(80);
  for (const path of PAGES) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  }
  // Styled, not bare HTML: the stylesheet came from the saved copy too.
  await page.goto('/iii/');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.ed-header') as Element).fontFamily)).not.toMatch(/^"?Times/);
  // A note opens offline (the page's script came from the saved copy).
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/v/');
  await page.locator('a.ed-noteref#note-4').click();
  await expect(page.locator('#note-4-text')).toBeVisible();
  // Search: Pagefind's script, WebAssembly and index all come from the saved copy.
  await page.goto('/search/?q=kronstadt');
  const first = page.locator('.ed-result').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  await first.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A page that does not exist gets the edition's own "not found" page, not the browser's error.
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Removing the copy: announced, gone from the browser, and a page not opened online no longer reads offline.
  await page.goto('/about/');
  await page.locator('[data-offline]').getByRole('button', { name: 'Remove the offline copy' }).click();
  await expect(page.locator('[data-offline]').getByRole('status')).toHaveText('The offline copy is removed.');
  expect(await savedCopies(page)).toEqual({});
  await expect(page.goto('/timeline/')).rejects.toThrow();
});

test('without JavaScript the offer says saving needs it, and shows no button that would do nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/about/');
  const offer = page.locator('[data-offline]');
  await expect(offer.getByText('Saving the edition for reading offline needs JavaScript, which is off in this browser.')).toBeVisible();
  await expect(offer.getByRole('button')).toBeHidden();
  await expect(offer.getByText('every page and the search on this device')).toBeHidden();
  await expect(page.getByRole('link', { name: /EPUB/ })).toBeVisible();
  await context.close();
});

test.describe('a new build with one paragraph changed', () => {
  // One build of the edition: slow on a loaded machine.
  test.setTimeout(600_000);

  test('a reader who saved the edition fetches only the changed files, the worker and its list; a reader who did not, only the worker', async ({ browser }) => {
    const next = buildWithChange();
    const server = await servedCopy(PORT + 1);
    try {
      const before = revisions(server.site);
      const changed = [...revisions(next)].filter(([url, revision]) => before.get(url) !== revision).map(([url]) => url);
      // A release's worth: the changed section, the pages that name the edition's version (sections, their
      // citation pages, the title page, About, Changes, the one-page essay) and search files; never the
      // glossary. (If a glossary entry changed, dist/ was built with another SITE_URL than http://localhost:4321.)
      expect(changed).toContain(CHANGE.page);
      expect(changed).not.toContain('/glossary/cheka/');
      expect(changed.length).toBeLessThan(before.size / 4);

      const saver = await (await browser.newContext({ serviceWorkers: 'allow' })).newPage();
      await saver.goto(`${server.origin}/about/`);
      await workerSettled(saver);
      await saveEdition(saver);
      const reader = await (await browser.newContext({ serviceWorkers: 'allow' })).newPage();
      await reader.goto(`${server.origin}/v/`);
      await workerSettled(reader);

      deploy(next, server.site);
      let mark = logMark(server.log);
      await updateSaved(saver, versionOf(next));
      const fetched = servedSince(server.log, mark).map((response) => response.path);
      expect(fetched.sort()).toEqual([...changed, '/sw.js', '/offline.json'].sort());

      mark = logMark(server.log);
      await updateReader(reader);
      expect(servedSince(server.log, mark).map((response) => response.path)).toEqual(['/sw.js']);
      // Online, the kept page is never served stale: the reader sees the new build at once.
      await reader.reload();
      await expect(reader.locator('#p1')).toContainText(CHANGE.to);

      // Offline, the saved copy is the new build: the changed page new, the others copied from before.
      await saver.context().setOffline(true);
      await saver.goto(`${server.origin}${CHANGE.page}`);
      await expect(saver.locator('#p1')).toContainText(CHANGE.to);
      await saver.goto(`${server.origin}/iii/`);
      await expect(saver.getByRole('heading', { level: 1 })).toContainText('III');
      await saver.context().close();
      await reader.context().close();
    } finally {
      server.close();
      rmSync(join(next, '..'), { recursive: true, force: true });
    }
  });
});
