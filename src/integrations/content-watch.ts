import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR, ESSAY_DIR } from '../edition/paths.ts';

/**
 * In `astro dev`, a change to the content the Markdown pipeline reads outside Vite's module graph (a
 * section's notes sidecar, a glossary entry, the timeline, the edition file) re-renders the essay:
 * Vite watches those files, forgets its compiled sections, and the browser reloads. The plugins read
 * the files afresh (src/edition/cache.ts sees the new modification time).
 */
export default function contentWatch(): AstroIntegration {
  return {
    name: 'edition:content-watch',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        if (command !== 'dev') return;
        const content = resolve(CONTENT_DIR);
        const essay = resolve(ESSAY_DIR);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'edition:content-watch',
                configureServer(server) {
                  server.watcher.add(content);
                  const reload = (file: string) => {
                    if (!file.startsWith(content) || !file.endsWith('.yaml')) return;
                    for (const module of server.moduleGraph.idToModuleMap.values()) {
                      if (module.file?.startsWith(essay) && /\.mdx?$/.test(module.file)) server.moduleGraph.invalidateModule(module);
                    }
                    server.ws.send({ type: 'full-reload' });
                  };
                  server.watcher.on('change', reload);
                  server.watcher.on('add', reload);
                  server.watcher.on('unlink', reload);
                },
              },
            ],
          },
        });
      },
    },
  };
}
