import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { citeEssay, cslJson, sentenceCase } from '../../src/citation/cite.ts';
import { citationModel } from '../../src/citation/model.ts';
import { loadEdition } from '../../src/edition/edition.ts';
import { editionSchema } from '../../src/schemas/edition.ts';

// Expected strings: rendered by citeproc-js from the CSL files in src/citation/csl/ and checked by
// hand against each manual's pattern for a republished text with no named author: the title comes
// first, the essay's date (2017) is the original publication, the edition's date is the one read.
const edition = editionSchema.parse({ ...loadEdition(), editionDate: '2026-11-25', revised: null });
const section = { url: 'https://example.org/v/', section: 'V', sectionName: 'Part V' };

describe('the citation model', () => {
  test('the essay and the edition are two things with two dates, and no one is named who is not named', () => {
    const model = citationModel(edition);
    assert.deepEqual(model.work, { title: 'This Changed Everything—Twice', date: '2017-01-28', author: null, language: 'en' });
    assert.equal(model.edition.title, 'This Changed Everything—Twice: An Annotated Edition');
    assert.equal(model.edition.date, '2026-11-25');
    assert.equal(model.edition.publisher, null);
    assert.deepEqual(model.edition.editors, []);
  });

  test('a revision date, when edition.yaml gives one, dates the edition', () => {
    assert.equal(citationModel({ ...edition, revised: '2027-03-02' }).edition.date, '2027-03-02');
  });

  test('the CSL item carries original-date (the essay) and issued (the edition)', () => {
    const [item] = cslJson(edition, { ...section, paragraph: 9 });
    assert.deepEqual(item['original-date'], { 'date-parts': [[2017, 1, 28]] });
    assert.deepEqual(item.issued, { 'date-parts': [[2026, 11, 25]] });
    assert.equal(item.type, 'webpage');
    assert.equal('publisher' in item || 'author' in item || 'editor' in item, false);
  });

  test('a publisher and editors are printed once edition.yaml names them', () => {
    const named = citeEssay({ ...edition, editionPublisher: 'Example Press', editors: ['A. Editor'] }, section);
    assert.match(named.bibtex, /publisher = \{Example Press\}/);
    assert.match(named.bibtex, /editor = \{A\. Editor\}/);
    assert.match(named.ris, /^PB {2}- Example Press$/m);
    assert.match(named.ris, /^ED {2}- A\. Editor$/m);
  });
});

describe('citations of a section', () => {
  const cited = citeEssay(edition, section);
  const style = (id: string) => cited.styles.find((s) => s.id === id);

  test('Chicago: the edition dated, then "Originally published" with the essay’s date', () => {
    assert.equal(
      style('chicago')?.reference,
      '“This Changed Everything—Twice.” This Changed Everything—Twice: An Annotated Edition, November 25, 2026. Originally published January 28, 2017. https://example.org/v/.',
    );
    assert.equal(style('chicago')?.short, '“This Changed Everything—Twice,” sec. V.');
    assert.match(style('chicago')?.referenceHtml ?? '', /<i>This Changed Everything—Twice: An Annotated Edition<\/i>/);
  });

  test('MLA 9: the original publication date after the title, the edition’s date in the container', () => {
    assert.equal(style('mla')?.reference, '“This Changed Everything—Twice.” 2017. This Changed Everything—Twice: An Annotated Edition, 25 Nov. 2026, https://example.org/v/.');
    assert.equal(style('mla')?.short, '(“This Changed Everything—Twice,” sec. V)');
  });

  test('APA 7: a republished work, "(Original work published 2017)" and both years in the text', () => {
    assert.equal(
      style('apa')?.reference,
      'This changed everything—twice. (2026, November 25). This Changed Everything—Twice: An Annotated Edition. https://example.org/v/ (Original work published 2017)',
    );
    assert.match(style('apa')?.referenceHtml ?? '', /^<i>This changed everything—twice<\/i>\./);
    assert.equal(style('apa')?.short, '(This Changed Everything—Twice, 2017/2026, sec. V)');
  });

  test('no style invents an author or a publisher, or needs an access date', () => {
    for (const s of cited.styles) {
      assert.ok(!/Anonymous|Anon\.|editors of this edition/i.test(s.reference), s.id);
      assert.equal(s.needsAccessDate, false, s.id);
    }
  });
});

describe('citations of a paragraph (/v/ ¶ 9)', () => {
  const cited = citeEssay(edition, { ...section, paragraph: 9 });

  test('the paragraph is the locator (Chicago and APA "para.", MLA "par.") and the URL is the section’s', () => {
    assert.deepEqual(
      cited.styles.map((s) => s.short),
      ['“This Changed Everything—Twice,” para. 9.', '(“This Changed Everything—Twice,” par. 9)', '(This Changed Everything—Twice, 2017/2026, para. 9)'],
    );
    assert.deepEqual(
      cited.styles.map((s) => s.reference),
      [
        '“This Changed Everything—Twice.” This Changed Everything—Twice: An Annotated Edition, November 25, 2026. Originally published January 28, 2017. https://example.org/v/.',
        '“This Changed Everything—Twice.” 2017. This Changed Everything—Twice: An Annotated Edition, 25 Nov. 2026, https://example.org/v/.',
        'This changed everything—twice. (2026, November 25). This Changed Everything—Twice: An Annotated Edition. https://example.org/v/ (Original work published 2017)',
      ],
    );
  });

  test('BibTeX: a month macro, biblatex date and origdate', () => {
    assert.equal(
      cited.bibtex,
      [
        '@misc{changed_everything_twice_2017_v_p9,',
        '\ttitle = {This {Changed} {Everything}---{Twice}},',
        '\thowpublished = {This {Changed} {Everything}---{Twice}: {An} {Annotated} {Edition}},',
        '\tyear = {2026},',
        '\tmonth = nov,',
        '\tdate = {2026-11-25},',
        '\torigdate = {2017-01-28},',
        '\turl = {https://example.org/v/},',
        '\tlangid = {english},',
        '\tnote = {Originally published January 28, 2017. Part V, para. 9},',
        '}',
      ].join('\n'),
    );
  });

  test('RIS: a web page with a zero-padded DA, ending in "ER  - "', () => {
    assert.equal(
      cited.ris,
      [
        'TY  - ELEC',
        'ID  - changed_everything_twice_2017_v_p9',
        'TI  - This Changed Everything—Twice',
        'T2  - This Changed Everything—Twice: An Annotated Edition',
        'PY  - 2026',
        'DA  - 2026/11/25/',
        'UR  - https://example.org/v/',
        'LA  - en',
        'N1  - Originally published January 28, 2017. Part V, para. 9.',
        'ER  - ',
      ].join('\n'),
    );
  });
});

describe('edition.yaml', () => {
  test('names no publisher and no editors: nothing stands in for them', () => {
    const real = loadEdition();
    assert.equal(real.editionPublisher, null);
    assert.deepEqual(real.editors, []);
  });
});

test('APA’s sentence case lowers every word after the first, across the em dash', () => {
  assert.equal(sentenceCase('This Changed Everything—Twice'), 'This changed everything—twice');
});
