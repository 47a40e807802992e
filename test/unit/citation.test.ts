import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { citeEssay } from '../../src/citation/cite.ts';
import { loadEdition } from '../../src/edition/edition.ts';

// Expected strings: rendered by citeproc-js from the official CSL files and reviewed by hand once
// against each manual's pattern for an anonymous web essay (title first, no invented author).
const edition = loadEdition();
const section = { url: 'https://example.org/v/', section: 'V', sectionName: 'Part V' };

describe('citations of a section', () => {
  const cited = citeEssay(edition, section);
  const style = (id: string) => cited.styles.find((s) => s.id === id);

  test('Chicago notes and bibliography', () => {
    assert.equal(style('chicago')?.reference, '“This Changed Everything—Twice.” This Changed Everything—Twice: An Annotated Edition, January 28, 2017. https://example.org/v/.');
    assert.equal(style('chicago')?.short, '“This Changed Everything—Twice,” sec. V.');
    assert.match(style('chicago')?.referenceHtml ?? '', /<i>This Changed Everything—Twice: An Annotated Edition<\/i>/);
  });

  test('MLA 9', () => {
    assert.equal(style('mla')?.reference, '“This Changed Everything—Twice.” This Changed Everything—Twice: An Annotated Edition, 28 Jan. 2017, https://example.org/v/.');
    assert.equal(style('mla')?.short, '(“This Changed Everything—Twice,” sec. V)');
  });

  test('APA 7', () => {
    assert.equal(style('apa')?.reference, 'This Changed Everything—Twice. (2017, January 28). This Changed Everything—Twice: An Annotated Edition. https://example.org/v/');
    assert.equal(style('apa')?.short, '(This Changed Everything—Twice, 2017, sec. V)');
  });

  test('no style invents an author or needs an access date for this dated essay', () => {
    for (const s of cited.styles) {
      assert.ok(s.reference.includes('This Changed Everything—Twice'), s.id);
      assert.ok(!/Anonymous|Anon\./.test(s.reference), s.id);
      assert.equal(s.needsAccessDate, false, s.id);
    }
  });
});

describe('citations of a paragraph', () => {
  const cited = citeEssay(edition, { ...section, paragraph: 9 });

  test('the paragraph is the locator and the URL is the section’s', () => {
    assert.deepEqual(
      cited.styles.map((s) => s.short),
      ['“This Changed Everything—Twice,” para. 9.', '(“This Changed Everything—Twice,” para. 9)', '(This Changed Everything—Twice, 2017, para. 9)'],
    );
    for (const s of cited.styles) assert.ok(s.reference.includes('https://example.org/v/'), s.id);
  });

  test('BibTeX', () => {
    assert.equal(
      cited.bibtex,
      '@misc{changed_everything_twice_2017_v_p9,\n\tyear = {2017},\n\tmonth = {jan 28},\n\tnote = {Part V, para. 9},\n\ttitle = {This {Changed} {Everything}---{Twice}},\n\turl = {https://example.org/v/},\n\thowpublished = {https://example.org/v/},\n}',
    );
  });

  test('RIS', () => {
    assert.equal(
      cited.ris,
      'TY  - ELEC\nDA  - 2017/1/28/\nPY  - 2017\nID  - changed_everything_t\nLA  - en\nLB  - changed_everything_twice_2017_v_p9\nN1  - Part V, para. 9\nTI  - This Changed Everything—Twice\nUR  - https://example.org/v/\nER  -',
    );
  });
});
