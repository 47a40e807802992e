/** Default origin for absolute URLs when `SITE_URL` is not set: the local preview server. */
export const DEFAULT_ORIGIN = 'http://localhost:4321';

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
