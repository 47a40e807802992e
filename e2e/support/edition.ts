import type { Locator, Page } from '@playwright/test';

/** Section pages in reading order, with the number of body paragraphs each must carry. */
export const SECTIONS = [
  { path: '/i/', heading: 'I', paragraphs: 6 },
  { path: '/ii/', heading: 'II', paragraphs: 4 },
  { path: '/iii/', heading: 'III', paragraphs: 14 },
  { path: '/iv/', heading: 'IV', paragraphs: 3 },
  { path: '/v/', heading: 'V', paragraphs: 19 },
  { path: '/afterword/', heading: 'Afterword', paragraphs: 1 },
] as const;

/** Every page of the edition. */
export const PAGES = ['/', ...SECTIONS.map((s) => s.path), '/notes/', '/about/', '/changes/', '/glossary/', '/glossary/soviet/', '/glossary/kronstadt-rebellion/'];

/** The widths at which readers meet the edition. */
export const WIDTHS = [320, 360, 768, 1440, 2560];

/** A small page object for a section page. */
export class SectionPage {
  constructor(readonly page: Page) {}

  async open(path: string) {
    await this.page.goto(path);
    return this;
  }

  /** The reference to a note, by its anchor: an author's note's number, an editors' note's published anchor (`h` for #note-h). */
  noteRef(anchor: string): Locator {
    return this.page.locator(`a.ed-noteref#note-${anchor}`);
  }

  /** The note itself (sidenote), by its anchor. */
  note(anchor: string): Locator {
    return this.page.locator(`#note-${anchor}-text`);
  }

  paragraph(n: number): Locator {
    return this.page.locator(`#p${n}`);
  }

  /** Whether the page scrolls sideways, which a reader on a phone would notice at once. */
  async overflowsHorizontally(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  }
}
