import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser as FirefoxBrowser } from 'puppeteer-core';
import { gapDeviations, marginFaults, measureMargin, offsets, type MarginReport } from './support/margin';
import { SECTIONS } from './support/edition';

/**
 * Wide screens: every note stands on its reference's line (or just below the note above it), never
 * over another note, the text or what follows the essay, and the paragraphs keep even gaps. Measured
 * on every section and the one-page essay at three widths, in Chromium (Playwright) and in Firefox
 * (Debian's firefox-esr through puppeteer-core over WebDriver BiDi, against the same served build),
 * with one page load per page and width and one evaluation of the same measuring function.
 */

const PAGES = [...SECTIONS.map((section) => section.path), '/essay/'];
const WIDTHS = [1280, 1440, 1920];
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The check every page gets, with the offsets and gap deviations in the message when it fails. */
function expectMarginRight(report: MarginReport, where: string) {
  expect(marginFaults(report), `${where}: note → offset from its reference's line (px): ${offsets(report) || 'no notes'}; paragraph gaps off: ${gapDeviations(report).join(', ') || 'none'}`).toEqual([]);
}

for (const width of WIDTHS) {
  test.describe(`Chromium at ${width} px: margin notes on their references' lines`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of PAGES) {
      test(`${path}`, async ({ page }) => {
        await page.goto(path);
        expectMarginRight(await page.evaluate(measureMargin), `${path} at ${width} px`);
      });
    }
  });
}

/** One Firefox for each test worker, with no service worker (it would save the whole edition during the test). */
const withFirefox = test.extend<object, { firefox: FirefoxBrowser }>({
  firefox: [
    async ({}, use) => {
      if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: run \`node scripts/setup.mjs --browser\` (installs Debian's firefox-esr as root), or set FIREFOX_PATH.`);
      const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: { 'dom.serviceWorkers.enabled': false } });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

for (const width of WIDTHS) {
  withFirefox.describe(`Firefox at ${width} px: margin notes on their references' lines`, () => {
    for (const path of PAGES) {
      withFirefox(`${path}`, async ({ firefox, baseURL }) => {
        const page = await firefox.newPage();
        try {
          await page.setViewport({ width, height: 900 });
          await page.goto(new URL(path, baseURL).href, { waitUntil: 'load' });
          expectMarginRight(await page.evaluate(measureMargin), `${path} at ${width} px in Firefox`);
        } finally {
          await page.close();
        }
      });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ viewport: { width: 1440, height: 900 }, javaScriptEnabled: false });

  test('the margin is laid out by CSS alone: /v/ at 1440 px', async ({ page }) => {
    await page.goto('/v/');
    // The page's scripts did not run: they add the paragraph tools.
    await expect(page.locator('.ed-para__tools')).toHaveCount(0);
    expectMarginRight(await page.evaluate(measureMargin), '/v/ at 1440 px without JavaScript');
  });
});
