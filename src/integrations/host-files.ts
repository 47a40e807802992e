import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRedirects } from '../permalinks/manifest.ts';

/**
 * Writes `dist/_redirects` (Netlify / Cloudflare Pages format) from content/redirects.json, the same
 * list Astro turns into redirect pages, so a host that reads the file answers with a real 301.
 */
export function writeHostFiles(site: string): void {
  const lines = Object.entries(loadRedirects()).map(([from, to]) => `${from} ${to} 301`);
  writeFileSync(join(site, '_redirects'), `# Written by the build from content/redirects.json.\n${lines.join('\n')}\n`);
}
