import type { GlossaryEntry } from '../edition/glossary.ts';
import type { Edition } from '../schemas/edition.ts';
import type { Period } from '../edition/timeline.ts';
import { aboutDocument } from './about-document.ts';
import { BOOK_FILES, chapterFile, sectionHref } from '../edition/urls.ts';
import { chapterDocument } from './chapter.ts';
import { readChapter } from './chapter-source.ts';
import { coverSvg } from './cover.ts';
import { coverDocument, navDocument, titlePageDocument } from './front-matter.ts';
import { glossaryDocument } from './glossary-document.ts';
import { containerDocument, packageDocument } from './package-document.ts';
import type { BookSection } from './sections.ts';
import { stylesheet } from './stylesheet.ts';
import { timelineDocument } from './timeline-document.ts';
import type { BookTokens } from './tokens.ts';
import { zipBook } from './zip.ts';

/** The folder of the book's content documents inside the EPUB. */
export const CONTENT_FOLDER = 'EPUB';

/** Everything the book is made from: content facts, and the built pages its text is taken from. */
export interface BookInput {
  edition: Edition;
  sections: BookSection[];
  /** A built page's HTML by its site path (`/v/`, `/about/`); `page(path)` names it in errors too. */
  page: (path: string) => { html: string; file: string };
  glossary: Iterable<GlossaryEntry>;
  /** The timeline's periods, or undefined when the content has no timeline. */
  timeline: Period[] | undefined;
  tokens: BookTokens;
  /** When this edition's text last changed: `dcterms:modified` and the ZIP's time stamps. */
  modified: Date;
}

/** Every file of the book by its path in the container, `mimetype` aside. */
export function bookFiles(input: BookInput): Map<string, string> {
  const { edition, sections, tokens } = input;
  const lang = edition.language;
  const chapters = new Set(sections.map((section) => section.slug));
  for (const name of Object.values(BOOK_FILES)) {
    if (chapters.has(name.replace(/\.xhtml$/, ''))) throw new Error(`The section "${name.replace(/\.xhtml$/, '')}" has the name of a document the EPUB needs for itself.\n  → Rename content/essay/${name.replace(/\.xhtml$/, '')}.mdx.`);
  }
  const glossary = [...input.glossary];
  const content = new Map<string, string>([
    [BOOK_FILES.cover, coverDocument(edition)],
    [BOOK_FILES.coverImage, coverSvg(edition, tokens)],
    [BOOK_FILES.title, titlePageDocument(edition)],
    [BOOK_FILES.nav, navDocument(edition, sections, input.timeline !== undefined)],
  ]);
  for (const section of sections) {
    const { html, file } = input.page(sectionHref(section.slug));
    content.set(chapterFile(section.slug), chapterDocument(section, readChapter(html, file, chapters), lang));
  }
  content.set(BOOK_FILES.glossary, glossaryDocument(glossary, lang, chapters));
  if (input.timeline) content.set(BOOK_FILES.timeline, timelineDocument(input.timeline, sections, new Map(glossary.map((entry) => [entry.slug, entry.headword])), lang));
  const about = input.page('/about/');
  content.set(BOOK_FILES.about, aboutDocument(about.html, about.file, lang, chapters));
  content.set(BOOK_FILES.style, stylesheet(tokens));
  const packagePath = `${CONTENT_FOLDER}/package.opf`;
  return new Map([
    ['META-INF/container.xml', containerDocument(packagePath)],
    [packagePath, packageDocument({ edition, sections, hasTimeline: input.timeline !== undefined, modified: input.modified })],
    ...[...content].map(([name, text]): [string, string] => [`${CONTENT_FOLDER}/${name}`, text]),
  ]);
}

/** The book as the bytes of an `.epub` file. */
export function makeBook(input: BookInput): Uint8Array {
  return zipBook(bookFiles(input), input.modified);
}
