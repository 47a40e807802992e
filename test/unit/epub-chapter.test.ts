import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JSDOM } from 'jsdom';
import { bookHref, epubFileName } from '../../src/edition/urls.ts';
import { chapterDocument } from '../../src/epub/chapter.ts';
import { readChapter } from '../../src/epub/chapter-source.ts';
import { titleLines } from '../../src/epub/cover.ts';
import { bookIdentifier, uuidV5 } from '../../src/epub/identifier.ts';
import { serialize } from '../../src/epub/xml.ts';
import { renderSection } from '../helpers/render-section.ts';

const chapters = new Set(['i', 'v']);
const page = (prose: string) => `<!doctype html><html><body><main><div class="ed-prose">${prose}</div></main></body></html>`;
/** The chapter as XHTML, parsed as XML (throws when it is not well-formed), and its paragraphs' text. */
const book = (html: string) => {
  const source = readChapter(html, 'v/index.html', chapters);
  const xhtml = chapterDocument({ slug: 'v', heading: 'V', name: 'Part V' }, source, 'en');
  const doc = new JSDOM(xhtml, { contentType: 'application/xhtml+xml' }).window.document;
  return { source, doc, paragraphs: [...doc.querySelectorAll('p[id]')].map((p) => ({ id: p.id, html: serialize(source.blocks.find((block) => block.attrs.id === p.id) ?? []), text: p.textContent })) };
};

describe('EPUB chapters from built section pages', () => {
  test('the pipeline’s own markup: the paragraph’s words, glossary links and references kept, its notes as footnotes', async () => {
    const mdx = 'The soviet grew.<NoteRef id="serge" />\n\nStalin signed the pact.\n';
    const html = page(await renderSection(mdx, { v: '- id: serge\n  number: 1\n  text: Serge, *Memoirs*, 119.\n' }));
    const { source, paragraphs, doc } = book(html);
    assert.deepEqual(paragraphs.map((p) => p.text), ['The soviet grew.\u00a01', 'Stalin signed the pact.'], 'a no-break space sets the mark off from the word');
    assert.match(paragraphs[0].html, /^<p id="p1">The <a epub:type="glossref" role="doc-glossref" class="term" href="glossary\.xhtml#soviet">soviet<\/a> grew\.<a epub:type="noteref"[^>]* href="#note-1-text"[^>]*><span class="noteref__gap">\u00a0<\/span>1<\/a><\/p>/);
    assert.deepEqual(source.notes.map((note) => [note.mark, serialize(note.body)]), [['1', '<p>Serge, <em>Memoirs</em>, 119.</p>\n']]);
    assert.equal(doc.getElementById('note-1-text')?.getAttribute('epub:type'), 'footnote');
  });

  test('a paragraph with glossary links and an emendation, its notes in asides after it, the ¶ mark and a definition outside', () => {
    const html = page(`
      <div class="ed-para-row"><a class="ed-para__mark" href="#p1">¶ 1</a>
        <p id="p1" class="ed-para">As <a class="ed-term" href="/glossary/karl-marx/">Marx</a> wrote, the <a href="/glossary/soviet/">soviets</a> and the <em>tradition</em> weighs<a class="ed-noteref" id="note-2" href="#note-2-text" data-kind="author">2</a> on the <ins class="ed-emendation" data-source-reading="livng">living</ins>.<a class="ed-noteref" id="note-a" href="#note-a-text" data-kind="editorial"><span class="ed-noteref__gap">\u00a0</span><sup>c</sup></a></p>
        <aside class="ed-sidenote" id="note-2-text"><span class="ed-sidenote__mark">2</span><p>Marx, <cite>Brumaire</cite>.</p><a class="ed-sidenote__back" href="#note-2">↩</a></aside>
        <aside class="ed-sidenote" id="note-a-text" data-kind="editorial"><span class="ed-sidenote__label">Editor: </span>Emended from “livng”.</aside>
        <span class="ed-tip" id="gloss-1-def">Karl Marx, a philosopher.</span>
      </div>
      <p id="p2" class="ed-para">Second.</p>`);
    const { source, paragraphs, doc } = book(html);
    assert.deepEqual(paragraphs.map((p) => p.id), ['p1', 'p2']);
    // The anchor (note-a) was published before the note was lettered c: the book keeps the id and shows the letter.
    assert.equal(paragraphs[0].text, 'As Marx wrote, the soviets and the tradition weighs\u00a02 on the living.\u00a0c');
    assert.match(paragraphs[0].html, /href="glossary\.xhtml#karl-marx">Marx<\/a>/);
    assert.match(paragraphs[0].html, /<a epub:type="glossref"[^>]* href="glossary\.xhtml#soviet">soviets<\/a>/, 'any link to a glossary entry is a glossary link');
    assert.match(paragraphs[0].html, /<ins data-source-reading="livng" class="emendation">living<\/ins>/);
    assert.deepEqual(source.notes.map((note) => [note.mark, note.editorial, serialize(note.body)]), [
      ['2', false, '<p>Marx, <cite>Brumaire</cite>.</p>\n'],
      ['c', true, '<p>Emended from “livng”.</p>\n'],
    ]);
    assert.match(doc.getElementById('note-a-text')?.textContent ?? '', /^c Editor: Emended/);
    assert.equal(doc.getElementById('note-a')?.getAttribute('class'), 'noteref noteref--editor');
  });

  test('a referenced note without its text stops the build, naming the page and the id', () => {
    assert.throws(() => readChapter(page('<p id="p1" class="ed-para">Words.<a class="ed-noteref" id="note-3" href="#note-3-text">3</a></p>'), 'dist/v/index.html', chapters), /dist\/v\/index\.html: note reference note-3 is on the page but its text \(id "note-3-text"\) is not/);
    assert.throws(() => readChapter('<html><body><p>no prose</p></body></html>', 'dist/i/index.html', chapters), /dist\/i\/index\.html: no \.ed-prose element/);
  });

  test('links of the site map to the book’s documents, or to nothing', () => {
    assert.equal(bookHref('/v/#p9', chapters), 'v.xhtml#p9');
    assert.equal(bookHref('/v/', chapters), 'v.xhtml');
    assert.equal(bookHref('/glossary/soviet/', chapters), 'glossary.xhtml#soviet');
    assert.equal(bookHref('/glossary/#soviet', chapters), 'glossary.xhtml#soviet');
    assert.equal(bookHref('/timeline/#kronstadt-rebellion', chapters), 'timeline.xhtml#kronstadt-rebellion');
    assert.equal(bookHref('#note-4', chapters), '#note-4');
    assert.equal(bookHref('/search/', chapters), undefined);
    assert.equal(bookHref('/essay/#v-p9', chapters), undefined);
  });

  test('the identifier and file name come from the title alone; the cover title breaks after words and dashes', () => {
    assert.equal(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
    assert.equal(bookIdentifier('This Changed Everything—Twice'), bookIdentifier('This Changed Everything—Twice'));
    assert.notEqual(bookIdentifier('This Changed Everything—Twice'), bookIdentifier('Another Title'));
    assert.equal(epubFileName('This Changed Everything—Twice'), 'this-changed-everything-twice.epub');
    assert.deepEqual(titleLines('This Changed Everything—Twice', 12), ['This Changed', 'Everything—', 'Twice']);
  });
});
