import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { manifestSource, precacheFor, printSaveSize, saveSizeText, serviceWorkerSource } from '../../src/offline/precache.ts';

// The saved edition's list on a small built site: what a reader who saves the edition is sent, and
// what an update sends again.
const sites: string[] = [];
function site(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'edition-precache-'));
  sites.push(dist);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  return dist;
}
after(() => sites.forEach((dist) => rmSync(dist, { recursive: true, force: true })));

const BUILD = {
  'index.html': '<h1>Title</h1><span data-offline-size>?</span>',
  'v/index.html': '<p id="p1">How do we who today…</p>',
  'iii/index.html': '<p id="p1">Part III</p>',
  '404.html': '<h1>Not found</h1>',
  '_astro/page.Ab12Cd.css': 'body{}',
  'pagefind/pagefind.js': 'export {}',
  'pagefind/index/en_2dbbc4a.pf_index': 'index',
  'sw.js': 'old worker',
  'offline.json': '{}',
  'this-changed-everything-twice.epub': 'book',
  'robots.txt': 'User-agent: *',
  '_headers': '/*',
};

describe('the saved edition (src/offline/precache.ts)', () => {
  test('lists pages by their URL, with the 404 page, and leaves out the worker, its list, the EPUB and host files', () => {
    assert.deepEqual(precacheFor(site(BUILD)).entries.map((entry) => entry.url), ['/404.html', '/_astro/page.Ab12Cd.css', '/iii/', '/', '/pagefind/index/en_2dbbc4a.pf_index', '/pagefind/pagefind.js', '/v/']);
  });

  test('a file named by its content has no revision; any other has a hash of its content', () => {
    const revisions = Object.fromEntries(precacheFor(site(BUILD)).entries.map((entry) => [entry.url, entry.revision]));
    assert.equal(revisions['/_astro/page.Ab12Cd.css'], null);
    assert.equal(revisions['/pagefind/index/en_2dbbc4a.pf_index'], null);
    assert.match(revisions['/v/'] ?? '', /^[0-9a-f]{10}$/);
  });

  test('one changed paragraph changes that page’s revision and the version, and nothing else', () => {
    const before = precacheFor(site(BUILD), 'worker');
    const after = precacheFor(site({ ...BUILD, 'v/index.html': '<p id="p1">How do we, who today…</p>' }), 'worker');
    const changed = after.entries.filter((entry, i) => entry.revision !== before.entries[i]?.revision).map((entry) => entry.url);
    assert.deepEqual(changed, ['/v/']);
    assert.notEqual(after.version, before.version);
    // The worker's own code is part of the version: new code reaches readers even when no file changed.
    assert.notEqual(precacheFor(site(BUILD), 'worker, changed').version, before.version);
    assert.equal(precacheFor(site(BUILD), 'worker').version, before.version);
  });

  test('the list is compact: [url, bytes] for a hashed name, [url, bytes, revision] otherwise', () => {
    const precache = precacheFor(site(BUILD));
    const manifest = JSON.parse(manifestSource(precache)) as { version: string; files: unknown[][] };
    assert.equal(manifest.version, precache.version);
    assert.equal(manifest.files.find(([url]) => url === '/_astro/page.Ab12Cd.css')?.length, 2);
    assert.equal(manifest.files.find(([url]) => url === '/v/')?.length, 3);
  });

  test('the worker carries its version and is minified', () => {
    const precache = precacheFor(site(BUILD));
    const source = serviceWorkerSource(readFileSync('src/offline/service-worker.js', 'utf8'), precache);
    assert.ok(source.includes(precache.version));
    assert.ok(source.includes('/offline.json'));
    assert.ok(!source.includes('__EDITION_'), 'every placeholder filled in');
    assert.ok(!source.includes('// '), 'no comments');
    assert.ok(source.length < readFileSync('src/offline/service-worker.js', 'utf8').length / 2);
  });

  test('pages that offer the save print its size, rounded to 10 kB, and printing again changes nothing', () => {
    const dist = site(BUILD);
    const text = saveSizeText({ entries: [], raw: 0, gzip: 627_000, version: '' });
    assert.equal(text, '610 kB');
    assert.equal(printSaveSize(dist, text), true);
    assert.match(readFileSync(join(dist, 'index.html'), 'utf8'), /<span data-offline-size>610 kB<\/span>/);
    assert.equal(printSaveSize(dist, text), false);
  });
});
