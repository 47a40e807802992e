/**
 * Every URL and anchor the edition publishes, built and parsed here only: section pages, paragraph and
 * note anchors, glossary entries, the EPUB and the paths inside it. A timeline event is anchored by its
 * id (`/timeline/#kronstadt-rebellion`). Published URLs and anchors are permalinks
 * (content/permalinks.json): change a format here and the pages, the book, the search records and the
 * tests follow, and the permalink test says what broke.
 *
 * Pure and dependency-free, so the build, the browser scripts and the tests can all import it.
 */

/** A section page: `v` → `/v/`. */
export function sectionHref(slug: string): string {
  return `/${slug}/`;
}

/** A body paragraph's id: `5` → `p5` (prefixed on the one-page essay: `v-p5`). */
export function paragraphId(number: number | string, prefix = 'p'): string {
  return `${prefix}${number}`;
}

/** A paragraph's number from its id: `p5` → 5; undefined for any other id (a figure's). */
export function paragraphNumber(id: string): number | undefined {
  const number = /^p(\d+)$/.exec(id)?.[1];
  return number === undefined ? undefined : Number(number);
}

/** A place on a section page by its id: `/v/#figure-1`. */
export function placeHref(slug: string, id: string): string {
  return `${sectionHref(slug)}#${id}`;
}

/** A paragraph's permalink: `/v/#p5`. */
export function paragraphHref(slug: string, number: number | string): string {
  return placeHref(slug, paragraphId(number));
}

/** A place in a section as content files write it: `v#p8`. */
export function paragraphAt(slug: string, number: number | string): string {
  return `${slug}#${paragraphId(number)}`;
}

/** A place written as `v#p8` (checked by the timeline's schema) as its section slug, paragraph number and permalink (`/v/#p8`). */
export function paragraphRef(at: string): { slug: string; number: number; href: string } {
  const [slug, number] = at.split('#p');
  return { slug, number: Number(number), href: paragraphHref(slug, number) };
}

/** A note's anchor, the id of its reference: an author's note by its number (`note-4`), an editors' note by its published `anchor` or its id (`note-nkvd-name`). */
export function noteAnchor(note: { number?: number; id: string; anchor?: string }): string {
  return note.number !== undefined ? `note-${note.number}` : (note.anchor ?? `note-${note.id}`);
}

/** The id of a note's text, beside its reference's: `note-4` → `note-4-text`. */
export function noteTextId(anchor: string): string {
  return `${anchor}-text`;
}

/** True for the id of a note's text: `note-4-text`, `note-nkvd-name-text`. */
export function isNoteTextId(id: string): boolean {
  return /^note-[a-z0-9]+(?:-[a-z0-9]+)*-text$/.test(id);
}

/** True for the id a passage of a section starts at: a paragraph (`p5`) or a figure (`figure-1`, written in the MDX). */
export function isPassageId(id: string): boolean {
  return /^(?:p\d+|figure-\d+)$/.test(id);
}

/** A glossary entry's page: `cheka` → `/glossary/cheka/`. */
export function glossaryHref(slug: string): string {
  return `/glossary/${slug}/`;
}

/** The entry a link to a glossary page names, by its path: `/glossary/cheka/` → `cheka`. */
export function glossarySlugOf(path: string): string | undefined {
  return /^\/glossary\/([a-z0-9-]+)\/?$/.exec(path)?.[1];
}

/** An entry's place in the glossary's index: `/glossary/#cheka`. */
export function glossaryIndexHref(slug: string): string {
  return `/glossary/#${slug}`;
}

/** Where the glossary's short definitions are published for the tooltips: one file for every page. */
export const DEFINITIONS_URL = '/glossary/definitions.json';

/** The EPUB's file name in dist/, from the essay's title: `this-changed-everything-twice.epub`. */
export function epubFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'edition'}.epub`;
}

/** The EPUB's URL: `/this-changed-everything-twice.epub`. */
export function epubHref(title: string): string {
  return `/${epubFileName(title)}`;
}

/** The book's documents besides the chapters, by file name inside the EPUB's content folder. */
export const BOOK_FILES = {
  cover: 'cover.xhtml',
  coverImage: 'cover.svg',
  title: 'title.xhtml',
  nav: 'nav.xhtml',
  glossary: 'glossary.xhtml',
  timeline: 'timeline.xhtml',
  about: 'about.xhtml',
  style: 'style.css',
} as const;

/** A section's chapter file in the book: `v` → `v.xhtml`. */
export function chapterFile(slug: string): string {
  return `${slug}.xhtml`;
}

/**
 * Where a link of the site points in the book: `/v/#p9` → `v.xhtml#p9`, `/glossary/soviet/` →
 * `glossary.xhtml#soviet`, `#note-4` stays. Undefined for pages the book does not carry.
 */
export function bookHref(siteHref: string, chapters: ReadonlySet<string>): string | undefined {
  if (siteHref.startsWith('#')) return siteHref;
  const match = /^\/([^#?]*?)\/?(?:#(.*))?$/.exec(siteHref);
  if (!match) return undefined;
  const [, path, fragment] = match;
  const withFragment = (file: string, id = fragment) => (id ? `${file}#${id}` : file);
  if (path === '') return withFragment(BOOK_FILES.title);
  const [first, second, ...rest] = path.split('/');
  if (rest.length > 0) return undefined;
  if (first === 'glossary') return withFragment(BOOK_FILES.glossary, second ?? fragment);
  if (second !== undefined) return undefined;
  if (first === 'timeline') return withFragment(BOOK_FILES.timeline);
  if (first === 'about') return withFragment(BOOK_FILES.about);
  if (chapters.has(first)) return withFragment(chapterFile(first));
  return undefined;
}
