import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { citeEssay, cslJson, sentenceCase } from '../../src/citation/cite.ts';
import { citationModel, locatorText } from '../../src/citation/model.ts';
import { loadEditionModel } from '../../src/edition/index.ts';
import { editionSchema } from '../../src/schemas/edition.ts';

// Expected strings: rendered by citeproc-js (citation-js) from the CSL files in src/citation/csl/ and
// checked by hand against each manual's pattern for a republished text with no named author: the
// title comes first, the essay's own date (2017) is the original, the version's date is the one read.
const require = createRequire(import.meta.url);
const ris = require('astrocite-ris') as { parse(text: string): Record<string, any>[] };

const edition = editionSchema.parse({ ...loadEditionModel().edition, editionDate: '2026-11-25' });
const release = { version: '1.0', date: '2026-12-07' };
const section = { url: 'https://example.org/v/', section: 'V', sectionName: 'Part V' };
const p9 = { ...section, paragraph: 9 };
const afterword = { url: 'https://example.org/afterword/', section: 'Afterword', sectionName: 'Afterword', paragraph: 1 };

describe('the citation model', () => {
  test('the essay and the edition are two things with two dates, and no one is named who is not named', () => {
    const model = citationModel(edition, release);
    assert.deepEqual(model.work, { title: 'This Changed Everything—Twice', date: '2017-01-28', author: null, publication: null, language: 'en' });
    assert.equal(model.edition.title, 'This Changed Everything—Twice: An Annotated Edition');
    assert.equal(model.edition.date, '2026-12-07', 'the version’s date');
    assert.equal(model.edition.published, '2026-11-25');
    assert.equal(model.edition.version, '1.0');
    assert.equal(model.edition.publisher, null);
    assert.deepEqual(model.edition.editors, []);
  });

  test('a paragraph is named with its part in each style’s words, the Afterword by name', () => {
    assert.deepEqual(['chicago', 'mla', 'apa'].map((s) => locatorText(s as 'mla', p9)), ['pt. V, para. 9', 'pt. 5, par. 9', 'Part V, para. 9']);
    assert.deepEqual(['chicago', 'mla', 'apa'].map((s) => locatorText(s as 'mla', section)), ['pt. V', 'pt. 5', 'Part V']);
    assert.deepEqual(['chicago', 'mla', 'apa'].map((s) => locatorText(s as 'mla', afterword)), ['afterword, para. 1', 'afterword, par. 1', 'Afterword section, para. 1']);
    assert.equal(locatorText('mla', { ...p9, section: 'III' }), 'pt. 3, par. 9');
    assert.equal(locatorText('mla', { ...p9, section: 'IV' }), 'pt. 4, par. 9');
  });
});

describe('Part V ¶ 9 in the three styles (citeproc-js)', () => {
  const cited = citeEssay(edition, release, p9);
  const style = (id: string) => cited.styles.find((s) => s.id === id)!;

  test('Chicago: bibliography, full first note and short note, with the part, the version and the paragraph’s permalink', () => {
    assert.equal(
      style('chicago').reference,
      '“This Changed Everything—Twice.” This Changed Everything—Twice: An Annotated Edition, version 1.0, December 7, 2026. Dated January 28, 2017. https://example.org/v/#p9.',
    );
    assert.equal(style('chicago').note, '“This Changed Everything—Twice,” This Changed Everything—Twice: An Annotated Edition, version 1.0, December 7, 2026, pt. V, para. 9, https://example.org/v/#p9.');
    assert.equal(style('chicago').short, '“This Changed Everything—Twice,” pt. V, para. 9.');
    assert.match(style('chicago').noteHtml!, /<i>This Changed Everything—Twice: An Annotated Edition<\/i>, version 1\.0/);
  });

  test('MLA 9: the essay’s year after the title, the version and its date in the container, "pt. 5, par. 9" in the text', () => {
    assert.equal(style('mla').reference, '“This Changed Everything—Twice.” 2017. This Changed Everything—Twice: An Annotated Edition, version 1.0, 7 Dec. 2026, https://example.org/v/#p9.');
    assert.equal(style('mla').short, '(“This Changed Everything—Twice,” pt. 5, par. 9)');
  });

  test('APA 7: a republished work with its version, both years in the text, the title italic there too', () => {
    assert.equal(
      style('apa').reference,
      'This changed everything—twice (Version 1.0). (2026, December 7). This Changed Everything—Twice: An Annotated Edition. https://example.org/v/#p9 (Original work published 2017)',
    );
    assert.match(style('apa').referenceHtml, /^<i>This changed everything—twice<\/i> \(Version 1\.0\)\./);
    assert.equal(style('apa').short, '(This Changed Everything—Twice, 2017/2026, Part V, para. 9)');
    assert.equal(style('apa').shortHtml, '(<i>This Changed Everything—Twice</i>, 2017/2026, Part V, para. 9)');
  });

  test('no style invents an author or a publisher, says "published" of the essay, or needs an access date', () => {
    for (const s of cited.styles) {
      assert.ok(!/Anonymous|Anon\.|editors of this edition|Originally published/i.test(`${s.reference} ${s.note ?? ''}`), s.id);
      assert.equal(s.needsAccessDate, false, s.id);
    }
  });
});

describe('sections and the Afterword', () => {
  test('Part V as a whole: "pt. V", "pt. 5", "Part V", and the section’s address', () => {
    const cited = citeEssay(edition, release, section);
    assert.deepEqual(cited.styles.map((s) => s.short), ['“This Changed Everything—Twice,” pt. V.', '(“This Changed Everything—Twice,” pt. 5)', '(This Changed Everything—Twice, 2017/2026, Part V)']);
    for (const s of cited.styles) assert.match(s.reference, /https:\/\/example\.org\/v\/\.?( \(Original|$)/, s.id);
  });

  test('the Afterword, not a numbered part, is named', () => {
    const cited = citeEssay(edition, release, afterword);
    assert.deepEqual(cited.styles.map((s) => s.short), [
      '“This Changed Everything—Twice,” afterword, para. 1.',
      '(“This Changed Everything—Twice,” afterword, par. 1)',
      '(This Changed Everything—Twice, 2017/2026, Afterword section, para. 1)',
    ]);
  });
});

describe('one record per work: the exports of ¶ 9 are the section’s', () => {
  const paragraph = citeEssay(edition, release, p9);
  const whole = citeEssay(edition, release, section);

  test('BibTeX and RIS of ¶ 9 are the section’s record, word for word; the locator is in the LaTeX citation', () => {
    assert.equal(paragraph.bibtex, whole.bibtex);
    assert.equal(paragraph.ris, whole.ris);
    assert.equal(paragraph.latex, '\\autocite[pt.~V, para.~9]{changed_everything_twice_2017_v}');
    assert.equal(whole.latex, '\\autocite{changed_everything_twice_2017_v}');
  });

  test('BibTeX in Better BibTeX’s parser: one entry, version, biblatex date and origdate, the section’s URL', () => {
    assert.equal(
      paragraph.bibtex,
      [
        '@misc{changed_everything_twice_2017_v,',
        '\ttitle = {This {Changed} {Everything}---{Twice}},',
        '\thowpublished = {This {Changed} {Everything}---{Twice}: {An} {Annotated} {Edition}},',
        '\tversion = {1.0},',
        '\tyear = {2026},',
        '\tmonth = dec,',
        '\tdate = {2026-12-07},',
        '\torigdate = {2017-01-28},',
        '\turl = {https://example.org/v/},',
        '\tlangid = {english},',
        '\tnote = {Dated January 28, 2017},',
        '}',
      ].join('\n'),
    );
    const { entries, errors } = parseBibtex(paragraph.bibtex);
    assert.deepEqual(errors, []);
    assert.equal(entries.length, 1);
    assert.equal(entries[0].key, 'changed_everything_twice_2017_v');
    assert.equal(entries[0].fields.origdate, '2017-01-28');
    assert.equal(entries[0].fields.date, '2026-12-07');
    assert.equal(entries[0].fields.version, '1.0');
  });

  test('RIS in astrocite’s parser: one web page, the version’s date in PY/DA, its number in ET, the essay’s date in OP', () => {
    assert.equal(
      paragraph.ris,
      [
        'TY  - ELEC',
        'ID  - changed_everything_twice_2017_v',
        'TI  - This Changed Everything—Twice',
        'T2  - This Changed Everything—Twice: An Annotated Edition',
        'ET  - 1.0',
        'PY  - 2026',
        'DA  - 2026/12/07/',
        'OP  - Dated January 28, 2017',
        'UR  - https://example.org/v/',
        'LA  - en',
        'ER  - ',
      ].join('\n'),
    );
    const items = ris.parse(paragraph.ris);
    assert.equal(items.length, 1);
    assert.equal(items[0].type, 'webpage');
    assert.deepEqual(items[0].issued['date-parts'][0].map(Number), [2026, 12, 7]);
    assert.equal(items[0].edition, '1.0');
    assert.equal(items[0].URL, 'https://example.org/v/');
    assert.equal(items[0].note, undefined, 'no free-text note: the locator is not in the record');
  });

  test('CSL-JSON: one webpage item for the section with original-date, issued and version, and no locator', () => {
    const items = cslJson(edition, release, p9);
    assert.equal(items.length, 1);
    const [item] = items;
    assert.deepEqual(item['original-date'], { 'date-parts': [[2017, 1, 28]] });
    assert.deepEqual(item.issued, { 'date-parts': [[2026, 12, 7]] });
    assert.equal(item.version, '1.0');
    assert.equal(item.URL, 'https://example.org/v/');
    assert.equal(item.id, 'changed_everything_twice_2017_v');
    assert.equal('note' in item || 'locator' in item || 'publisher' in item || 'author' in item || 'editor' in item, false);
  });
});

describe('a venue, once edition.yaml names one, makes the essay "originally published" in the exports’ words', () => {
  const cited = citeEssay({ ...edition, publication: 'New Politics' }, release, section);
  test('BibTeX and RIS say where', () => {
    assert.match(cited.bibtex, /note = \{Originally published in New Politics, January 28, 2017\}/);
    assert.match(cited.ris, /^OP {2}- Originally published in New Politics, January 28, 2017$/m);
  });
});

describe('named editors (a fixture edition: content/edition.yaml names none)', () => {
  const named = editionSchema.parse({ ...edition, editors: ['Ann Editor', 'Bo Second'], editionPublisher: 'Example Press' });
  const cited = citeEssay(named, release, p9);
  const style = (id: string) => cited.styles.find((s) => s.id === id)!;

  test('each style puts them in the editor role, never in the author’s place', () => {
    assert.equal(
      style('chicago').note,
      '“This Changed Everything—Twice,” ed. Ann Editor and Bo Second, This Changed Everything—Twice: An Annotated Edition, version 1.0 (2017; repr., Example Press, December 7, 2026), pt. V, para. 9, https://example.org/v/#p9.',
    );
    assert.match(style('chicago').reference, /^“This Changed Everything—Twice\.” Edited by Ann Editor and Bo Second\./);
    assert.match(style('mla').reference, /^“This Changed Everything—Twice\.” 2017\. This Changed Everything—Twice: An Annotated Edition, edited by Ann Editor and Bo Second, version 1\.0/);
    assert.match(style('apa').reference, /^This changed everything—twice \(Ann Editor & Bo Second, Eds\.; Version 1\.0\)\./);
    assert.deepEqual(cited.styles.map((s) => s.short), ['“This Changed Everything—Twice,” pt. V, para. 9.', '(“This Changed Everything—Twice,” pt. 5, par. 9)', '(This Changed Everything—Twice, 2017/2026, Part V, para. 9)']);
  });

  test('every export gives them as editors: BibTeX editor, RIS ED, CSL editor', () => {
    const { entries } = parseBibtex(cited.bibtex);
    assert.deepEqual((entries[0].fields.editor ?? []).map((e) => e.lastName), ['Editor', 'Second']);
    assert.equal(entries[0].fields.author, undefined);
    assert.deepEqual(
      cited.ris.split('\n').filter((line) => line.startsWith('ED')),
      ['ED  - Ann Editor', 'ED  - Bo Second'],
    );
    assert.doesNotMatch(cited.ris, /^AU/m);
    const [item] = cslJson(named, release, p9);
    assert.deepEqual(item.editor, [{ literal: 'Ann Editor' }, { literal: 'Bo Second' }]);
    assert.equal(item.author, undefined);
    assert.equal(item.publisher, 'Example Press');
  });
});

describe('edition.yaml', () => {
  test('names no publisher and no editors: nothing stands in for them', () => {
    const real = loadEditionModel().edition;
    assert.equal(real.editionPublisher, null);
    assert.deepEqual(real.editors, []);
  });
});

test('APA’s sentence case lowers every word after the first, across the em dash', () => {
  assert.equal(sentenceCase('This Changed Everything—Twice'), 'This changed everything—twice');
});
