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

/** A section's chapter file: `v` → `v.xhtml`. */
export function chapterFile(slug: string): string {
  return `${slug}.xhtml`;
}

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
