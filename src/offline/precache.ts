import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifySync } from 'vite';
import { builtFiles, builtUrl, htmlFiles } from '../built/site.ts';

/** The list of files a saved edition holds, with their revisions: fetched by the worker only to save or update a saved copy. */
export const MANIFEST_PATH = '/offline.json';

/**
 * Files a reader never needs offline: host configuration, crawler files, the worker and its list,
 * Pagefind's unused UIs, its worker and the WebAssembly for unknown languages (search runs without a
 * worker, in English: see src/search/load-pagefind.ts), and the EPUB, which a reader who wants it
 * downloads as a book (it changes with every build, so saving it would cost every update 49 kB).
 */
const SKIP = /^(?:_headers|_redirects|offline\.json|robots\.txt|sitemap[^/]*\.xml|sw\.js|pagefind\/pagefind-(?:ui|modular-ui|component-ui|highlight|worker)\.[a-z]+|pagefind\/wasm\.unknown\.pagefind)$|\.(?:br|gz|epub)$/;

/** Files whose name changes with their content: the URL is its own revision. */
const HASHED = /^\/(?:_astro\/|pagefind\/(?:index|fragment|filter)\/)/;

/** One file of the saved edition. */
export interface PrecacheEntry {
  /** Site-relative URL: `/v/` for v/index.html, `/_astro/….css`, `/pagefind/…`. */
  url: string;
  /** A hash of the content, or null when the URL already changes with it (hashed names). */
  revision: string | null;
  /** Bytes on the wire from a gzip-serving host (or as is, when already compressed). */
  gzip: number;
  /** Bytes uncompressed. */
  raw: number;
}

/** What the service worker saves for a reader who asks for the whole edition. */
export interface Precache {
  entries: PrecacheEntry[];
  /** Total bytes uncompressed. */
  raw: number;
  /** Total bytes on the wire, gzip (what a reader's data plan pays). */
  gzip: number;
  /** A hash of every entry's URL and revision and of the worker's code: the worker's version. */
  version: string;
}

/** Bytes on the wire from a gzip-serving host (zlib level 9), or the raw size when that is smaller (already compressed). */
export function wire(body: Uint8Array): number {
  return Math.min(body.length, gzipSync(body, { level: 9 }).length);
}

/** Lists a built site's files for the service worker, in a stable order; `worker` is the worker's template (its code is part of the version). */
export function precacheFor(dist: string, worker = ''): Precache {
  const files = builtFiles(dist, /./)
    .filter((path) => !SKIP.test(relative(dist, path).split(sep).join('/')))
    .sort();
  const version = createHash('sha256').update(worker);
  const entries = files.map((file): PrecacheEntry => {
    const content = readFileSync(file);
    const url = builtUrl(dist, file);
    const revision = HASHED.test(url) ? null : createHash('sha256').update(content).digest('hex').slice(0, 10);
    version.update(url).update('\0').update(revision ?? '').update('\0');
    return { url, revision, gzip: wire(content), raw: content.length };
  });
  return {
    entries,
    raw: entries.reduce((sum, entry) => sum + entry.raw, 0),
    gzip: entries.reduce((sum, entry) => sum + entry.gzip, 0),
    version: version.digest('hex').slice(0, 16),
  };
}

/**
 * `/offline.json`: the version and, per file, `[url, bytes on the wire]` for a hashed name or
 * `[url, bytes, revision]`, compact because a reader who saved the edition fetches it on each update.
 */
export function manifestSource(precache: Precache): string {
  return JSON.stringify({ version: precache.version, files: precache.entries.map(({ url, gzip, revision }) => (revision ? [url, gzip, revision] : [url, gzip])) });
}

/** The service worker for a built site: the template with its version, minified (every reader fetches it). */
export function serviceWorkerSource(template: string, precache: Precache): string {
  const source = template.replace("'__EDITION_VERSION__'", JSON.stringify(precache.version)).replace("'__EDITION_MANIFEST__'", JSON.stringify(MANIFEST_PATH));
  const minified = minifySync('sw.js', source, { compress: true, mangle: { toplevel: true } });
  if (minified.errors.length) throw new Error(`src/offline/service-worker.js: ${minified.errors.map((error) => error.message).join('; ')}`);
  return minified.code;
}

/** The save's size as pages print it: kB on the wire, rounded to 10 kB (it is an estimate for a reader's data plan). */
export const saveSizeText = (precache: Precache) => `${Math.round(precache.gzip / 10240) * 10} kB`;

/** Where pages print the save's size (src/components/OfflineOffer.astro). */
const SIZE_SLOT = /(<span data-offline-size[^>]*>)[^<]*(<\/span>)/g;

/**
 * Writes the save's size into every page that offers it; true when a page changed (its own bytes
 * then change the total, so the caller lists the files again).
 */
export function printSaveSize(dist: string, text: string): boolean {
  let changed = false;
  for (const path of htmlFiles(dist)) {
    const html = readFileSync(path, 'utf8');
    const printed = html.replace(SIZE_SLOT, `$1${text}$2`);
    if (printed !== html) {
      writeFileSync(path, printed);
      changed = true;
    }
  }
  return changed;
}
