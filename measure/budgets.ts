import { precacheFor } from '../src/offline/precache.ts';

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
  // Half a kilobyte more than before for the graded conjectures: each restored marker and emendation prints its grade
  // and the other places or readings considered beside its note (0.4 kB gzip on /v/, which has three of them).
  essayPageBytes: 18.5 * 1024,
  /**
   * Requests a section's first paint waits for: the HTML and one stylesheet (the layout's and the page's
   * rules joined, src/integrations/one-stylesheet.ts); every script is a module, run after parsing.
   */
  requestsBeforePaint: 2,
  /** The whole essay on one page (/essay/), cold load, everything it fetches, gzip. */
  wholeEssayBytes: 28.5 * 1024,
  /**
   * What the service worker saves when a reader asks for the whole edition offline, gzip: every page, style,
   * script and the search index (687 kB; the EPUB is a download of its own). Each kind of page has one
   * stylesheet holding the layout's rules too (src/integrations/one-stylesheet.ts): +23 kB here, for one
   * request and 0.5 kB less on every first visit. The editors' graded conjectures, located sources and
   * departures list, and the reader's annotations (their page and the code loaded on a first selection),
   * took it from 640 kB to 687 kB.
   */
  offlineSaveBytes: 710 * 1024,
  /** A first visit with the service worker on may cost at most this share more than the page alone (the worker itself; it fetches nothing unasked). */
  workerFirstVisitShare: 0.1,
  /**
   * What a reader who saved the edition fetches when a release changes one paragraph: the changed files, the
   * worker and its list (measure/offline.ts). A release renames the version on every page that cites the edition
   * (sections, citation pages, title, About, Changes, the one-page essay) and changes the search index.
   */
  offlineUpdateBytes: 200 * 1024,
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
  /**
   * LCP of the longest section (/v/) under Lighthouse's mobile preset, as a multiple of the LCP of a hand-made
   * floor page with the same words in two requests (bench/floor.ts), median of several runs of each (bench only).
   */
  lcpVsFloor: 1.1,
  /** Cumulative Layout Shift (bench only). */
  cls: 0.01,
  /** Total Blocking Time under Lighthouse's throttling, ms (bench only). */
  tbtMs: 150,
} as const;

/** Bytes on the wire from a gzip-serving host: already-compressed files are not shrunk again. */
export { wire } from '../src/offline/precache.ts';

/** The whole edition saved for offline reading from a built site, as bytes on the wire (gzip). */
export function offlineSaveBytes(dist: string): number {
  return precacheFor(dist).gzip;
}
