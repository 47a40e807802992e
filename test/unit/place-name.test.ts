import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JSDOM } from 'jsdom';
import { placeName } from '../../src/scripts/place-name.ts';

const { document } = new JSDOM('').window;
/** What a screen reader hears of the link text, and what a reader sees. */
const read = (label: string) => {
  const fragment = placeName(document, label);
  const hidden = fragment.querySelector('.ed-visually-hidden')?.textContent;
  const shown = fragment.querySelector('[aria-hidden="true"]')?.textContent ?? fragment.textContent;
  return { heard: hidden ?? fragment.textContent, shown };
};

describe('a search result’s place, as seen and as heard', () => {
  test('a paragraph: "V ¶ 9" is heard as "Part V, paragraph 9"', () => {
    assert.deepEqual(read('V ¶ 9'), { heard: 'Part V, paragraph 9', shown: 'V ¶ 9' });
    assert.deepEqual(read('Afterword ¶ 1'), { heard: 'Afterword, paragraph 1', shown: 'Afterword ¶ 1' });
  });

  test('a note: "V, editor’s note h" is heard with its part', () => {
    assert.deepEqual(read('V, editor’s note h'), { heard: 'Part V, editor’s note h', shown: 'V, editor’s note h' });
    assert.deepEqual(read('III, note 2'), { heard: 'Part III, note 2', shown: 'III, note 2' });
  });

  test('anything else is left as it is', () => {
    assert.deepEqual(read('Kronstadt rebellion'), { heard: 'Kronstadt rebellion', shown: 'Kronstadt rebellion' });
  });
});
