import type { AstroIntegration } from 'astro';

/** Origin for absolute URLs while developing, previewing or type-checking: the local preview server. */
export const DEFAULT_ORIGIN = 'http://localhost:4321';

/** What a build without `SITE_URL` says: the published canonical and citation URLs would point at localhost. */
export const MISSING_ORIGIN_MESSAGE = [
  'SITE_URL is not set: every canonical URL, the sitemap and every citation would point at localhost.',
  'Build with the address the edition is published at, for example:',
  '  SITE_URL=https://example.org npm run build',
  `For a local build, say so: SITE_URL=${DEFAULT_ORIGIN} npm run build (npm start and npm test do this themselves).`,
].join('\n');

/** The site's origin for canonical and citation URLs, from the `SITE_URL` environment variable. */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  const value = env.SITE_URL?.trim() || DEFAULT_ORIGIN;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, not "${value}".`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be an origin with no path, query or fragment, not "${value}".`);
  }
  return url.origin;
}

/** Stops `astro build` when `SITE_URL` is unset, so a build never publishes localhost addresses unasked. */
export function requireSiteOrigin(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'edition:site-origin',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && !env.SITE_URL?.trim()) throw new Error(MISSING_ORIGIN_MESSAGE);
      },
    },
  };
}
