import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PREFIX = 'on-intent:';

/**
 * `import url from 'on-intent:./module.ts'` gives the address of `module.ts` built as a chunk of its
 * own, for `import(url)` when a reader shows the intent to use it. A plain `import('./module.ts')`
 * would do, but the bundler then puts its module-preload helper (0.7 kB gzip) in every page's script.
 */
export function onIntentChunks(): Plugin {
  let serving = false;
  return {
    name: 'edition:on-intent',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.startsWith(PREFIX)) return null;
      const resolved = await this.resolve(source.slice(PREFIX.length), importer);
      return resolved ? `\0${PREFIX}${resolved.id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const target = id.slice(PREFIX.length + 1);
      if (serving) return `export default ${JSON.stringify(`/@fs${target}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: target });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
