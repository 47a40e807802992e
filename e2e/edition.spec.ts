import { expect, test } from '@playwright/test';
import { PAGES, SECTIONS, SectionPage, WIDTHS } from './support/edition';

test.describe('section pages', () => {
  for (const section of SECTIONS) {
    test(`${section.path} shows its heading and ${section.paragraphs} numbered paragraphs`, async ({ page }) => {
      await page.goto(section.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.heading === 'Afterword' ? 'Afterword' : `Part ${section.heading}`);
      const ids = await page.locator('.ed-prose > p').evaluateAll((ps) => ps.map((p) => p.id));
      expect(ids).toEqual(Array.from({ length: section.paragraphs }, (_, i) => `p${i + 1}`));
      await expect(page).toHaveTitle(new RegExp(`${section.heading === 'Afterword' ? 'Afterword' : `Part ${section.heading}`} · This Changed Everything—Twice`));
    });
  }

  test('previous and next links walk the essay in order', async ({ page }) => {
    await page.goto('/i/');
    for (const section of SECTIONS.slice(1)) {
      await page.getByRole('link', { name: /^Next/ }).click();
      await expect(page).toHaveURL(new RegExp(`${section.path}$`));
    }
    await expect(page.getByRole('link', { name: /^Next/ })).toHaveCount(0);
    await page.getByRole('link', { name: /^Previous/ }).click();
    await expect(page).toHaveURL(/\/v\/$/);
  });

  test('a paragraph permalink lands on its paragraph', async ({ page }) => {
    await page.goto('/v/#p10');
    await expect(page.locator('#p10')).toBeInViewport();
    await expect(page.locator('#p10')).toContainText('Interestingly, Serge');
  });

  test('the boxed material of III is a figure with a quotation and says the poster is missing', async ({ page }) => {
    await page.goto('/iii/');
    const figure = page.locator('figure#figure-1');
    await expect(figure.locator('blockquote')).toContainText('I went back to Petrograd');
    await expect(figure.locator('figcaption').last()).toHaveText(/John Reed, Ten Days That Shook The World/);
    await expect(figure).toContainText('Image not available');
    await expect(figure.locator('img')).toHaveCount(0);
  });
});

test.describe('title page, about, 404', () => {
  test('the title page lists the six sections with editorial summaries', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This Changed Everything—Twice');
    await expect(page.locator('time[datetime="2017-01-28"]')).toHaveText('January 28, 2017');
    const contents = page.getByRole('region', { name: 'Contents' });
    await expect(contents.getByRole('link')).toHaveText(['Part I', 'Part II', 'Part III', 'Part IV', 'Part V', 'Afterword']);
    await expect(contents.getByText('Summaries are the editors’, not the author’s.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'About this edition' }).first()).toHaveAttribute('href', '/about/');
    await expect(page.getByRole('link', { name: 'All notes' })).toHaveAttribute('href', '/notes/');
  });

  test('the About page lists every emendation with its source reading', async ({ page }) => {
    await page.goto('/about/');
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(4);
    for (const [source, reading] of [
      ['spendid', 'splendid'],
      ['competed with each over', 'competed with each other'],
      ['La lute', 'La lutte'],
    ]) {
      await expect(page.getByRole('row', { name: new RegExp(`${source} ${reading}`) })).toBeVisible();
    }
  });

  test('an unknown address gets a real 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-section/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Go to the contents' })).toBeVisible();
  });

});

test.describe('responsive layout', () => {
  for (const width of WIDTHS) {
    test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const reader = new SectionPage(page);
      for (const path of PAGES) {
        await reader.open(path);
        expect(await reader.overflowsHorizontally(), path).toBe(false);
      }
    });
  }

  test('the text keeps a readable measure on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 2560, height: 1200 });
    await page.goto('/v/');
    const charsPerLine = await page.locator('#p1').evaluate((p) => {
      const width = p.getBoundingClientRect().width;
      const size = parseFloat(getComputedStyle(p).fontSize);
      return width / (size * 0.5);
    });
    expect(charsPerLine).toBeGreaterThan(55);
    expect(charsPerLine).toBeLessThan(85);
  });
});

test('the text is all there with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/v/');
  await expect(page.locator('.ed-prose > p')).toHaveCount(19);
  await expect(page.locator('#p19')).toContainText('the centrality of democracy');
  await context.close();
});
