import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precacheFor, serviceWorkerSource } from '../offline/precache.ts';

const TEMPLATE = new URL('../offline/service-worker.js', import.meta.url);

/**
 * Writes `dist/sw.js`, the service worker that keeps the whole edition readable offline after a
 * first visit. Runs after Pagefind, so the search index is saved too.
 */
export default function offline(): AstroIntegration {
  return {
    name: 'edition:offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const precache = precacheFor(dist);
        const worker = serviceWorkerSource(readFileSync(TEMPLATE, 'utf8'), precache);
        writeFileSync(new URL('sw.js', dir), worker.source);
        logger.info(`sw.js ${worker.version}: ${precache.urls.length} files (${Math.round(precache.bytes / 1024)} kB) saved for offline reading`);
      },
    },
  };
}
