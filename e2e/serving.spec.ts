import { expect, test } from '@playwright/test';

// What the shipped nginx config (deploy/nginx.conf) promises. Only run when the suite is served by it.
test.describe('served by deploy/nginx.conf', () => {
  test('pages: HTML, compressed, short cache, security headers', async ({ request }) => {
    const response = await request.get('/v/', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-type']).toMatch(/^text\/html/);
    expect(headers['content-encoding']).toMatch(/^(br|gzip)$/);
    expect(headers['cache-control']).toBe('public, max-age=300, must-revalidate');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  test('hashed assets are cached for a year', async ({ request, page }) => {
    await page.goto('/v/');
    const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    expect(css).toMatch(/^\/_astro\//);
    const response = await request.get(css as string);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('the EPUB is served as a book, with the security headers', async ({ request, page }) => {
    await page.goto('/');
    const href = await page.locator('a[href$=".epub"]').first().getAttribute('href');
    const response = await request.get(href as string);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/epub+zip');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('a missing page is a real 404 with the edition’s page', async ({ request }) => {
    const response = await request.get('/no-such-section/');
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  test('a section without its trailing slash redirects to the canonical URL', async ({ request }) => {
    const response = await request.get('/v', { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(new URL(response.headers().location).pathname).toBe('/v/');
  });

  test('Pagefind files are served with types it can read', async ({ request }) => {
    expect((await request.get('/pagefind/pagefind.js')).headers()['content-type']).toMatch(/javascript/);
    expect((await request.get('/pagefind/pagefind-entry.json')).headers()['content-type']).toMatch(/json/);
  });
});
