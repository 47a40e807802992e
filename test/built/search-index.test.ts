import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { INDEX_CHUNK_SIZE } from '../../src/integrations/pagefind.ts';
import { gunzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { loadEditionModel } from '../../src/edition/index.ts';
import { DIST } from '../helpers/built-site.ts';
import { gluedTokens, markedWords, withoutMarks } from '../helpers/note-marks.ts';

const dir = join(DIST, 'pagefind', 'index');
const chunks = readdirSync(dir).map((name) => ({ name, bytes: readFileSync(join(dir, name)).length }));

/** The most one chunk of the index may cost (already gzip): a first query fetches one per word it holds. */
const MAX_CHUNK_BYTES = 8 * 1024;

describe('the search index as a first query fetches it', () => {
  test(`is split into small chunks (Pagefind reads a chunk size of ${INDEX_CHUNK_SIZE})`, () => {
    const over = chunks.filter((chunk) => chunk.bytes > MAX_CHUNK_BYTES);
    assert.deepEqual(
      over,
      [],
      `index chunks over ${MAX_CHUNK_BYTES} bytes: Pagefind may no longer read PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (src/integrations/pagefind.ts); check its release notes for the new way to set the chunk size`,
    );
    assert.ok(chunks.length > 2, `${chunks.length} chunks`);
  });
});

describe('what the search index holds of the essay', () => {
  // Each fragment is a record as a result shows it (gzip, after Pagefind's own signature).
  const fragmentDir = join(DIST, 'pagefind', 'fragment');
  const records = readdirSync(fragmentDir).map((name) => JSON.parse(gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string });

  test('no note mark is joined to the word before it in any passage of the essay', () => {
    const glued: string[] = [];
    let references = 0;
    for (const slug of ['i', 'ii', 'iii', 'iv', 'v', 'afterword']) {
      const tree = fromHtml(readFileSync(join(DIST, slug, 'index.html'), 'utf8'));
      const words = markedWords(tree);
      references += words.length;
      const text = records.filter((record) => record.url.startsWith(`/${slug}/`)).map((record) => record.content).join('\n');
      assert.ok(text.length > 0, `/${slug}/ is indexed`);
      glued.push(...gluedTokens(text, words, withoutMarks(tree)).map((token) => `/${slug}/ ${token}`));
    }
    assert.equal(references, loadEditionModel().notes.all.length, 'the check reads every note reference of the essay');
    assert.deepEqual(glued, []);
  });
});
