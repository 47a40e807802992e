import { readFileSync } from 'node:fs';
import { builtUrl, htmlFiles } from '../built/site.ts';

/** The committed list of published URLs and their anchors. */
export const MANIFEST = 'content/permalinks.json';
/** Declared redirects for retired pages: `{ "/old/": "/new/" }`, wired into Astro's `redirects`. */
export const REDIRECTS = 'content/redirects.json';

/** Anchors that are promises to readers: paragraphs, notes, the figure, glossary entries, headings. */
const PUBLISHED_ANCHOR = /^(p\d+|note-(?:\d+|[a-z])|figure-\d+|contents|cite|[a-z]+(?:-[a-z0-9]+)*)$/;

/** Pages that are not citable content. */
const UNLISTED = new Set(['/404.html', '/search/']);

/** Every page of a built site and the citable anchors on it, read from the HTML. */
export function publishedPermalinks(dist: string): Record<string, string[]> {
  const pages: Record<string, string[]> = {};
  for (const path of htmlFiles(dist, ['_astro', 'pagefind'])) {
    const url = builtUrl(dist, path);
    if (!UNLISTED.has(url)) pages[url] = anchorsIn(readFileSync(path, 'utf8'));
  }
  return pages;
}

/** The citable ids in a page: generated ids (tooltips, note texts, form fields) are not promises. */
export function anchorsIn(html: string): string[] {
  const ids = idsIn(html);
  // Tooltip definitions, note texts, form fields (search, annotations) and headings' label ids may be renumbered; on /essay/ they carry a section prefix (`v-gloss-3-def`).
  const generated = (id: string) => /^(gloss-|site-search|search-|annotations-|main$|cite-|theme-choice$)|(^|-)gloss-\d+-def$|-heading$|-text$/.test(id);
  return [...new Set(ids.filter((id) => PUBLISHED_ANCHOR.test(id) && !generated(id)))].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
}

/** Every id in a page: a published anchor must stay one of them, whatever it is. */
export function idsIn(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
}

/** The declared redirects, or none. */
export function loadRedirects(file = REDIRECTS): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`${file}: not valid JSON (${(error as Error).message}) → write { "/old-path/": "/new-path/" }`);
  }
}
