import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { INDEX_CHUNK_SIZE } from '../../src/integrations/pagefind.ts';
import { DIST } from '../helpers/built-site.ts';

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
