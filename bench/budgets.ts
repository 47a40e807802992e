import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { precacheFor } from '../src/offline/precache.ts';
import { wire } from './wire.ts';

/**
 * What a reader may be made to pay. `npm run bench` reports against all of these; `npm test` enforces
 * the byte budgets (e2e/budgets.spec.ts, test/built/epub.test.ts) and the Lighthouse scores that do
 * not depend on the machine's load (accessibility, best practices, SEO: bench/lighthouse.ts).
 */
export const BUDGETS = {
  /**
   * Every essay page, cold load, everything it fetches (HTML + CSS + JS + fonts), gzip. What a reader
   * starts by pointing at a term or citing (tooltips, definitions, the Cite panel) is not fetched.
   */
  essayPageBytes: 18 * 1024,
  /** The whole essay on one page (/essay/), cold load, everything it fetches, gzip. */
  wholeEssayBytes: 28 * 1024,
  /** What the service worker saves for offline reading after a first visit, gzip: every page, the search index and the EPUB (678 kB). */
  offlineSaveBytes: 700 * 1024,
  /** The title page, cold load, gzip: lighter than any essay page. */
  titlePageBytes: 7 * 1024,
  /**
   * Bytes fetched from /pagefind/ for a first query, gzip, on every way in (the /search/ page and the
   * header field of an essay page, typed key by key; a /search/?q= link): script, wasm, metadata, the
   * index chunks its words and half-typed words fall in, the shown results. Astro Starlight's Pagefind
   * UI fetches 116.7 kB for "Kronstadt".
   */
  firstSearchBytes: 110 * 1024,
  /** From the last keystroke of a first query (Enter in the header field of an essay page) to its first result on screen, ms (reported by the bench, not asserted in tests; a shared link's time, which includes loading the page, is reported beside it). */
  firstResultMs: 300,
  /** Time to results once the index is loaded, ms (reported by the bench, not asserted in tests). */
  searchMs: 100,
  /** The EPUB of the edition (dist/*.epub), as downloaded: already compressed. */
  epubBytes: 250 * 1024,
  /** Minimum Lighthouse score in every category, mobile and desktop, on `/` and `/v/` (performance: bench only). */
  lighthouse: 0.98,
  /** Largest Contentful Paint under Lighthouse's throttling, ms (bench only: it varies with the machine's load). */
  lcpMs: 2000,
  /** Cumulative Layout Shift (bench only). */
  cls: 0.01,
  /** Total Blocking Time under Lighthouse's throttling, ms (bench only). */
  tbtMs: 150,
} as const;

/** Bytes on the wire from a gzip-serving host: already-compressed files are not shrunk again. */
export { wire } from './wire.ts';

/** The service worker's offline save of a built site, as bytes on the wire (gzip). */
export function offlineSaveBytes(dist: string, precache = precacheFor(dist)): number {
  return precache.urls.reduce((sum, url) => sum + wire(readFileSync(join(dist, url.endsWith('/') ? `${url}index.html` : url))), 0);
}
