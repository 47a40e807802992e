// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import changelogCheck from './src/integrations/changelog-check.ts';
import contentWatch from './src/integrations/content-watch.ts';
import { noteAnchors } from './src/integrations/note-anchors.ts';
import { onIntentChunks } from './src/integrations/on-intent.ts';
import postBuild from './src/integrations/post-build.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/index.ts';
import { loadRedirects } from './src/permalinks/manifest.ts';
import { requireSiteOrigin, siteOrigin } from './src/site-origin.ts';
import { THEME_BOOT } from './src/theme/boot.ts';
import { SEARCH_PAGE_PRELOAD } from './src/search/load-pagefind.ts';

// Only wiring: the Markdown pipeline is listed, in order, in src/markdown/index.ts.
export default defineConfig({
  site: siteOrigin(),
  trailingSlash: 'always',
  // The benchmark builds synthetic corpora elsewhere (bench/scale.ts); readers get dist/.
  outDir: process.env.EDITION_OUT ?? './dist',
  // Retired pages keep working: every published URL is in content/permalinks.json.
  redirects: loadRedirects(),
  // Stylesheets are files, never inline <style>: cached across pages, and nothing inline for the CSP.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // What happens to dist/ after Astro has written it is one pipeline of named steps, in order, in src/integrations/post-build.ts.
  // requireSiteOrigin first: a build without SITE_URL stops before doing any work; then a text, note or glossary
  // entry changed without a changelog entry (content/releases.yaml) stops it.
  // The sitemap lists the edition's pages, not its utility pages (404, search, a section's citation page /v/cite/).
  integrations: [requireSiteOrigin(), changelogCheck(), contentWatch(), mdx(), sitemap({ filter: (page) => !/\/(404|search|[^/]+\/cite)\/?$/.test(new URL(page).pathname) }), postBuild()],
  // Content-Security-Policy as a <meta> tag with hashes of every inline script and style (Astro's
  // built-in CSP). Pagefind needs WebAssembly ('wasm-unsafe-eval'); it runs without a worker. Headers that
  // a meta tag cannot carry (frame-ancestors) are set by the host: see deploy/.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The theme's inline boot script (no flash of the wrong theme) and the search page's (Pagefind fetched
      // with the page) are allowed by their hashes, nothing else inline.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [THEME_BOOT, SEARCH_PAGE_PRELOAD].map((script) => /** @type {const} */ (`sha256-${createHash('sha256').update(script).digest('base64')}`)) },
    },
  },
  // The notes' anchor names are written into their stylesheet from the notes sidecars.
  vite: { plugins: [onIntentChunks()], css: { postcss: { plugins: [noteAnchors()] } } },
  markdown: {
    // smartypants off: the source's straight quotes and "..." are printed as the author's text has them.
    processor: unified({ remarkPlugins, rehypePlugins: rehypePlugins(), smartypants: false }),
  },
});
