import { expect, test } from '@playwright/test';
import { SectionPage } from './support/edition';
import { notePlaces, paragraphTexts } from './support/print';
import { gluedTokens, type MarkedWord } from '../test/helpers/note-marks.ts';

const AUTHOR_NOTES = [
  { mark: '1', path: '/i/', restored: true, text: 'Leninism Under Lenin' },
  { mark: '2', path: '/iii/', restored: false, text: 'Albania and Yugoslavia' },
  { mark: '3', path: '/v/', restored: true, text: 'Memoirs of a Revolutionary' },
  { mark: '4', path: '/v/', restored: false, text: 'Serge, Memoirs, 119.' },
  { mark: '5', path: '/v/', restored: false, text: 'stalinisme' },
  { mark: '6', path: '/v/', restored: true, text: 'Serge, Memoirs, 128-29.' },
  { mark: '7', path: '/afterword/', restored: true, text: 'The Bureaucratic Revolution' },
];

test.describe('wide screens: notes in the margin', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('note 4 sits in the margin beside its reference without any interaction', async ({ page }) => {
    const reader = await new SectionPage(page).open('/v/');
    const note = reader.note('4');
    await reader.paragraph(6).scrollIntoViewIfNeeded();
    await expect(note).toBeVisible();
    await expect(note).toBeInViewport();
    const [noteBox, textBox, refBox] = await Promise.all([note.boundingBox(), reader.paragraph(6).boundingBox(), reader.noteRef('4').boundingBox()]);
    if (!noteBox || !textBox || !refBox) throw new Error('missing boxes');
    expect(noteBox.x).toBeGreaterThanOrEqual(textBox.x + textBox.width);
    // Beside its reference, on the same line, unless the notes of the paragraph before fill the margin down past it:
    // then just below the note above, never above its reference (every note, every width, both engines: margin.spec.ts).
    const above = await reader.note('3').boundingBox();
    if (!above) throw new Error('missing note 3');
    const level = Math.abs(noteBox.y - refBox.y) < 12;
    const stacked = noteBox.y > refBox.y && noteBox.y >= above.y + above.height && noteBox.y - (above.y + above.height) < 24;
    expect(level || stacked, `note 4 at ${noteBox.y}, its reference at ${refBox.y}, note 3 ends at ${above.y + above.height}`).toBe(true);
    await expect(note).toContainText('Serge, Memoirs, 119.');
  });

  test('margin notes never overlap each other, on any section', async ({ page }) => {
    for (const path of ['/iii/', '/v/']) {
      await page.goto(path);
      const boxes = await page.locator('.ed-sidenote').evaluateAll((notes) => notes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length).toBeGreaterThan(1);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].top, `${path} note ${i}`).toBeGreaterThanOrEqual(boxes[i - 1].bottom);
    }
  });

  test('reference and note share the number, and restored references are bracketed', async ({ page }) => {
    const reader = await new SectionPage(page).open('/v/');
    await expect(reader.noteRef('3')).toHaveAttribute('data-restored', '');
    // The brackets are text, shown on the page and kept by every copy of it (not CSS generated content).
    await expect(reader.noteRef('3').locator('sup')).toHaveText('[3]');
    await expect(reader.noteRef('3').locator('sup')).toBeVisible();
    await expect(reader.noteRef('4')).not.toHaveAttribute('data-restored', '');
    await expect(reader.noteRef('4').locator('sup')).toHaveText('4');
    await expect(reader.note('3').locator('.ed-sidenote__mark')).toContainText('3');
  });
});

test.describe('narrow screens: a tap away', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('tapping the reference shows the note on screen, tapping again hides it', async ({ page }) => {
    const reader = await new SectionPage(page).open('/v/');
    const ref = reader.noteRef('4');
    const note = reader.note('4');
    await expect(note).toBeHidden();
    await ref.tap();
    await expect(note).toBeVisible();
    await expect(note).toBeInViewport();
    await expect(ref).toHaveAttribute('aria-expanded', 'true');
    expect(await reader.overflowsHorizontally()).toBe(false);
    await ref.tap();
    await expect(note).toBeHidden();
    await expect(ref).toHaveAttribute('aria-expanded', 'false');
  });

  test('the note opens right after its paragraph, outside the author’s sentence', async ({ page }) => {
    const reader = await new SectionPage(page).open('/v/');
    const ref = reader.noteRef('5');
    await ref.click();
    const paragraph = page.locator('p.ed-para', { has: ref });
    const [refBox, noteBox, textBox] = await Promise.all([ref.boundingBox(), reader.note('5').boundingBox(), paragraph.boundingBox()]);
    if (!refBox || !noteBox || !textBox) throw new Error('missing boxes');
    expect(noteBox.y).toBeGreaterThan(refBox.y);
    expect(noteBox.y).toBeGreaterThanOrEqual(textBox.y + textBox.height - 1);
    expect(noteBox.y - (textBox.y + textBox.height)).toBeLessThan(40);
    expect(noteBox.x + noteBox.width).toBeLessThanOrEqual(360);
    // The paragraph's own text never includes the note.
    expect(await paragraph.textContent()).not.toContain('stalinisme');
  });

  test('Enter and Space open and close a note from the keyboard; focus stays on the reference', async ({ page }) => {
    const reader = await new SectionPage(page).open('/v/');
    const ref = reader.noteRef('6');
    await ref.focus();
    await page.keyboard.press('Enter');
    await expect(reader.note('6')).toBeVisible();
    await expect(ref).toBeFocused();
    await page.keyboard.press('Space');
    await expect(reader.note('6')).toBeHidden();
    await page.keyboard.press('Space');
    await expect(reader.note('6')).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  test('the back link closes the note and returns focus to the reference', async ({ page }) => {
    const reader = await new SectionPage(page).open('/v/');
    await reader.noteRef('3').click();
    await reader.note('3').getByRole('link', { name: /Back to the text/ }).click();
    await expect(reader.note('3')).toBeHidden();
    await expect(reader.noteRef('3')).toBeFocused();
  });

  test('a permalink to a note reference opens the note', async ({ page }) => {
    await page.goto('/v/#note-4');
    await expect(page.locator('#note-4-text')).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test('a reference still leads to its note, and the back link returns', async ({ page }) => {
    const reader = await new SectionPage(page).open('/v/');
    await expect(reader.note('4')).toBeHidden();
    await reader.noteRef('4').click();
    await expect(page).toHaveURL(/#note-4-text$/);
    await expect(reader.note('4')).toBeVisible();
    await reader.note('4').getByRole('link', { name: /Back to the text/ }).click();
    await expect(page).toHaveURL(/#note-4$/);
    await expect(reader.note('4')).toBeHidden();
  });
});

test.describe('accessibility of notes', () => {
  test('references, notes and back links carry their DPUB-ARIA roles and names', async ({ page }) => {
    await page.goto('/v/');
    const ref = page.locator('#note-4');
    await expect(ref).toHaveAttribute('role', 'doc-noteref');
    await expect(ref).toHaveAccessibleName('Note 4');
    await expect(page.locator('#note-3')).toHaveAccessibleName('Note 3 (restored by the editors)');
    await expect(page.locator('#note-4-text')).toHaveAttribute('role', 'doc-footnote');
    await expect(page.locator('#note-4-text a[role="doc-backlink"]')).toHaveAttribute('href', '#note-4');
    // Each note's text reaches assistive technology once, from its sidenote: the page holds no other copy (print sets the same sidenotes).
    const tree = await page.locator('body').ariaSnapshot();
    expect(tree.split('Serge, Memoirs, 119.').length - 1).toBe(1);
  });

  test('a focused reference shows a visible focus ring', async ({ page }) => {
    await page.goto('/v/');
    await page.locator('#note-4').focus();
    const outline = await page.locator('#note-4').evaluate((a) => getComputedStyle(a).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

test.describe('editorial apparatus', () => {
  test('editorial notes are lettered, labelled and styled apart from the author’s', async ({ page }) => {
    await page.goto('/iii/');
    // #note-a was published when this note was lettered a; letters now follow reading order, so it is c.
    const ref = page.locator('#note-a');
    await expect(ref).toHaveAttribute('data-kind', 'editorial');
    await expect(ref).toHaveAccessibleName('Editor’s note c');
    await expect(page.locator('#note-a-text')).toContainText('Editor');
    await expect(page.locator('#note-a-text')).toContainText('NKVD');
    const [author, editor] = await Promise.all(
      ['#note-2', '#note-a'].map((id) => page.locator(id).evaluate((a) => getComputedStyle(a).color + getComputedStyle(a).fontStyle)),
    );
    expect(editor).not.toBe(author);
  });

  test('an emendation shows the correction, marked, with the source reading in its note', async ({ page }) => {
    await page.goto('/iii/');
    const ins = page.locator('ins.ed-emendation', { hasText: 'splendid' });
    await expect(ins).toHaveAttribute('data-source-reading', 'spendid');
    await expect(page.locator('#note-c-text')).toContainText('"spendid"');
  });
});

test('/notes/ lists every note with its full text and a working link to its place', async ({ page }) => {
  await page.goto('/notes/');
  // The notes themselves, not the list of other places the editors considered inside a restored note's item.
  const authorNotes = page.getByRole('region', { name: 'The author’s notes' }).locator('.ed-note-list > li');
  await expect(authorNotes).toHaveCount(7);
  for (const [index, note] of AUTHOR_NOTES.entries()) {
    await expect(authorNotes.nth(index)).toContainText(note.text);
    await expect(authorNotes.nth(index).getByRole('link', { name: `Note ${note.mark}, in` })).toHaveAttribute('href', `${note.path}#note-${note.mark}`);
  }
  const editorial = page.getByRole('region', { name: 'The editors’ notes' }).locator('.ed-note-list > li');
  await expect(editorial).toHaveCount(13);
  await expect(page.locator('#note-5')).toContainText('La lutte');

  for (const note of AUTHOR_NOTES) {
    await page.goto(`${note.path}#note-${note.mark}`);
    await expect(page.locator(`#note-${note.mark}`)).toBeInViewport();
  }
});

test.describe('print', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('every note prints right after its paragraph, opened on screen or not, without its back link', async ({ page }) => {
    const reader = await new SectionPage(page).open('/v/');
    // On a phone the notes are hidden until opened: open one, leave the others closed.
    await reader.noteRef('4').tap();
    await expect(reader.note('4')).toBeVisible();
    await expect(reader.note('5')).toBeHidden();
    const text = await paragraphTexts(page);
    await page.emulateMedia({ media: 'print' });
    const notes = page.locator('.ed-sidenote');
    await expect(notes).toHaveCount(9);
    for (const note of await notes.all()) {
      await expect(note).toBeVisible();
      await expect(note.getByRole('link', { name: /Back to the text/ })).toBeHidden();
    }
    await expect(reader.note('4')).toContainText('Serge, Memoirs, 119.');
    const misplaced = (await notePlaces(page)).filter((note) => !(note.afterItsBlock && note.beforeTheNextBlock && note.inTheColumn));
    expect(misplaced).toEqual([]);
    // Note 4 follows paragraph 6, in smaller type than the text.
    const [note, paragraph] = await Promise.all([reader.note('4').boundingBox(), reader.paragraph(6).boundingBox()]);
    if (!note || !paragraph) throw new Error('missing boxes');
    expect(note.y - (paragraph.y + paragraph.height)).toBeLessThan(30);
    const size = (selector: string) => page.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('#note-4-text')).toBeLessThan(await size('#p6'));
    // Each note starts with its mark: a number for the author's, an italic letter for the editors'.
    for (const [anchor, mark, style] of [['4', '4', 'normal'], ['h', 'k', 'italic']]) {
      const shown = reader.note(anchor).locator('.ed-sidenote__mark [aria-hidden="true"]');
      await expect(shown).toBeVisible();
      await expect(shown).toHaveText(mark);
      await expect(shown).toHaveCSS('font-style', style);
      const [markBox, noteBox] = await Promise.all([shown.boundingBox(), reader.note(anchor).boundingBox()]);
      if (!markBox || !noteBox) throw new Error('missing boxes');
      expect(markBox.y - noteBox.y).toBeLessThan(5);
    }
    // The text is all there, the notes outside the paragraphs.
    expect(await paragraphTexts(page)).toEqual(text);
  });
});

test.describe('copying the text', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  /** Selects every block holding a note reference (paragraphs, Part III's figure, notes that hold one) as a reader would, and reads what a copy gives. */
  const copies = (page: import('@playwright/test').Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('p.ed-para, figure, aside.ed-sidenote')]
        .filter((block) => block.querySelector(':scope a.ed-noteref'))
        .map((block) => {
          const selection = getSelection();
          selection?.selectAllChildren(block);
          const copied = selection?.toString() ?? '';
          selection?.removeAllRanges();
          const references = [...block.querySelectorAll('a.ed-noteref')].filter((ref) => ref.closest('p.ed-para, figure, aside.ed-sidenote') === block);
          const words = references.map((ref) => {
            const before = document.createRange();
            before.setStart(block, 0);
            before.setEndBefore(ref);
            return { word: /[\p{L}\p{N}]+$/u.exec(before.toString())?.[0] ?? '', mark: (ref.textContent ?? '').replace(/[\s\u00a0[\]]/g, '') };
          });
          const clean = block.cloneNode(true) as HTMLElement;
          for (const ref of clean.querySelectorAll('a.ed-noteref')) ref.remove();
          return { id: block.id, copied, words, clean: clean.textContent ?? '' };
        }),
    );

  test('a copied paragraph or note never joins a note mark to the word before it, and a restored mark keeps its brackets', async ({ page }) => {
    const glued: string[] = [];
    const marks: MarkedWord[] = [];
    for (const path of ['/i/', '/iii/', '/iv/', '/v/', '/afterword/']) {
      await page.goto(path);
      for (const block of await copies(page)) {
        marks.push(...block.words);
        glued.push(...gluedTokens(block.copied, block.words, block.clean).map((token) => `${path}#${block.id} ${token}`));
      }
    }
    expect(marks.length, 'every note reference of the essay was copied').toBe(20);
    expect(glued).toEqual([]);
    for (const note of AUTHOR_NOTES.filter((note) => note.restored)) {
      await page.goto(note.path);
      const copied = await page.locator(`p.ed-para:has(#note-${note.mark})`).evaluate((p) => {
        getSelection()?.selectAllChildren(p);
        return getSelection()?.toString() ?? '';
      });
      expect(copied, `note ${note.mark} is restored`).toContain(`[${note.mark}]`);
    }
  });

  test('Ctrl+C puts the words on the clipboard with the mark set off: "anarchists a,", not "anarchistsa,"', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/i/');
    const paragraph = page.locator('p.ed-para', { hasText: 'even anarchists' });
    await paragraph.evaluate((p) => getSelection()?.selectAllChildren(p));
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/even anarchists\s+a, all of them/);
    expect(copied).not.toMatch(/anarchistsa/);
  });
});

test.describe('a conjecture is graded where a reader meets it', () => {
  test('a copied restored note keeps its bracketed number and the editors’ grade, and the alternatives open from the note', async ({ page }) => {
    await page.goto('/i/');
    const note = page.locator('#note-1-text');
    const copied = await note.evaluate((aside) => {
      getSelection()?.selectAllChildren(aside);
      const text = getSelection()?.toString() ?? '';
      getSelection()?.removeAllRanges();
      return text;
    });
    expect(copied).toContain('[1]');
    expect(copied).toMatch(/\[Editors: marker restored; certainty: probable\.\]/);
    const alternatives = note.locator('details.ed-conjecture__alternatives');
    await expect(alternatives.locator('summary')).toHaveText('Other places considered (4)');
    await alternatives.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(alternatives).toHaveAttribute('open', '');
    await expect(alternatives).toContainText('(4) Part II, ¶ 2');
  });

  test('an emendation’s note says how sure the editors are, and links to the grades on About', async ({ page }) => {
    await page.goto('/iii/');
    const grade = page.locator('#note-c-text .ed-conjecture');
    await expect(grade).toHaveText('[Editors: emendation; certainty: certain.]');
    await grade.getByRole('link', { name: 'certain' }).click();
    await expect(page).toHaveURL(/\/about\/#certainty$/);
    await expect(page.locator('#certainty')).toBeInViewport();
  });
});
