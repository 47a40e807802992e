import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { indexRecords } from '../../src/search/passages.ts';
import { glossaryFirst, joinPages, toEditionResult, type PagefindData } from '../../src/search/results.ts';

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

  test('a passage is its own record at its permalink; its notes are places, labelled for the reader', () => {
    const passage: PagefindData = {
      url: '/v/#p9',
      content: words(40, { 3: 'Kalinin', 30: 'Avrich' }),
      locations: [3, 30],
      anchors: [
        { id: 'p9', location: 0 },
        { id: 'note-h-text', location: 25 },
      ],
      meta: { title: 'Part V', section: 'V', marks: 'note-4-text=4 note-h-text=k' },
      filters: { kind: ['Essay'] },
    };
    const result = toEditionResult(passage);
    assert.equal(result.url, '/v/');
    // The anchor note-h-text was published when the note was lettered h; it is now editor's note k.
    assert.deepEqual(result.subResults.map((sub) => [sub.url, sub.label]), [
      ['/v/#p9', 'V ¶ 9'],
      ['/v/#note-h-text', 'V, editor’s note k'],
    ]);
  });

  test('hits outside any place link to the page itself', () => {
    const about = toEditionResult({ url: '/about/', content: words(30, { 2: 'Serge' }), locations: [2], anchors: [{ id: 'principles', location: 10 }], meta: { title: 'About this edition' } });
    assert.deepEqual(about.subResults.map((sub) => [sub.url, sub.label]), [['/about/', 'About this edition']]);
  });

  test('passages of one section join into one result where the best stood, in page order', () => {
    const passage = (p: number, title: string) => ({ url: '/v/', title, kind: 'Essay', subResults: [{ url: `/v/#p${p}`, label: `V ¶ ${p}`, excerpt: [], hits: 1 }] });
    const entry = { url: '/glossary/cheka/', title: 'Cheka', kind: 'Glossary', subResults: [] };
    const joined = joinPages([passage(9, 'Part V'), entry, passage(2, 'Part V')]);
    assert.deepEqual(joined.map((r) => r.url), ['/v/', '/glossary/cheka/']);
    assert.deepEqual(joined[0].subResults.map((sub) => sub.label), ['V ¶ 2', 'V ¶ 9']);
  });
});

describe('what Pagefind indexes', () => {
  const body = (kind: string, inner: string) =>
    `<!doctype html><html lang="en"><body><nav>Contents</nav><div data-pagefind-body data-search-kind="${kind}" data-search-section="V" data-pagefind-filter="kind[data-search-kind]">${inner}</div></body></html>`;

  test('an essay section becomes one record per passage, its notes with it, ids kept without copies of the text', () => {
    const html = body('Essay', '<aside data-pagefind-ignore>¶ 1</aside><p id="p1">One.</p><aside class="ed-sidenote" id="note-3-text">A note.</aside><p id="p2">Two <a id="x">words</a>.</p>');
    const records = indexRecords(html, '/v/');
    assert.deepEqual(records.map((r) => r.url), ['/v/#p1', '/v/#p2']);
    assert.match(records[0].html, /^<!doctype html><html lang="en"><body><div data-pagefind-body="" data-search-kind="Essay"/);
    assert.match(records[0].html, /<p><span id="p1"><\/span>One\.<\/p><aside class="ed-sidenote"><span id="note-3-text"><\/span>A note\.<\/aside>/);
    assert.ok(!records[0].html.includes('Two'));
    assert.ok(records[1].html.includes('<a id="x">words</a>'), 'ids that are not places are left alone');
    assert.ok(!records.some((r) => r.html.includes('Contents')), 'only the body is indexed');
  });

  test('other pages stay one record; pages without data-pagefind-body give none', () => {
    assert.deepEqual(indexRecords(body('Glossary', '<h1 id="entry-heading">Cheka</h1><p>Police.</p>'), '/glossary/cheka/').map((r) => r.url), ['/glossary/cheka/']);
    assert.deepEqual(indexRecords('<html><body><p id="p1">Search</p></body></html>', '/search/'), []);
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

  test('an entry named exactly comes before one named in part', () => {
    const party = [result('PCE', 'Glossary'), result('Bolsheviks', 'Glossary')];
    const names = (r: { title: string }) => (r.title === 'PCE' ? ['Communist Party of Spain'] : ['Communist Party']);
    assert.deepEqual(glossaryFirst(party, 'communist party', names).map((r) => r.title), ['Bolsheviks', 'PCE']);
  });

  test('not when the query only appears in the entry', () => {
    assert.deepEqual(glossaryFirst(results, 'revolution', aliases).map((r) => r.title), ['Part V', 'Mikhail Kalinin', 'New Economic Policy (NEP)']);
  });
});
