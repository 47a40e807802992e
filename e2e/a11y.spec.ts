import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('every page in the sitemap passes axe (WCAG 2.2 A/AA)', async ({ page, request }) => {
      test.setTimeout(240_000);
      const sitemap = await (await request.get('/sitemap-0.xml')).text();
      const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
      expect(paths.length).toBeGreaterThan(80);
      for (const path of [...paths, '/search/', '/no-such-page/']) {
        await page.goto(path);
        expect(await violations(page), path).toEqual([]);
      }
    });

    test('search with results and a glossary tooltip open pass axe', async ({ page }) => {
      await page.goto('/search/?q=kronstadt');
      await expect(page.locator('.ed-result').first()).toBeVisible();
      expect(await violations(page), 'search').toEqual([]);
      await page.goto('/v/');
      await page.locator('#p5 a.ed-term[data-term="cheka"]').focus();
      await expect(page.locator('.ed-tip')).toBeVisible();
      expect(await violations(page), 'tooltip').toEqual([]);
    });

    test('a section with a note opened on a phone passes axe', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/v/');
      await page.locator('#note-4').click();
      await expect(page.locator('#note-4-text')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('the keyboard reaches the skip link first, then the text’s note references in order', async ({ page }) => {
  await page.goto('/v/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the text' })).toBeFocused();
  await page.keyboard.press('Enter');
  const expected = (await page.locator('a.ed-noteref').evaluateAll((refs) => refs.map((ref) => ref.id))).slice(0, 3);
  const order: string[] = [];
  for (let i = 0; i < 300 && order.length < 3; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => (document.activeElement?.classList.contains('ed-noteref') ? document.activeElement.id : ''));
    if (id) order.push(id);
  }
  expect(order).toEqual(expected);
});

test('“Skip to the text” skips the header and the table of contents', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/iii/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({ inNav: Boolean(document.activeElement?.closest('nav')), inMain: Boolean(document.activeElement?.closest('main')) }));
  expect(focused).toEqual({ inNav: false, inMain: true });
});

test.describe('sepia theme', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('edition-theme', 'sepia'));
  });

  test('every kind of page passes axe in sepia, with a tooltip and a note open', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of ['/', '/iii/', '/essay/', '/timeline/', '/notes/', '/about/', '/glossary/', '/glossary/cheka/', '/search/']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
      expect(await violations(page), path).toEqual([]);
    }
    await page.goto('/v/');
    await page.locator('#p5 a.ed-term[data-term="cheka"]').focus();
    await expect(page.locator('.ed-tip')).toBeVisible();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.locator('#note-4').click();
    expect(await violations(page), '/v/ with a tooltip and a note open').toEqual([]);
  });
});
