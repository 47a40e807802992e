import { formatDate } from '../edition/dates.ts';
import type { Edition } from '../schemas/edition.ts';
import { BOOK_FILES, chapterFile } from '../edition/urls.ts';
import type { BookSection } from './sections.ts';
import { x, xhtmlDocument } from './xml.ts';

/** What the book says of its source: the text a PDF conversion left, which this edition restores. */
export function sourceStatement(edition: Edition): string {
  return `${edition.title}, ${edition.dateText}${edition.publication ? `, ${edition.publication}` : ''}: the plain-text conversion of a PDF of the essay, from which this edition restores the text`;
}

/** The cover page: the generated cover image with a text alternative. */
export function coverDocument(edition: Edition): string {
  return xhtmlDocument({
    title: 'Cover',
    lang: edition.language,
    matter: 'frontmatter',
    body: [x('section', { 'epub:type': 'cover', class: 'cover' }, x('img', { src: BOOK_FILES.coverImage, alt: `Cover: ${edition.title}, ${edition.dateText}. ${edition.editionName}.` }))],
  });
}

/** The title page: the essay's title and date, its author (or that the source names none), the edition's facts. */
export function titlePageDocument(edition: Edition): string {
  return xhtmlDocument({
    title: edition.title,
    lang: edition.language,
    matter: 'frontmatter',
    body: [
      x(
        'section',
        { 'epub:type': 'titlepage', class: 'titlepage', 'aria-labelledby': 'book-title' },
        x('h1', { id: 'book-title', class: 'titlepage__title' }, edition.title),
        x('p', { class: 'titlepage__date' }, x('time', { datetime: edition.date }, edition.dateText)),
        x('p', { class: 'titlepage__author' }, edition.author ?? 'The source does not name its author.'),
        x('p', { class: 'titlepage__edition' }, edition.editionName),
        x('p', { class: 'titlepage__description' }, edition.description),
        x(
          'dl',
          { class: 'titlepage__facts' },
          edition.editionPublisher ? [x('dt', {}, 'Published by'), x('dd', {}, edition.editionPublisher)] : [],
          edition.editors.length ? [x('dt', {}, 'Edited by'), x('dd', {}, edition.editors.join(', '))] : [],
          x('dt', {}, 'Edition first published'),
          x('dd', {}, x('time', { datetime: edition.editionDate }, formatDate(edition.editionDate))),
          x('dt', {}, 'Source'),
          x('dd', {}, `${sourceStatement(edition)}.`),
          edition.publication ? [x('dt', {}, 'First published in'), x('dd', {}, edition.publication)] : [],
        ),
      ),
    ],
  });
}

/** One entry of the book's contents: a document and its name. */
export interface ContentsEntry {
  href: string;
  label: string;
}

/** The book's contents in reading order, after the cover. */
export function contents(sections: BookSection[], hasTimeline: boolean): ContentsEntry[] {
  return [
    { href: BOOK_FILES.title, label: 'Title page' },
    ...sections.map((section) => ({ href: chapterFile(section.slug), label: section.name })),
    { href: BOOK_FILES.glossary, label: 'Glossary' },
    ...(hasTimeline ? [{ href: BOOK_FILES.timeline, label: 'Timeline' }] : []),
    { href: BOOK_FILES.about, label: 'About this edition' },
  ];
}

/** The navigation document (EPUB 3.3 §7): the table of contents and the landmarks. */
export function navDocument(edition: Edition, sections: BookSection[], hasTimeline: boolean): string {
  const landmarks = [
    { type: 'cover', href: BOOK_FILES.cover, label: 'Cover' },
    { type: 'titlepage', href: BOOK_FILES.title, label: 'Title page' },
    { type: 'toc', href: `${BOOK_FILES.nav}#toc`, label: 'Contents' },
    { type: 'bodymatter', href: chapterFile(sections[0]?.slug ?? ''), label: 'The essay' },
    { type: 'glossary', href: BOOK_FILES.glossary, label: 'Glossary' },
  ].filter((landmark) => landmark.type !== 'bodymatter' || sections.length > 0);
  return xhtmlDocument({
    title: 'Contents',
    lang: edition.language,
    matter: 'frontmatter',
    body: [
      x('nav', { 'epub:type': 'toc', role: 'doc-toc', id: 'toc', 'aria-labelledby': 'toc-title' }, x('h1', { id: 'toc-title' }, 'Contents'), x('ol', {}, contents(sections, hasTimeline).map((entry) => x('li', {}, x('a', { href: entry.href }, entry.label))))),
      x('nav', { 'epub:type': 'landmarks', id: 'landmarks', hidden: 'hidden', 'aria-labelledby': 'landmarks-title' }, x('h2', { id: 'landmarks-title' }, 'Landmarks'), x('ol', {}, landmarks.map((landmark) => x('li', {}, x('a', { 'epub:type': landmark.type, href: landmark.href }, landmark.label))))),
    ],
  });
}
