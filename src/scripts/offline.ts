/**
 * Registers the service worker once the page has loaded. It fetches nothing the reader did not ask
 * for: it keeps the pages the reader opens (this first one, which loaded before the worker ran, it
 * copies from the HTTP cache when asked here) and saves the whole edition only when the reader
 * chooses to (src/scripts/offline-offer.ts). Where service workers are unavailable (or in `astro dev`,
 * which has no sw.js) the edition simply stays online-only.
 */
export function registerOffline(): void {
  const workers = navigator.serviceWorker;
  addEventListener('load', () =>
    workers?.register('/sw.js').then(
      // Every entry's name: the page's own address and its files' (and a few names that are not addresses).
      async () => workers.controller || (await workers.ready).active?.postMessage({ keep: performance.getEntries().map((entry) => entry.name) }),
      () => undefined,
    ),
  );
}
