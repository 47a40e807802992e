import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { loadRedirects } from '../permalinks/manifest.ts';

/**
 * Writes `dist/_redirects` (Netlify / Cloudflare Pages format) from content/redirects.json, the same
 * list Astro turns into redirect pages, so a host that reads the file answers with a real 301.
 */
export default function hostFiles(): AstroIntegration {
  return {
    name: 'edition:host-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const lines = Object.entries(loadRedirects()).map(([from, to]) => `${from} ${to} 301`);
        writeFileSync(new URL('_redirects', dir), `# Written by the build from content/redirects.json.\n${lines.join('\n')}\n`);
      },
    },
  };
}
