import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { preloadable, TYPING_PAUSE, typingPause } from '../../src/search/typing-pause.ts';

describe('searching while a reader types', () => {
  test('the search waits half again the reader’s own pace, so it runs after their last key, not between keys', () => {
    for (const pace of [120, 200, 280]) {
      const gaps = [Number.POSITIVE_INFINITY, pace, pace + 10, pace - 10];
      assert.ok(typingPause(gaps, 'Kronstadt') > pace + 10, `at ${pace} ms a key the search must wait out the next key`);
    }
  });

  test('the pace is the median of the last three gaps: one slow key does not stall the search', () => {
    assert.equal(typingPause([120, 120, 900], 'Kronstadt'), 180);
  });

  test('a gap longer than a pause (a reader thinking) does not count as pace', () => {
    assert.equal(typingPause([120, 5000, 120], 'Kronstadt'), 180);
  });

  test('the first keys, before the reader’s pace is known, wait the assumed pace', () => {
    assert.equal(typingPause([Number.POSITIVE_INFINITY], 'Kro'), TYPING_PAUSE.assumedPaceMs * 1.5);
  });

  test('a very fast or very slow reader waits within bounds', () => {
    assert.equal(typingPause([30, 30, 30], 'Kronstadt'), TYPING_PAUSE.minMs);
    assert.equal(typingPause([1200, 1200, 1200], 'Kronstadt'), TYPING_PAUSE.maxMs);
  });

  test('a query of one or two characters waits the longest, whatever the pace: its prefix matches much of the index', () => {
    assert.equal(typingPause([Number.POSITIVE_INFINITY], 's'), TYPING_PAUSE.maxMs);
    assert.equal(typingPause([120, 120], 'so'), TYPING_PAUSE.maxMs);
    assert.equal(typingPause([120, 120, 120], 'soc'), 180);
  });
});

describe('index chunks fetched ahead while typing', () => {
  test('a last word of one or two characters waits; a finished word or a longer prefix is fetched', () => {
    assert.equal(preloadable('K'), '');
    assert.equal(preloadable('Kr'), '');
    assert.equal(preloadable('Kro'), 'Kro');
    assert.equal(preloadable('socialism i'), 'socialism');
    assert.equal(preloadable('socialism in'), 'socialism');
    assert.equal(preloadable('socialism in o'), 'socialism in');
    assert.equal(preloadable('Andrés Ni'), 'Andrés');
  });
});
