import type { APIRoute } from 'astro';
import { loadEditionModel } from '../edition';

/** The web app manifest: the edition can be installed and opened like an app, and read offline. */
export const GET: APIRoute = () => {
  const { edition } = loadEditionModel();
  const manifest = {
    name: edition.title,
    short_name: edition.title,
    description: edition.description,
    lang: edition.language,
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fbf8f1',
    theme_color: '#8a2a1b',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
