import { expect, test } from '@playwright/test';
import { SECTIONS } from './support/edition';
import { notePlaces, paragraphTexts } from './support/print';

const slug = (path: string) => path.replaceAll('/', '');

test.describe('the whole essay on one page', () => {
  test('holds all six sections in order, with every paragraph anchored by section', async ({ page }) => {
    await page.goto('/essay/');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(SECTIONS.map((s) => (s.heading === 'Afterword' ? s.heading : `Part ${s.heading}`)));
    for (const section of SECTIONS) {
      const ids = await page.locator(`section#${slug(section.path)} p.ed-para`).evaluateAll((ps) => ps.map((p) => p.id));
      expect(ids).toEqual(Array.from({ length: section.paragraphs }, (_, i) => `${slug(section.path)}-p${i + 1}`));
    }
  });

  test('/essay/#v-p9 lands on paragraph 9 of Part V, whose ¶ links to the canonical /v/#p9', async ({ page }) => {
    await page.goto('/v/#p9');
    const text = await page.locator('#p9').innerText();
    await page.goto('/essay/#v-p9');
    const paragraph = page.locator('#v-p9');
    await expect(paragraph).toBeInViewport();
    expect(await paragraph.innerText()).toBe(text);
    const mark = page.locator('section#v').getByRole('link', { name: 'Paragraph 9', exact: true });
    await expect(mark).toHaveAttribute('href', '/v/#p9');
    await mark.click();
    await expect(page).toHaveURL(/\/v\/#p9$/);
    await expect(page.locator('#p9')).toBeInViewport();
  });

  test('every in-page link has its target, and the page points search engines and citers to itself', async ({ page }) => {
    await page.goto('/essay/');
    const missing = await page.locator('a[href^="#"], [aria-describedby]').evaluateAll((elements) =>
      elements.flatMap((element) => {
        const href = element.getAttribute('href');
        const ids = [...(href?.startsWith('#') ? [href.slice(1)] : []), ...(element.getAttribute('aria-describedby')?.split(' ') ?? [])];
        return ids.filter((id) => !document.getElementById(decodeURIComponent(id)));
      }),
    );
    expect(missing).toEqual([]);
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(new Set(ids).size).toBe(ids.length);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/essay\/$/);
    await expect(page.locator('section#v').getByRole('link', { name: /\/v\/$/ })).toHaveAttribute('href', '/v/');
  });

  test('notes and glossary tooltips work as on the section pages', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/essay/');
    const ref = page.locator('a.ed-noteref#v-note-4');
    await ref.scrollIntoViewIfNeeded();
    await ref.click();
    await expect(page.locator('#v-note-4-text')).toBeVisible();
    await expect(page.locator('#v-note-4-text')).toContainText('Serge');
    const term = page.locator('section#v .ed-term').first();
    await term.focus();
    const tip = page.locator('.ed-tip');
    await expect(tip).toBeVisible();
    await expect(term).toHaveAccessibleDescription(/^Editors’ gloss: /);
  });

  test('prints as a clean document: title, date, sections, each note after its paragraph, permalink URLs; no screen machinery', async ({ page }) => {
    await page.goto('/essay/');
    const text = await paragraphTexts(page);
    // A tooltip left open on screen must not print.
    await page.locator('section#v .ed-term').first().focus();
    await expect(page.locator('.ed-tip')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ed-tip')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.ed-essay__date')).toHaveText('January 28, 2017');
    // The text is all there, and no note has crept into a paragraph.
    expect(await paragraphTexts(page)).toEqual(text);
    expect(text).toHaveLength(SECTIONS.reduce((sum, s) => sum + s.paragraphs, 0));
    // Every note of every section prints, in the one text column, right after the paragraph that refers to it.
    const notes = page.locator('.ed-sidenote');
    await expect(notes).toHaveCount(20);
    for (const note of await notes.all()) await expect(note).toBeVisible();
    const misplaced = (await notePlaces(page)).filter((note) => !(note.afterItsBlock && note.beforeTheNextBlock && note.inTheColumn));
    expect(misplaced).toEqual([]);
    const permalinks = await page.locator('.ed-essay__permalink').allInnerTexts();
    expect(permalinks.map((text) => new URL(text.replace('Section permalink: ', '')).pathname)).toEqual(SECTIONS.map((s) => s.path));
    for (const hidden of ['.ed-header', '.ed-sidenote__back', '.ed-para__mark', '.ed-essay__contents', '.ed-progress']) {
      for (const element of await page.locator(hidden).all()) await expect(element).toBeHidden();
    }
    // Glossary terms print as plain text: no underline, the text's own colour.
    const term = page.locator('.ed-term').first();
    await expect(term).toHaveCSS('text-decoration-line', 'none');
    expect(await term.evaluate((el) => getComputedStyle(el).color)).toBe(await page.locator('.ed-para').first().evaluate((el) => getComputedStyle(el).color));
  });
});
