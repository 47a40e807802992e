import type { Edition } from '../schemas/edition.ts';
import { BOOK_FILES, chapterFile } from '../edition/urls.ts';
import { sourceStatement } from './front-matter.ts';
import { bookIdentifier } from './identifier.ts';
import type { BookSection } from './sections.ts';
import { serialize, x, type Children } from './xml.ts';

/** What the book's package document describes besides the edition: its sections, whether it has a timeline, when it was made. */
export interface PackageInput {
  edition: Edition;
  sections: BookSection[];
  hasTimeline: boolean;
  /** `dcterms:modified`: when this edition's text last changed. */
  modified: Date;
}

/**
 * EPUB Accessibility 1.1 metadata (schema.org properties, §2 of the Discovery and Accessibility
 * techniques): the text alone carries the whole book; navigation, reading order and alternatives are there.
 */
const ACCESSIBILITY: [string, string][] = [
  ['schema:accessMode', 'textual'],
  ['schema:accessModeSufficient', 'textual'],
  ['schema:accessibilityFeature', 'structuralNavigation'],
  ['schema:accessibilityFeature', 'tableOfContents'],
  ['schema:accessibilityFeature', 'readingOrder'],
  ['schema:accessibilityFeature', 'alternativeText'],
  ['schema:accessibilityFeature', 'displayTransformability'],
  ['schema:accessibilityFeature', 'ARIA'],
  ['schema:accessibilityHazard', 'none'],
  [
    'schema:accessibilitySummary',
    'A reflowable text with no images other than the cover, which has a text alternative. Every part has a heading; the table of contents and landmarks lead to each part, the glossary, the timeline and the notes on the edition. The author’s notes and the editors’ lettered notes are linked footnotes with links back to the text, and glossed words link to the glossary.',
  ],
  ['dcterms:conformsTo', 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA'],
];

/** `2026-11-25T00:00:00Z`: the form `dcterms:modified` requires (EPUB 3.3 §5.5.6). */
export function modifiedStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The package document (`package.opf`): metadata, manifest and spine. */
export function packageDocument({ edition, sections, hasTimeline, modified }: PackageInput): string {
  const item = (id: string, href: string, type: string, properties?: string) => x('item', { id, href, 'media-type': type, properties });
  const xhtml = 'application/xhtml+xml';
  const documents: [string, string, string?][] = [
    ['cover', BOOK_FILES.cover],
    ['title-page', BOOK_FILES.title],
    ['nav', BOOK_FILES.nav, 'nav'],
    ...sections.map((section): [string, string] => [`chapter-${section.slug}`, chapterFile(section.slug)]),
    ['glossary', BOOK_FILES.glossary],
    ...(hasTimeline ? [['timeline', BOOK_FILES.timeline] as [string, string]] : []),
    ['about', BOOK_FILES.about],
  ];
  const metadata: Children[] = [
    x('dc:identifier', { id: 'book-id' }, bookIdentifier(edition.title)),
    x('dc:title', { id: 'title' }, edition.title),
    x('meta', { refines: '#title', property: 'title-type' }, 'main'),
    x('dc:language', {}, edition.language),
    // The essay's own date; the edition's is dcterms:modified below.
    x('dc:date', {}, edition.date),
    // No dc:creator unless the source names the author: the edition never guesses one.
    edition.author ? x('dc:creator', { id: 'author' }, edition.author) : [],
    // Editors and publisher only where content/edition.yaml names them: no placeholder stands in.
    edition.editors.map((name, index) => [x('dc:contributor', { id: `editor-${index + 1}` }, name), x('meta', { refines: `#editor-${index + 1}`, property: 'role', scheme: 'marc:relators' }, 'edt')]),
    edition.editionPublisher ? x('dc:publisher', {}, edition.editionPublisher) : [],
    x('dc:source', {}, sourceStatement(edition)),
    x('dc:description', {}, edition.description),
    x('meta', { property: 'dcterms:modified' }, modifiedStamp(modified)),
    ACCESSIBILITY.map(([property, value]) => x('meta', { property }, value)),
    // EPUB 2 readers find the cover by this name (EPUB 3.3 §D.5.2 keeps it valid).
    x('meta', { name: 'cover', content: 'cover-image' }),
  ];
  const opf = x(
    'package',
    { xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'book-id', 'xml:lang': edition.language, dir: 'ltr' },
    x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, metadata),
    x(
      'manifest',
      {},
      documents.map(([id, href, properties]) => item(id, href, xhtml, properties)),
      item('cover-image', BOOK_FILES.coverImage, 'image/svg+xml', 'cover-image'),
      item('style', BOOK_FILES.style, 'text/css'),
    ),
    x('spine', {}, documents.map(([id]) => x('itemref', { idref: id }))),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(opf)}\n`;
}

/** `META-INF/container.xml`: where the package document is (OCF 3.3 §4.2.6.3.1). */
export function containerDocument(packagePath: string): string {
  const container = x(
    'container',
    { xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container', version: '1.0' },
    x('rootfiles', {}, x('rootfile', { 'full-path': packagePath, 'media-type': 'application/oebps-package+xml' })),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(container)}\n`;
}
