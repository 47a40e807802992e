import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Files a reader never needs offline: host configuration, crawler files, Pagefind's unused UIs, its
 * worker and the WebAssembly for unknown languages (search runs without a worker, in English: see
 * src/search/load-pagefind.ts), and the 404 page (hosts serve it only as an error, so the worker saves
 * it separately).
 */
const SKIP = /^(?:_headers|_redirects|404\.html|robots\.txt|sitemap[^/]*\.xml|sw\.js|pagefind\/pagefind-(?:ui|modular-ui|component-ui|highlight|worker)\.[a-z]+|pagefind\/wasm\.unknown\.pagefind)$|\.(?:br|gz)$/;

/** What the service worker saves for offline reading: every page and the files pages use. */
export interface Precache {
  /** Site-relative URLs: `/v/` for v/index.html, `/_astro/….css`, `/pagefind/…`. */
  urls: string[];
  /** Total bytes of those files, uncompressed. */
  bytes: number;
  /** A hash of every listed file's path and content; the worker's version adds its own code. */
  version: string;
}

/** Lists a built site's files for the service worker, in a stable order. */
export function precacheFor(dist: string): Precache {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!SKIP.test(relative(dist, path).split(sep).join('/'))) files.push(path);
    }
  };
  walk(dist);
  files.sort();
  const hash = createHash('sha256');
  let bytes = 0;
  const urls = files.map((file) => {
    const path = relative(dist, file).split(sep).join('/');
    const content = readFileSync(file);
    bytes += content.length;
    hash.update(path).update('\0').update(content);
    return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
  });
  return { urls, bytes, version: hash.digest('hex').slice(0, 16) };
}

/** The service worker for a built site: the template with its version and file list, and that version. */
export function serviceWorkerSource(template: string, precache: Precache): { source: string; version: string } {
  // A change to the worker's own code is a new version too.
  const version = createHash('sha256').update(precache.version).update(template).digest('hex').slice(0, 16);
  return { version, source: template.replace("'__EDITION_VERSION__'", JSON.stringify(version)).replace('__EDITION_PRECACHE__', JSON.stringify(precache.urls)) };
}
