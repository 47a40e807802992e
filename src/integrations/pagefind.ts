import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Builds the Pagefind search index as the last step of `astro build` (Pagefind's Node API, as
 * Starlight does), so `npm run build` alone produces a searchable site. Any indexing error fails
 * the build: a site whose search silently indexes nothing is broken.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'edition:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { close, createIndex } = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no page marked data-pagefind-body in ${site}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into pagefind/`);
        } finally {
          await close();
        }
      },
    },
  };
}
