import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { manifestSource, MANIFEST_PATH, precacheFor, printSaveSize, saveSizeText, serviceWorkerSource } from '../offline/precache.ts';

const TEMPLATE = new URL('../offline/service-worker.js', import.meta.url);

/**
 * Writes `dist/sw.js`, the service worker that keeps the pages a reader opens and, for a reader who
 * asks, the whole edition, and `dist/offline.json`, the files of the whole edition with their
 * revisions. Prints the save's size on the pages that offer it. Runs last, so the search index is listed.
 */
export function writeOffline(dist: string, logger: AstroIntegrationLogger): void {
  const template = readFileSync(TEMPLATE, 'utf8');
  let precache = precacheFor(dist, template);
  // The pages that print the size are part of it: print, list again, until the figure settles.
  for (let round = 0; round < 3 && printSaveSize(dist, saveSizeText(precache)); round++) precache = precacheFor(dist, template);
  writeFileSync(join(dist, MANIFEST_PATH.slice(1)), manifestSource(precache));
  writeFileSync(join(dist, 'sw.js'), serviceWorkerSource(template, precache));
  logger.info(`sw.js ${precache.version}: the whole edition is ${precache.entries.length} files, ${Math.round(precache.raw / 1024)} kB (${Math.round(precache.gzip / 1024)} kB gzip), saved for a reader who asks`);
}
