// The edition's service worker, written to dist/sw.js by the build (src/integrations/offline.ts),
// which fills in VERSION (a hash of this code and of every file of the edition with its revision)
// and MANIFEST (/offline.json: those files, `[url, bytes]` or `[url, bytes, revision]`).
// Every reader gets this file and nothing more unasked:
//   Kept (cache `edition-kept`): what the reader's pages fetch, as they read; the first page, which
//   loaded before the worker ran, is copied from the HTTP cache when it asks (`keep`), never fetched again.
//   Saved (cache `edition-saved-<VERSION>`): the whole edition, only when the reader asks (`save`).
//   A new build installs a new worker; for a reader who saved the edition it fetches only the files
//   whose revision changed and copies the rest from the old saved copy, then the old copy is deleted.
//   Pages and other unhashed files: network first, so a reader online always gets the current build;
//   the caches answer only offline. Hashed files (/_astro/, Pagefind's chunks): cache first.
// dist/sw.js is this file minified: every reader fetches it.
const VERSION = '__EDITION_VERSION__';
const MANIFEST = '__EDITION_MANIFEST__';
const KEPT = 'edition-kept';
const SAVED = 'edition-saved-';
const HASHED = /^\/(?:_astro\/|pagefind\/(?:index|fragment|filter)\/)/;
// Shown offline for a page the saved edition does not have; hosts answer it with status 404.
const NOT_FOUND = '/404.html';
// Query strings are ignored: Pagefind adds `?ts=…` to its files, and /search/?q=… is /search/. So is
// Vary: a host that answers `Vary: Origin` would otherwise never match a module script.
const MATCH = { ignoreSearch: true, ignoreVary: true };

const savedCopies = async () => (await caches.keys()).filter((key) => key.startsWith(SAVED));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // A reader who saved the edition gets this build's changes before the worker takes over.
      if ((await savedCopies()).length) await save().then(() => tell('saved'));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        // Older workers' copies, and this worker's earlier versions of the whole edition.
        if (key.startsWith('edition-') && key !== KEPT && key !== SAVED + VERSION) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || request.headers.has('range')) return;
  event.respondWith(HASHED.test(url.pathname) ? cacheFirst(event, url) : networkFirst(event, url));
});

self.addEventListener('message', (event) => {
  const { data } = event;
  if (data?.keep) event.waitUntil(keep(data.keep));
  else if (data === 'save') event.waitUntil(save().then(() => tell('saved'), (error) => error !== OUTDATED && tell(error === REMOVED ? 'removed' : 'failed')));
  else if (data === 'remove') event.waitUntil(remove());
});

/** Posts to every page of the edition, the ones this worker does not control yet included. */
async function tell(offline) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage({ offline });
}

const keyOf = (url) => url.origin + url.pathname;

async function fromNetwork(event, url) {
  const response = await fetch(event.request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    event.waitUntil(caches.open(KEPT).then((cache) => cache.put(keyOf(url), copy)));
  }
  return response;
}

async function cacheFirst(event, url) {
  return (await caches.match(keyOf(url), MATCH)) ?? fromNetwork(event, url);
}

async function networkFirst(event, url) {
  try {
    return await fromNetwork(event, url);
  } catch (offline) {
    const copy = (await caches.match(keyOf(url), MATCH)) ?? (event.request.mode === 'navigate' && (await caches.match(NOT_FOUND, MATCH)));
    if (copy) return copy;
    throw offline;
  }
}

/** Keeps the files a page loaded before this worker ran, from the HTTP cache only (never the network). */
async function keep(urls) {
  const cache = await caches.open(KEPT);
  for (const href of urls) {
    // Performance entries name paints and marks too ("first-paint"): only addresses are kept.
    if (!URL.canParse(href)) continue;
    const url = new URL(href);
    if (url.origin !== location.origin) continue;
    const response = await fetch(url.href, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => undefined);
    if (response?.ok) await cache.put(keyOf(url), response);
  }
}

// A reader's "remove" ends a save under way: it throws REMOVED at its next file.
const REMOVED = new Error('removed');
const OUTDATED = new Error('a newer build is deployed');
let removals = 0;
let saving;

/** Saves the whole edition (or brings a saved copy up to this build): one run at a time. */
function save() {
  if (!saving) {
    const run = saveEdition().finally(() => {
      if (saving === run) saving = undefined;
    });
    saving = run;
  }
  return saving;
}

async function saveEdition() {
  const removal = removals;
  // Opened first: the reader's choice is on record even if what follows fails.
  const copy = await caches.open(SAVED + VERSION);
  const manifest = await (await fetch(MANIFEST, { cache: 'no-store' })).json();
  if (manifest.version !== VERSION) {
    // A newer build is deployed: its worker saves it (the open copy tells it the reader chose to).
    await self.registration.update();
    if (self.registration.installing || self.registration.waiting) throw OUTDATED;
    throw new Error(`${MANIFEST} is not this build's`);
  }
  // The newest complete older copy: its files whose revision is unchanged are copied, not fetched.
  let older;
  const revisions = new Map();
  for (const key of await savedCopies()) {
    const cache = await caches.open(key);
    const list = key !== SAVED + VERSION && (await cache.match(MANIFEST));
    if (!list) continue;
    older = cache;
    for (const [url, , revision] of (await list.json()).files) revisions.set(url, revision ?? url);
  }
  const total = manifest.files.reduce((sum, [, bytes]) => sum + bytes, 0);
  let done = 0;
  let told = 0;
  const queue = [...manifest.files];
  const saveFile = async ([url, bytes, revision]) => {
    if (removals !== removal) throw REMOVED;
    if (!(await copy.match(url))) {
      const unchanged = revisions.get(url) === (revision ?? url) && (await older.match(url));
      // 'no-store': past the HTTP cache (which may hold an older build's page) and not into it (no second copy).
      const response = unchanged || (await fetch(url, { cache: 'no-store' }));
      if (!response.ok && url !== NOT_FOUND) throw new Error(`${url}: ${response.status}`);
      await copy.put(url, response);
    }
    done += bytes;
    // Progress for the page's bar, at most every 1 %.
    if (done - told >= total / 100 || done === total) {
      told = done;
      await tell({ done, total });
    }
  };
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) await saveFile(file);
    }),
  );
  if (removals !== removal) throw REMOVED;
  // The list, stored last, marks the copy complete.
  await copy.put(MANIFEST, new Response(JSON.stringify(manifest)));
}

async function remove() {
  removals++;
  saving = undefined;
  for (const key of await savedCopies()) await caches.delete(key);
  await tell('removed');
}
