import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { builtFiles, htmlFiles } from '../built/site.ts';

/** The stylesheet links in a page's <head>, one after another, as Astro writes them. */
const HEAD_LINKS = /(?:<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">)+(?=<\/head>)/;
const LINK = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g;

/**
 * Pages whose stylesheets stay apart: a section's citation page, whose own stylesheet the section
 * page's Cite panel links when it takes the panel from there (src/scripts/cite.ts).
 */
const KEEP_APART = new RegExp(`\\${sep}cite\\${sep}index\\.html$`);

/** The stylesheets `hrefs` joined in order into one file under `_astro/`, named by its content. */
function joined(site: string, hrefs: string[]): string {
  const css = hrefs.map((href) => readFileSync(join(site, href), 'utf8')).join('\n');
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
  const href = `/_astro/page.${hash}.css`;
  writeFileSync(join(site, href), css);
  return href;
}

/**
 * Astro links a page's styles as two files or more (the layout's, shared by every page, then the
 * page's own): each is a request before the first paint, and each compresses alone. This joins them,
 * in order (the layout's first, which declares the cascade layers), into one file per set of
 * stylesheets: every section page shares one, every glossary entry another. On `/v/` that is one
 * request fewer and 0.5 kB less to fetch; a reader moving on to another kind of page fetches the
 * layout's rules again inside that page's file. Files no page or script links any more are deleted.
 */
export function joinStylesheets(site: string, logger: AstroIntegrationLogger): void {
  const made = new Map<string, string>();
  let pages = 0;
  for (const path of htmlFiles(site)) {
    if (KEEP_APART.test(path)) continue;
    const html = readFileSync(path, 'utf8');
    const links = HEAD_LINKS.exec(html);
    if (!links) continue;
    const hrefs = [...links[0].matchAll(LINK)].map(([, href]) => href);
    if (hrefs.length < 2) continue;
    const key = hrefs.join(' ');
    if (!made.has(key)) made.set(key, joined(site, hrefs));
    writeFileSync(path, html.replace(links[0], `<link rel="stylesheet" href="${made.get(key)}">`));
    pages += 1;
  }
  // A stylesheet still named anywhere (a page, a script that links it on intent, the offline list) stays.
  const text = builtFiles(site, /\.(html|js|mjs|css|json|webmanifest|xml)$/, ['pagefind'])
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const parts = new Set([...made.keys()].flatMap((key) => key.split(' ')));
  const unused = [...parts].filter((href) => !text.includes(href));
  for (const href of unused) rmSync(join(site, href));
  logger.info(`${pages} pages link one stylesheet (${made.size} files); ${unused.length} stylesheets no longer linked removed`);
}

