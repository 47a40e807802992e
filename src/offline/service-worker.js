// The edition's service worker, written to dist/sw.js by the build (src/integrations/offline.ts),
// which fills in VERSION (a hash of every file it lists) and PRECACHE (every page, style, script
// and search file). A new build changes VERSION, so browsers install the new worker, which caches
// the new build whole and then deletes the old cache.
//   Pages and other unversioned files: network first, so a reader online always gets the current
//   build; the cache answers only when the network does not (offline).
//   Versioned files (/_astro/, Pagefind's index chunks): cache first; their names change with content.
const VERSION = '__EDITION_VERSION__';
const PRECACHE = __EDITION_PRECACHE__;
const CACHE = `edition-${VERSION}`;
const VERSIONED = /^\/(?:_astro\/|pagefind\/(?:index|fragment|filter)\/)/;
// Shown for a page that was not saved; hosts answer it with status 404, which addAll() refuses.
const NOT_SAVED = '/404.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // 'reload' skips the HTTP cache, which may still hold the previous build's files.
      await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
      await fetch(NOT_SAVED, { cache: 'reload' })
        .then((response) => cache.put(NOT_SAVED, response))
        .catch(() => undefined);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('edition-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(VERSIONED.test(url.pathname) ? cacheFirst(request) : networkFirst(request));
});

self.addEventListener('message', (event) => {
  if (event.data === 'version') event.source?.postMessage({ version: VERSION });
});

// Query strings are ignored when reading the cache: Pagefind adds cache-busting `?ts=…` to its
// files, and /search/?q=… is the saved /search/ page, which searches the saved index. So is Vary:
// a host that answers `Vary: Origin` (astro preview does) would otherwise never match a module
// script, whose request carries Origin while the saved one did not; a static file has one version.
const SAVED = { cacheName: CACHE, ignoreSearch: true, ignoreVary: true };
async function cacheFirst(request) {
  return (await caches.match(request, SAVED)) ?? fetch(request);
}

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (offline) {
    // Offline: the saved copy.
    const saved = await caches.match(request, SAVED);
    if (saved) return saved;
    if (request.mode === 'navigate') {
      const notSaved = await caches.match(NOT_SAVED, SAVED);
      if (notSaved) return notSaved;
    }
    throw offline;
  }
}
