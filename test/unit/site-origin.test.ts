import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MISSING_ORIGIN_MESSAGE, requireSiteOrigin, siteOrigin } from '../../src/site-origin.ts';

type Setup = (options: { command: string }) => void;
const setup = (env: Record<string, string | undefined>) => requireSiteOrigin(env).hooks['astro:config:setup'] as unknown as Setup;

test('a build without SITE_URL stops and says how to set it', () => {
  assert.throws(() => setup({})({ command: 'build' }), { message: MISSING_ORIGIN_MESSAGE });
  assert.match(MISSING_ORIGIN_MESSAGE, /SITE_URL=https:\/\/example\.org npm run build/);
});

test('a build with SITE_URL, and dev, preview and sync without it, go ahead', () => {
  assert.doesNotThrow(() => setup({ SITE_URL: 'https://example.org' })({ command: 'build' }));
  for (const command of ['dev', 'preview', 'sync']) assert.doesNotThrow(() => setup({})({ command }));
});

test('SITE_URL must be a bare origin', () => {
  assert.equal(siteOrigin({ SITE_URL: 'https://example.org/' }), 'https://example.org');
  assert.throws(() => siteOrigin({ SITE_URL: 'https://example.org/edition/' }), /no path/);
  assert.throws(() => siteOrigin({ SITE_URL: 'example.org' }), /absolute URL/);
});
