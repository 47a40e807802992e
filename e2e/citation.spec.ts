import { expect, test } from '@playwright/test';
import { SECTIONS } from './support/edition';

test.describe('metadata for reference managers', () => {
  for (const section of SECTIONS) {
    test(`${section.path} carries Highwire, Open Graph and JSON-LD metadata`, async ({ page }) => {
      await page.goto(section.path);
      const meta = (name: string) => page.locator(`meta[name="${name}"]`);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(new RegExp(`${section.path}$`));
      await expect(meta('citation_title')).toHaveAttribute('content', /^This Changed Everything—Twice: (Part [IV]+|Afterword)$/);
      await expect(meta('citation_publication_date')).toHaveAttribute('content', '2017/01/28');
      await expect(meta('citation_fulltext_html_url')).toHaveAttribute('content', canonical as string);
      await expect(meta('citation_language')).toHaveAttribute('content', 'en');
      await expect(meta('citation_author')).toHaveCount(0);
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical as string);
      await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(jsonLd['@type']).toBe('Article');
      expect(jsonLd.headline).toBe('This Changed Everything—Twice');
      expect(jsonLd.author).toBeUndefined();
      expect(jsonLd.hasPart.map((part: { url: string }) => new URL(part.url).pathname)).toEqual(SECTIONS.map((s) => s.path));
    });
  }

  test('sitemap and robots.txt use the configured origin', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    for (const section of SECTIONS) expect(sitemap).toContain(`${section.path}</loc>`);
    expect(sitemap).toContain('/glossary/soviet/</loc>');
    expect(sitemap).not.toContain('/404');
  });
});

test.describe('paragraph permalinks', () => {
  test('a ¶ link shows on focus and is the paragraph’s permalink', async ({ page }) => {
    await page.goto('/v/');
    const mark = page.getByRole('link', { name: 'Paragraph 9', exact: true });
    await expect(mark).toHaveAttribute('href', '#p9');
    await mark.focus();
    await expect(mark).toBeVisible();
    await expect.poll(() => mark.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
  });

  test('landing on /v/#p9 puts the paragraph in view and highlights it', async ({ page }) => {
    await page.goto('/v/#p9');
    const p9 = page.locator('#p9');
    await expect(p9).toBeInViewport();
    expect(await p9.evaluate((p) => getComputedStyle(p).animationName)).toBe('ed-flash');
    const top = await p9.evaluate((p) => p.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
  });

  test('a text fragment link still works (nothing rewrites the URL)', async ({ page }) => {
    await page.goto('/v/#:~:text=Mikhail%20Kalinin');
    await expect(page.locator('#p9')).toBeInViewport();
  });

  test('"Copy link" puts the paragraph’s permalink on the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/v/');
    await page.locator('#p9').hover();
    await page.getByRole('button', { name: 'Copy link to paragraph 9' }).click();
    await expect(page.getByRole('button', { name: 'Copy link to paragraph 9' })).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/v\/#p9$/);
  });

  test('without clipboard permission, the link is selected for the reader to copy', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto('/v/');
    await page.locator('#p9').hover();
    await page.getByRole('button', { name: 'Copy link to paragraph 9' }).click();
    await expect(page.locator('.ed-copy__fallback')).toHaveValue(/\/v\/#p9$/);
  });
});

test.describe('the Cite panel', () => {
  test('cites the section in five formats without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/v/');
    await page.locator('summary', { hasText: 'Cite this section' }).click();
    const panel = page.locator('details.ed-cite');
    for (const heading of ['Chicago', 'MLA', 'APA', 'BibTeX', 'RIS']) await expect(panel.getByRole('heading', { name: new RegExp(`^${heading}`) })).toBeVisible();
    await expect(panel.locator('[data-cite="chicago-short"]')).toHaveText('“This Changed Everything—Twice,” sec. V.');
    await expect(panel.locator('[data-cite="ris"]')).toContainText('TY  - ELEC');
    await context.close();
  });

  test('"Cite" on a paragraph gives its citations with "para. 9"', async ({ page }) => {
    await page.goto('/v/');
    await page.locator('#p9').hover();
    await page.getByRole('button', { name: 'Cite paragraph 9' }).click();
    const panel = page.locator('details.ed-cite');
    await expect(panel).toHaveAttribute('open', '');
    await expect(panel.locator('[data-cite="chicago-short"]')).toHaveText('“This Changed Everything—Twice,” para. 9.');
    await expect(panel.locator('[data-cite="mla-short"]')).toHaveText('(“This Changed Everything—Twice,” para. 9)');
    await expect(panel.locator('[data-cite="apa-short"]')).toHaveText('(This Changed Everything—Twice, 2017, para. 9)');
    await expect(panel.locator('[data-cite="bibtex"]')).toContainText('note = {Part V, para. 9}');
    await expect(panel.locator('[data-cite="ris"]')).toContainText('N1  - Part V, para. 9');
    await panel.getByRole('combobox').selectOption('');
    await expect(panel.locator('[data-cite="chicago-short"]')).toHaveText('“This Changed Everything—Twice,” sec. V.');
  });
});
