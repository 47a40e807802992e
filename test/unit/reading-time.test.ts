import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { countWords, readingMinutes } from '../../src/edition/reading-time.ts';

test('counts words, not JSX, note references or Markdown marks', () => {
  assert.equal(countWords('---\norder: 1\n---\nThe *Cheka*, created by Lenin.<NoteRef id="x" />\n\n<figure class="a">Two words</figure>'), 7);
});

test('estimates reading time at 230 words a minute, never zero', () => {
  assert.equal(readingMinutes('word '.repeat(690)), 3);
  assert.equal(readingMinutes('A short afterword.'), 1);
  // Part V is the longest section: about 2,200 words (wc -w on the file gives 2,235 with its markup).
  const v = readFileSync('content/essay/v.mdx', 'utf8');
  assert.ok(countWords(v) > 2100 && countWords(v) < 2300, String(countWords(v)));
  assert.equal(readingMinutes(v), Math.round(countWords(v) / 230));
});
