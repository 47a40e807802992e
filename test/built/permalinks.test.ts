import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { anchorsIn, idsIn, loadRedirects, MANIFEST, publishedPermalinks } from '../../src/permalinks/manifest.ts';
import { DIST } from '../helpers/built-site.ts';

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string[]>;
const redirects = loadRedirects();
const fileFor = (url: string) => `${DIST}${url}${url.endsWith('/') ? 'index.html' : ''}`;

describe('published permalinks keep working', () => {
  test('every URL in the manifest still resolves, or has a declared redirect', () => {
    const broken = Object.keys(manifest).filter((url) => !existsSync(fileFor(url)));
    assert.deepEqual(broken, [], `these published URLs no longer resolve; declare redirects in content/redirects.json: ${broken.join(', ')}`);
    for (const [from, to] of Object.entries(redirects)) {
      assert.ok(existsSync(fileFor(to)), `redirect ${from} → ${to} points nowhere`);
      assert.match(readFileSync(fileFor(from), 'utf8'), /http-equiv="refresh"/, `${from} has no redirect page`);
    }
  });

  test('every anchor in the manifest still exists on its page', () => {
    const missing = Object.entries(manifest).flatMap(([url, anchors]) => {
      if (redirects[url]) return [];
      const present = new Set(idsIn(readFileSync(fileFor(url), 'utf8')));
      return anchors.filter((anchor) => !present.has(anchor)).map((anchor) => `${url}#${anchor}`);
    });
    assert.deepEqual(missing, [], 'published anchors were removed: restore them (anchors cannot be redirected)');
  });

  test('the manifest lists everything the site now publishes (run `npm run permalinks` after adding pages)', () => {
    const published = publishedPermalinks(DIST);
    // A page is listed even when it has no anchor to promise (a section's citation page, /v/cite/).
    assert.deepEqual(Object.keys(published).filter((url) => !manifest[url]), []);
    const unlisted = Object.entries(published).flatMap(([url, anchors]) => anchors.filter((anchor) => !manifest[url]?.includes(anchor)).map((anchor) => `${url}#${anchor}`));
    assert.deepEqual(unlisted, []);
  });

  test('the manifest covers the essay: six sections, 47 paragraphs, seven notes, the glossary', () => {
    const sections = ['/i/', '/ii/', '/iii/', '/iv/', '/v/', '/afterword/'];
    assert.equal(sections.flatMap((url) => manifest[url].filter((anchor) => /^p\d+$/.test(anchor))).length, 47);
    assert.equal(manifest['/notes/'].filter((anchor) => /^note-\d+$/.test(anchor)).length, 7);
    assert.ok(manifest['/glossary/soviet/'] && manifest['/glossary/'].includes('soviet'));
    assert.ok(manifest['/iii/'].includes('figure-1'));
  });
});
