import type { Page } from '@playwright/test';

/** Where a note stands on the laid-out page, against the text block that refers to it. */
export interface NotePlace {
  id: string;
  /** Below the bottom of the block that holds its reference (for a note referenced in a note: that note's block). */
  afterItsBlock: boolean;
  /** Above the next block of the text: nothing of the text comes between the block and its notes. */
  beforeTheNextBlock: boolean;
  /** Inside the text column, not beside it. */
  inTheColumn: boolean;
}

/** Each note of the page, with where it is laid out; call it after `page.emulateMedia({ media: 'print' })`. */
export function notePlaces(page: Page): Promise<NotePlace[]> {
  return page.locator('.ed-sidenote').evaluateAll((notes) =>
    notes.map((note) => {
      const ref = document.querySelector(`a.ed-noteref[href="#${note.id}"]`);
      let block = ref?.closest('.ed-prose > *') ?? null;
      // A note referenced inside another note follows the text block its margin box belongs to.
      while (block?.classList.contains('ed-margin')) block = block.previousElementSibling;
      let next = note.closest('.ed-margin')?.nextElementSibling ?? null;
      // The ¶ permalink aside before a paragraph has no height; the paragraph is the next block.
      while (next && next.getBoundingClientRect().height === 0) next = next.nextElementSibling;
      const box = note.getBoundingClientRect();
      const text = block?.getBoundingClientRect();
      return {
        id: note.id,
        afterItsBlock: !!text && box.top >= text.bottom - 1,
        beforeTheNextBlock: !next || box.bottom <= next.getBoundingClientRect().top + 1,
        inTheColumn: !!text && box.left >= text.left - 1 && box.right <= text.right + 1,
      };
    }),
  );
}

/** The words of every paragraph of the text, as laid out (innerText: what is rendered). */
export function paragraphTexts(page: Page): Promise<string[]> {
  return page.locator('p.ed-para').evaluateAll((paragraphs) => paragraphs.map((p) => (p as HTMLElement).innerText));
}
