import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { INDEX_LANGUAGE } from '../search/load-pagefind.ts';
import { DATA } from '../markup/contract.ts';
import { indexRecords } from '../search/passages.ts';
import { builtUrl, htmlFiles } from '../built/site.ts';

/** Built pages left out of the index: the notes page repeats the notes indexed beside their paragraphs. */
const NOT_INDEXED = new Set(['notes/index.html']);

/**
 * How much of the index one chunk holds, in Pagefind's units (a word's locations plus one per record it
 * is in). A query fetches only the chunks its words fall in, so smaller chunks make a first query
 * lighter: at this size the index is some eighteen chunks of up to 4 kB gzip instead of two of 23 and
 * 29 kB, and a four-word query fetches about 12 kB of it instead of 52. Pagefind 1.6 reads it from
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (default 20,000; the variable is not in its documentation), and
 * test/built/search-index.test.ts fails if it stops taking effect.
 */
export const INDEX_CHUNK_SIZE = 2000;

/**
 * Builds the Pagefind search index as the last step of `astro build` (Pagefind's Node API, as
 * Starlight does), so `npm run build` alone produces a searchable site. Pages marked
 * `data-pagefind-body` are indexed as records (src/search/passages.ts: essay sections one passage
 * each). Any indexing error fails the build: a site whose search silently indexes nothing is broken.
 */
export async function indexSearch(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const { close, createIndex } = await import('pagefind');
  // Pagefind's indexer is a child process started by the first call; it inherits the environment.
  const chunkSizeBefore = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  try {
    const { index, errors } = await createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let pages = 0;
    let records = 0;
    for (const path of htmlFiles(site)) {
      const file = relative(site, path);
      const html = readFileSync(path, 'utf8');
      if (NOT_INDEXED.has(file.split(sep).join('/')) || !html.includes(DATA.pagefindBody)) continue;
      const found = indexRecords(html, builtUrl(site, path));
      for (const record of found) {
        const added = await index.addHTMLFile({ url: record.url, content: record.html });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.url} (${file}): ${added.errors.join('; ')}`);
      }
      if (found.length > 0) pages++;
      records += found.length;
    }
    if (pages === 0) throw new Error(`Pagefind found no page marked ${DATA.pagefindBody} in ${site}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    logger.info(`indexed ${pages} pages as ${records} records into pagefind/`);
  } finally {
    await close();
    if (chunkSizeBefore === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSizeBefore;
  }
}
