/**
 * Loads Pagefind's browser API once per page, configured for this edition. Nothing is fetched until
 * `loadPagefind()` is first called (in the browser): the search page calls it as it opens. The header
 * field of every page does the same on a reader's intent, inline (src/components/SiteHeader.astro).
 * The constants here are shared with the build (the index's language, the search page's boot script).
 */

/** The slice of Pagefind's browser API used here (https://pagefind.app/docs/api/). */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(query: string, options?: { filters?: unknown }): Promise<void>;
  search(query: string, options?: { filters?: unknown }): Promise<{ results: PagefindResult[] } | null>;
}

/** One hit as `search()` returns it: the page's data is a separate fetch, made only when shown. */
export interface PagefindResult {
  id: string;
  data(): Promise<import('./results').PagefindData>;
}

/**
 * Pagefind's search options (https://pagefind.app/docs/search-config/, /docs/ranking/).
 * `noWorker`: the index of one essay is small enough to search on the main thread in a few ms, so the
 * worker script (about 12 kB gzip, one more request) is not worth its cost.
 * `ranking.pageLength`: records range from a glossary entry or a passage (100–250 words) to About
 * (1,300); softened length normalisation keeps the long page from being buried for what it discusses.
 * Excerpts are built from each result's content (results.ts), so Pagefind's own excerpt is not configured.
 */
export const PAGEFIND_OPTIONS = { noWorker: true, ranking: { pageLength: 0.2 } } as const;

/** Pagefind's browser API, as written into the built site. */
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

/**
 * The one language the site is indexed in (src/integrations/pagefind.ts forces it), and so the one
 * WebAssembly file, with its stemmer, that every search loads.
 */
export const INDEX_LANGUAGE = 'en';
export const PAGEFIND_WASM = `/pagefind/wasm.${INDEX_LANGUAGE}.pagefind`;

/**
 * The search page's inline boot script: opening /search/ is the intent to search, so where scripts run,
 * Pagefind's script and WebAssembly are fetched alongside the page (a reader without JavaScript, told
 * that search needs it, fetches neither). Its hash is in the CSP (astro.config.mjs).
 */
export const SEARCH_PAGE_PRELOAD = `[['modulepreload',${JSON.stringify(PAGEFIND_SCRIPT)}],['preload',${JSON.stringify(PAGEFIND_WASM)}]].forEach(function(p){var l=document.createElement('link');l.rel=p[0];l.href=p[1];if(p[0]==='preload'){l.as='fetch';l.crossOrigin='anonymous'}document.head.appendChild(l)})`;

let loading: Promise<Pagefind> | undefined;

/** Pagefind, imported, configured and initialised (script, WebAssembly and metadata fetched) once. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_SCRIPT)) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
