import { expect, test } from '@playwright/test';
import { highlighted, selectWords, stored, storeDirectly } from './support/annotations';

const WORDS = 'harmed no one';

test.describe("a reader's own annotations", () => {
  test('selecting words offers Highlight, Note and Cite; a highlight is kept in this browser and drawn again after a reload, the text untouched', async ({ page }) => {
    await page.goto('/v/');
    const before = await page.locator('#p9').evaluate((p) => p.innerHTML);
    await selectWords(page, 'p9', WORDS);
    const bar = page.getByRole('group', { name: 'Your annotations' });
    await expect(bar.getByRole('button', { name: 'Highlight' })).toBeVisible();
    await expect(bar.getByRole('button', { name: 'Note' })).toBeVisible();
    await expect(bar.getByRole('link', { name: 'Cite paragraph 9' })).toBeVisible();
    await expect(bar).toContainText('Your annotations stay in this browser.');
    await bar.getByRole('button', { name: 'Highlight' }).click();
    await expect.poll(() => highlighted(page)).toEqual([WORDS]);
    const [annotation] = await stored(page);
    expect(annotation.target.source).toBe('http://localhost:4321/v/#p9');
    expect(annotation.target.selector[0].exact).toBe(WORDS);
    // The author's words are as they were: the highlight is painted, not written into the paragraph.
    expect(await page.locator('#p9').evaluate((p) => p.innerHTML)).toBe(before);

    await page.reload();
    await expect.poll(() => highlighted(page)).toEqual([WORDS]);
  });

  test('a note is written in place, stands in the margin as "Your note", is edited and deleted', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/v/');
    await selectWords(page, 'p9', WORDS);
    await page.getByRole('group', { name: 'Your annotations' }).getByRole('button', { name: 'Note' }).click();
    const field = page.getByRole('textbox', { name: `Your note on “${WORDS}”` });
    await expect(field).toBeFocused();
    await field.fill('Compare Avrich, ch. 4.');
    await page.getByRole('button', { name: `Save your note on “${WORDS}”` }).click();
    const note = page.getByRole('complementary', { name: 'Your note' });
    await expect(note).toContainText('Your note');
    await expect(note).toContainText('Compare Avrich, ch. 4.');
    await page.reload();
    await expect(note).toContainText('Compare Avrich, ch. 4.');
    await note.getByRole('button', { name: `Edit your note on “${WORDS}”` }).click();
    await page.getByRole('textbox', { name: `Your note on “${WORDS}”` }).fill('Avrich, 1970.');
    await page.getByRole('button', { name: `Save your note on “${WORDS}”` }).click();
    await expect(note).toContainText('Avrich, 1970.');
    expect((await stored(page))[0].body?.value).toBe('Avrich, 1970.');
    await note.getByRole('button', { name: `Delete your note on “${WORDS}”` }).click();
    await expect(note).toHaveCount(0);
    await expect.poll(() => stored(page)).toEqual([]);
    await expect.poll(() => highlighted(page)).toEqual([]);
  });

  test('an annotation made on an earlier wording of the paragraph finds its words again; one whose words are gone is shown as orphaned, never dropped', async ({ page }) => {
    await page.goto('/v/');
    const old = (id: string, exact: string, prefix: string, start: number, note: string) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id,
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      body: { type: 'TextualBody', value: note, format: 'text/plain', purpose: 'commenting' },
      target: { source: 'http://localhost:4321/v/#p9', selector: [{ type: 'TextQuoteSelector', exact, prefix, suffix: ' and the rebellion' }, { type: 'TextPositionSelector', start, end: start + exact.length }] },
    });
    // Made when the paragraph began with other words: the recorded position no longer holds the quote.
    await storeDirectly(page, [old('urn:uuid:moved', WORDS, 'prisoner, they ', 3, 'moved'), old('urn:uuid:gone', 'no prisoners at all', 'took ', 40, 'gone')], '/v/');
    await page.reload();
    await expect.poll(() => highlighted(page)).toEqual([WORDS]);
    const orphan = page.getByRole('complementary', { name: 'Your annotation, whose words are no longer in this paragraph' });
    await expect(orphan).toContainText('no prisoners at all');
    await expect(orphan).toContainText('gone');
    expect((await stored(page)).map((a) => a.id).sort()).toEqual(['urn:uuid:gone', 'urn:uuid:moved']);
  });
});
