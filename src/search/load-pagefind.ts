/**
 * Loads Pagefind's browser API once per page, configured for this edition (browser only). Nothing is
 * fetched until `loadPagefind()` is first called: pages call it on a reader's intent to search.
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
 * `ranking.pageLength`: essay pages are long, glossary entries short; softened length normalisation
 * keeps a page that discusses a subject at length from being buried under every entry naming it once.
 */
export const PAGEFIND_OPTIONS = { noWorker: true, excerptLength: 30, ranking: { pageLength: 0.2 } } as const;

let loading: Promise<Pagefind> | undefined;

/** Pagefind, imported, configured and initialised (script, WebAssembly and metadata fetched) once. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Starts loading Pagefind when a reader shows intent to search with `field` (pointer over it, focus,
 * which "/" gives it too), and fetches the index chunks for what they type before they submit.
 * A plain page view fetches nothing.
 */
export function warmOnIntent(field: HTMLInputElement): void {
  const warm = () => void loadPagefind().catch(() => undefined);
  for (const type of ['pointerenter', 'focus', 'touchstart']) field.addEventListener(type, warm, { once: true, passive: true });
  field.addEventListener('input', () => {
    const query = field.value.trim();
    if (query) void loadPagefind().then((pagefind) => pagefind.preload(query), () => undefined);
  });
}
