import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { glossaryFirst, toEditionResult, type PagefindData } from '../../src/search/results.ts';

const words = (n: number, hits: Record<number, string> = {}) => Array.from({ length: n }, (_, i) => hits[i] ?? `w${i}`).join(' ');

const section: PagefindData = {
  url: '/v/',
  content: words(60, { 12: 'Kronstadt', 31: 'Kronstadt', 33: 'Kronstadt', 50: 'Kronstadt' }),
  locations: [12, 31, 33, 50],
  anchors: [
    { id: 'p1', location: 0 },
    { id: 'p2', location: 20 },
    { id: 'note-4', location: 40 },
    { id: 'note-4-text', location: 41 },
    { id: 'p3', location: 45 },
  ],
  meta: { title: 'Part V', section: 'V' },
  filters: { kind: ['Essay'] },
};

describe('search results land on paragraphs', () => {
  test('hits are grouped by paragraph, most hits first, shown in page order', () => {
    const result = toEditionResult(section, 2);
    assert.equal(result.kind, 'Essay');
    assert.deepEqual(
      result.subResults.map((sub) => [sub.url, sub.label, sub.hits]),
      [
        ['/v/#p1', 'V ¶ 1', 1],
        ['/v/#p2', 'V ¶ 2', 2],
      ],
    );
  });

  test('on an essay page a note reference is not a place: text after it still belongs to its paragraph', () => {
    const labels = toEditionResult(section, 5).subResults.map((sub) => sub.label);
    assert.deepEqual(labels, ['V ¶ 1', 'V ¶ 2', 'V ¶ 3']);
  });

  test('an excerpt stays inside its paragraph and marks only the hit words', () => {
    const [, second] = toEditionResult(section).subResults;
    const text = second.excerpt.map((part) => part.text).join('');
    assert.ok(text.startsWith('w20 ') && !text.includes('w19'), text);
    assert.deepEqual(second.excerpt.filter((part) => part.hit).map((part) => part.text), ['Kronstadt', 'Kronstadt']);
  });

  test('notes are places too; hits before any anchor link to the page itself', () => {
    const notes = toEditionResult({ url: '/notes/', content: words(30, { 2: 'Serge', 20: 'Serge' }), locations: [2, 20], anchors: [{ id: 'note-4', location: 10 }], meta: { title: 'Notes' } });
    assert.deepEqual(notes.subResults.map((sub) => [sub.url, sub.label]), [
      ['/notes/', 'Notes'],
      ['/notes/#note-4', 'Note 4'],
    ]);
  });
});

describe('glossary entries come first when the query names them', () => {
  const result = (title: string, kind: string) => ({ url: `/${title}/`, title, kind, subResults: [] });
  const results = [result('Part V', 'Essay'), result('Mikhail Kalinin', 'Glossary'), result('New Economic Policy (NEP)', 'Glossary')];
  const aliases = (r: { title: string }) => (r.title.startsWith('New') ? ['NEP', 'NEP men'] : []);

  test('by alias or a word of the headword, ignoring case', () => {
    assert.equal(glossaryFirst(results, 'nep', aliases)[0].title, 'New Economic Policy (NEP)');
    assert.equal(glossaryFirst(results, 'Kalinin', aliases)[0].title, 'Mikhail Kalinin');
  });

  test('not when the query only appears in the entry', () => {
    assert.deepEqual(glossaryFirst(results, 'revolution', aliases).map((r) => r.title), ['Part V', 'Mikhail Kalinin', 'New Economic Policy (NEP)']);
  });
});
