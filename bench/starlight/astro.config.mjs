// The comparison site for `npm run bench` (bench/starlight.ts): Starlight's defaults, search included.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [starlight({ title: 'This Changed Everything—Twice' })],
});
