import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { fromHtml } from 'hast-util-from-html';
import { bodyParagraphs, restoreSource } from '../oracle/restore.ts';
import { DIST, normalise } from '../helpers/built-site.ts';
import { gluedTokens, markedWords, withoutMarks } from '../helpers/note-marks.ts';
import { loadEditionModel } from '../../src/edition/index.ts';

// Firefox Reader View (and read-later and feed tools) runs Mozilla's Readability on the page. What it
// extracts must be the essay: every paragraph word for word, with nothing of the editors' spliced in.
const essay = restoreSource(readFileSync('content/source/essay.txt', 'utf8'));
const slugs = new Map([['I', 'i'], ['II', 'ii'], ['III', 'iii'], ['IV', 'iv'], ['V', 'v'], ['Afterword', 'afterword']]);
const expected = bodyParagraphs(essay).map((p) => ({ section: p.section, text: normalise(p.text.replace(/\*/g, '')) }));
/** The source readings of the emendations, which the extracted text shows in the edition's reading. */
const emendations = new Map([['splendid', 'spendid'], ['competed with each other', 'competed with each over'], ['La lutte', 'La lute']]);

function readerView(path: string) {
  const html = readFileSync(`${DIST}${path}index.html`, 'utf8');
  const { document } = new JSDOM(html, { url: `http://localhost:4321${path}` }).window;
  const article = new Readability(document).parse();
  assert.ok(article, `Readability finds an article on ${path}`);
  const content = new JSDOM(article.content ?? '').window.document;
  return { article, content };
}

/** A paragraph's words as Reader View shows them, with note marks (numbers, letters) taken out. */
function words(p: Element): string {
  const copy = p.cloneNode(true) as Element;
  for (const ref of copy.querySelectorAll('a[role="doc-noteref"], a[href^="#note-"], a[href*="-note-"]')) ref.remove();
  let text = normalise(copy.textContent ?? '');
  for (const [reading, source] of emendations) text = text.replace(reading, source);
  return text;
}

describe('Reader View (Mozilla Readability) shows the essay and nothing else', () => {
  for (const [heading, slug] of slugs) {
    const path = `/${slug}/`;
    test(`${path}: every paragraph word for word, in order, and only the paragraphs`, () => {
      const { article, content } = readerView(path);
      const paragraphs = [...content.querySelectorAll('p')].map(words).filter((text) => text.length > 0);
      const own = expected.filter((p) => p.section === heading).map((p) => p.text);
      // The boxed figure of Part III (poster caption, Reed's quotation) may come through as its own blocks.
      const outside = paragraphs.filter((text) => !own.includes(text));
      assert.deepEqual(paragraphs.filter((text) => own.includes(text)), own);
      for (const text of outside) assert.ok(heading === 'III' && !/Paragraph|Editors’ gloss|Copy link|Cite/.test(text), `${path}: not the essay's: "${text.slice(0, 80)}"`);
      // The Cite panel stays out of the article (it stands in the section's footer, which Readability drops).
      assert.doesNotMatch(article.textContent ?? '', /Editors’ gloss|Paragraph \d|More about|Cite this|Chicago|BibTeX|five formats|CSL-JSON|Originally published|Skip to/);
    });

    test(`${path}: the title is the essay's, and there is no byline`, () => {
      const { article } = readerView(path);
      assert.match(article.title ?? '', /This Changed Everything—Twice/);
      assert.equal(article.byline ?? null, null, 'no invented byline');
    });
  }

  test('/essay/: all 47 paragraphs word for word, in order, and only the essay', () => {
    const { article, content } = readerView('/essay/');
    const paragraphs = [...content.querySelectorAll('p')].map(words).filter((text) => expected.some((p) => p.text === text));
    assert.deepEqual(paragraphs, expected.map((p) => p.text));
    assert.doesNotMatch(article.textContent ?? '', /Editors’ gloss|Paragraph \d|More about|Skip to/);
    assert.equal(article.byline ?? null, null);
    assert.match(article.title ?? '', /This Changed Everything—Twice/);
  });

  test('no note mark is joined to the word before it ("anarchistsa", "1934j"): every section and /essay/', () => {
    const glued: string[] = [];
    let references = 0;
    for (const path of [...[...slugs.values()].map((slug) => `/${slug}/`), '/essay/']) {
      const tree = fromHtml(readFileSync(`${DIST}${path}index.html`, 'utf8'));
      const words = markedWords(tree);
      if (path !== '/essay/') references += words.length;
      glued.push(...gluedTokens(readerView(path).article.textContent ?? '', words, withoutMarks(tree)).map((token) => `${path} ${token}`));
    }
    assert.equal(references, loadEditionModel().notes.all.length, 'the check reads every note reference of the essay');
    assert.deepEqual(glued, [], 'words the author never wrote, made of a word and a note mark');
  });

  test('a restored reference keeps its square brackets, the editors’ mark, in Reader View', () => {
    const restored = loadEditionModel().notes.all.filter((note) => note.restored);
    assert.ok(restored.length > 0);
    for (const note of restored) {
      const { content } = readerView(`/${note.section}/`);
      const reference = content.querySelector(`a[href$="#${note.anchor}-text"]`);
      assert.equal(normalise(reference?.textContent ?? ''), `[${note.mark}]`, `/${note.section}/ note ${note.mark}`);
    }
  });
});
