import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { builtPage } from '../built/site.ts';
import { loadEditionModel } from '../edition/index.ts';
import { epubFileName } from '../edition/urls.ts';
import { makeBook } from '../epub/book.ts';
import { readTokens } from '../epub/tokens.ts';

const TOKENS = new URL('../styles/tokens.css', import.meta.url);

/**
 * Writes the edition as an EPUB 3 book into dist/ (`this-changed-everything-twice.epub`), its
 * chapters taken from the built section pages. Runs before the service worker lists dist/, so
 * the book is saved for offline reading too.
 */
export function writeEpub(dist: string, logger: AstroIntegrationLogger): void {
  const { edition, sections, glossary, timeline } = loadEditionModel();
  const bytes = makeBook({
    edition,
    sections,
    page: (path) => {
      const file = builtPage(dist, path);
      return { html: readFileSync(file, 'utf8'), file };
    },
    glossary: glossary.values(),
    timeline: timeline?.periods,
    tokens: readTokens(readFileSync(TOKENS, 'utf8'), 'src/styles/tokens.css'),
    modified: modifiedDate(edition.editionDate),
  });
  const name = epubFileName(edition.title);
  writeFileSync(join(dist, name), bytes);
  logger.info(`${name}: ${Math.round(bytes.length / 1024)} kB`);
}

/**
 * The book's `dcterms:modified`: SOURCE_DATE_EPOCH when the build sets it (reproducible builds),
 * else the edition's date, so an unchanged edition builds to the same bytes.
 */
function modifiedDate(editionDate: string): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isInteger(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date(`${editionDate}T00:00:00Z`);
}
