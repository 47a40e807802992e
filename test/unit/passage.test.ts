import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { encodeTextTerm, passageUrl, quoteWithCitation, textDirective, wholeWords } from '../../src/citation/passage.ts';

const paragraph = 'The old Bolsheviks,  who had harmed no one, were tried in 1936–1938 as “enemies of the people.”';

describe('the link to a quoted passage', () => {
  test('a short quote is one text directive after the paragraph’s permalink', () => {
    assert.equal(passageUrl('https://example.org/v/', 9, 'harmed no one'), 'https://example.org/v/#p9:~:text=harmed%20no%20one');
  });

  test('the directive’s reserved characters are percent-encoded: "-", "," and "&"', () => {
    assert.equal(encodeTextTerm('one-party state, & more'), 'one%2Dparty%20state%2C%20%26%20more');
    assert.equal(textDirective('1936–1938'), 'text=1936%E2%80%931938');
  });

  test('a long quote is linked by its first and last words (textStart,textEnd)', () => {
    assert.equal(
      textDirective('who had harmed no one, were tried in 1936–1938 as “enemies of the people.”'),
      'text=who%20had%20harmed%20no,%E2%80%9Cenemies%20of%20the%20people.%E2%80%9D',
    );
  });

  test('a selection that starts or ends inside a word is widened to whole words', () => {
    assert.equal(wholeWords(paragraph, 'rmed no o'), 'harmed no one');
    assert.equal(wholeWords(paragraph, ' harmed no one, '), 'harmed no one,');
    assert.equal(wholeWords(paragraph, 'who had'), 'who had');
  });
});

describe('a quotation with its citation', () => {
  test('MLA and APA: the parenthetical after the closing quotation mark, closing punctuation moved out', () => {
    assert.equal(quoteWithCitation('mla', 'harmed no one,', '(“This Changed Everything—Twice,” pt. 5, par. 9)'), '“harmed no one” (“This Changed Everything—Twice,” pt. 5, par. 9)');
    assert.equal(quoteWithCitation('apa', 'harmed no one', '(This Changed Everything—Twice, 2017/2026, Part V, para. 9)'), '“harmed no one” (This Changed Everything—Twice, 2017/2026, Part V, para. 9)');
  });

  test('Chicago: a note number after the quotation, then the note', () => {
    assert.equal(quoteWithCitation('chicago', 'harmed no one', '“This Changed Everything—Twice,” pt. V, para. 9.'), '“harmed no one”¹\n1. “This Changed Everything—Twice,” pt. V, para. 9.');
  });

  test('quotation marks inside the quotation become single', () => {
    assert.equal(quoteWithCitation('mla', 'as "enemies of the people"', '(x)'), '“as ‘enemies of the people’” (x)');
  });
});

describe('quotes that span a note reference or recur on the page', () => {
  test('a quote cut by a note reference is linked by its first and last pieces', () => {
    assert.equal(textDirective('the life of Lenin, was one of the early', { pieces: ['the life of Lenin', ', was one of the early'] }), 'text=the%20life%20of%20Lenin,one%20of%20the%20early');
  });

  test('a recurring quote carries the words before and after it', () => {
    assert.equal(textDirective('the Bolsheviks', { context: { before: 'Yet', after: 'lied to the workers, telling' } }), 'text=Yet-,the%20Bolsheviks,-lied%20to%20the');
    assert.equal(textDirective('the Bolsheviks', { context: { before: '', after: '' } }), 'text=the%20Bolsheviks');
  });
});

