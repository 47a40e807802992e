import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anchor, ANNO_CONTEXT, createAnnotation, describe as describeWords, ImportError, inReadingOrder, paragraphOf, parseImport, toCollection, toMarkdown, withNote } from '../../src/annotations/model.ts';

const text = 'While the Kronstadt sailors took a few Communists prisoner, they harmed no one and the rebellion did not immediately pose a threat.';
const start = text.indexOf('harmed no one');
const selectors = describeWords(text, start, start + 'harmed no one'.length);
const source = 'https://example.org/v/#p9';
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });

describe('anchoring a reader’s words', () => {
  test('the selectors name the words, the words around them and their place', () => {
    assert.deepEqual(selectors[0], { type: 'TextQuoteSelector', exact: 'harmed no one', prefix: 'a few Communists prisoner, they ', suffix: ' and the rebellion did not immed' });
    assert.deepEqual(selectors[1], { type: 'TextPositionSelector', start, end: start + 13 });
  });

  test('unchanged text: the words are at their recorded place', () => {
    assert.deepEqual(anchor(text, selectors), at('harmed no one'));
  });

  test('words added before them: found again by quote', () => {
    const changed = `In March 1921, ${text}`;
    assert.deepEqual(anchor(changed, selectors), { start: changed.indexOf('harmed no one'), end: changed.indexOf('harmed no one') + 13 });
  });

  test('the same words twice: the occurrence whose context matches wins, wherever the position points', () => {
    const twice = 'They harmed no one at first. Later, they harmed no one and the rebellion went on.';
    const quote = { ...selectors[0], prefix: 'Later, they ', suffix: ' and the rebellion' };
    assert.deepEqual(anchor(twice, [quote, { type: 'TextPositionSelector', start: 5, end: 18 }]), { start: twice.lastIndexOf('harmed no one'), end: twice.lastIndexOf('harmed no one') + 13 });
  });

  test('words no longer in the paragraph: an orphan (null), not a guess', () => {
    assert.equal(anchor(text.replace('harmed no one', 'spared everyone'), selectors), null);
  });
});

describe('the annotation and its collection (W3C Web Annotation Data Model)', () => {
  const now = new Date('2026-12-08T03:00:00Z');
  const highlight = createAnnotation(source, selectors, 'urn:uuid:1', now);
  const note = createAnnotation('https://example.org/i/#p2', describeWords('a watershed for', 0, 11), 'urn:uuid:2', now, 'Why a watershed?');

  test('a highlight has no body; a note is a plain-text TextualBody', () => {
    assert.equal(highlight.motivation, 'highlighting');
    assert.equal(highlight.body, undefined);
    assert.deepEqual(note.body, { type: 'TextualBody', value: 'Why a watershed?', format: 'text/plain', purpose: 'commenting' });
    assert.equal(withNote(highlight, 'later', now).motivation, 'commenting');
  });

  test('the paragraph is read from the permalink; anything else is not a paragraph', () => {
    assert.deepEqual(paragraphOf(source), { path: '/v/', paragraph: 9 });
    assert.equal(paragraphOf('https://example.org/v/'), null);
    assert.equal(paragraphOf('https://example.org/v/#note-4'), null);
    assert.equal(paragraphOf('not a url'), null);
  });

  test('reading order: by section, then paragraph, then place', () => {
    assert.deepEqual(inReadingOrder([highlight, note], ['/i/', '/v/']).map((a) => a.id), ['urn:uuid:2', 'urn:uuid:1']);
  });

  test('an exported collection imports back to the same annotations', () => {
    const collection = toCollection([highlight, note], 'Mine');
    assert.equal(collection['@context'], ANNO_CONTEXT);
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, 2);
    assert.deepEqual(parseImport(JSON.stringify(collection), 'https://example.org'), [highlight, note]);
  });

  test('a bad or foreign file is refused with the reason, never half-read', () => {
    const refused = (content: string, message: RegExp) => assert.throws(() => parseImport(content, 'https://example.org'), (error: unknown) => error instanceof ImportError && message.test(error.message));
    refused('{ not json', /not JSON/);
    refused(JSON.stringify({ '@context': 'https://schema.org', type: 'Thing' }), /"@context" is not http:\/\/www\.w3\.org\/ns\/anno\.jsonld/);
    refused(JSON.stringify(toCollection([highlight], 'x')).replace('https://example.org/v/', 'https://other.example/v/'), /Annotation 1 is about https:\/\/other\.example\/v\/#p9, which is not a paragraph of this edition/);
    refused(JSON.stringify(toCollection([highlight, { ...note, target: { source: note.target.source } } as never], 'x')), /Annotation 2 has no TextQuoteSelector/);
    refused(JSON.stringify({ '@context': ANNO_CONTEXT, type: 'AnnotationCollection' }), /holds no annotations/);
  });
});

describe('the Markdown export', () => {
  test('section heading, quote, note, citation with the paragraph’s number, link and date', () => {
    const annotation = createAnnotation(source, selectors, 'urn:uuid:1', new Date('2026-12-08T03:00:00Z'), 'Compare Avrich.\nch. 4');
    const markdown = toMarkdown([annotation], { placeholder: '9999', sections: { '/v/': { name: 'Part V', citation: 'Essay, pt. V, para. 9999.' } } }, () => 'https://example.org/v/#p9:~:text=harmed', 'Mine');
    assert.equal(markdown, '# Mine\n\n## Part V\n\n> harmed no one\n\nCompare Avrich.\nch. 4\n\n— Essay, pt. V, para. 9.\n\n[Paragraph 9](https://example.org/v/#p9:~:text=harmed) · 2026-12-08\n');
  });
});
