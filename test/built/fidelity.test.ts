import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { bodyParagraphs, restoreSource } from '../oracle/restore.ts';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { authorText, normalise, page, select, selectAll } from '../helpers/built-site.ts';

const essay = restoreSource(readFileSync('content/source/essay.txt', 'utf8'));
const slugs = new Map([['I', 'i'], ['II', 'ii'], ['III', 'iii'], ['IV', 'iv'], ['V', 'v'], ['Afterword', 'afterword']]);
/** Source Markdown emphasis is rendered as <em>; its asterisks are not words. */
const plain = (text: string) => normalise(text.replace(/\*/g, ''));

describe('the built edition is faithful to the source', () => {
  const built = essay.sections.flatMap((section) => {
    const doc = page(`/${slugs.get(section.heading)}/`);
    return selectAll('p.ed-para', doc).map((p) => ({ section: section.heading, id: String(p.properties.id), text: authorText(p) }));
  });

  test('all 47 paragraphs appear exactly once, in order, with nothing added', () => {
    const expected = bodyParagraphs(essay).map((p) => ({ section: p.section, text: plain(p.text) }));
    assert.equal(built.length, 47);
    assert.deepEqual(
      built.map(({ section, text }) => ({ section, text })),
      expected,
    );
    for (const { text } of expected) assert.equal(built.filter((b) => b.text === text).length, 1);
  });

  test('a paragraph holds only the author’s words, note references, glossary links and emendations', () => {
    const allowed = (element: Element) =>
      (element.tagName === 'a' && ['ed-noteref', 'ed-term'].some((name) => classes(element).includes(name))) ||
      (element.tagName === 'ins' && classes(element).includes('ed-emendation')) ||
      ['em', 'i', 'cite', 'q'].includes(element.tagName);
    for (const path of [...slugs.values()].map((slug) => `/${slug}/`).concat('/essay/')) {
      for (const p of selectAll('p.ed-para', page(path))) {
        // A note reference holds its mark (<sup>) and the no-break space that sets it off from the word.
        const ownParts = new Set(selectAll('a.ed-noteref > span.ed-noteref__gap, a.ed-noteref > sup', p));
        const stray = selectAll('*', p).filter((element) => element !== p && !allowed(element) && !ownParts.has(element));
        assert.deepEqual(stray.map((element) => `${element.tagName}.${classes(element).join('.')}`), [], `${path}#${p.properties.id}`);
      }
    }
  });

  test('paragraph ids run p1…pN on every section page', () => {
    for (const section of essay.sections) {
      const ids = built.filter((b) => b.section === section.heading).map((b) => b.id);
      assert.deepEqual(ids, ids.map((_, index) => `p${index + 1}`), section.heading);
    }
  });

  test('the whole-essay page has the same 47 paragraphs, in order, anchored by section and linked to their permalinks', () => {
    const doc = page('/essay/');
    const whole = selectAll('p.ed-para', doc);
    assert.deepEqual(
      whole.map((p) => authorText(p)),
      built.map((b) => b.text),
    );
    assert.deepEqual(
      whole.map((p) => [p.properties.id, select('a.ed-para__mark', markBefore(doc, p))?.properties.href]),
      built.map((b) => [`${slugs.get(b.section)}-${b.id}`, `/${slugs.get(b.section)}/#${b.id}`]),
    );
  });

  test('the boxed material of III is one figure, at its place, with every word of the source', () => {
    const doc = page('/iii/');
    const figure = select('figure#figure-1', doc);
    assert.ok(figure, 'figure#figure-1 exists');
    const box = essay.sections[2].blocks.find((block) => block.kind === 'figure');
    assert.ok(box?.kind === 'figure');
    const text = authorText(figure);
    for (const block of box.blocks) assert.ok(text.includes(plain(block.replace(/^-/, ''))), `figure keeps: ${block.slice(0, 50)}`);
    assert.ok(select('figure#figure-1 blockquote', doc), 'the quotation is a blockquote');
    assert.match(toText(select('figure#figure-1 > figcaption', doc)), /John Reed, Ten Days That Shook The World/);
    assert.match(text, /Image not available/);
    assert.equal(selectAll('figure#figure-1 img', doc).length, 0, 'no image stands in for the missing poster');
    const blocks = selectAll('.ed-prose > figure, .ed-prose > p.ed-para', doc);
    const at = blocks.indexOf(figure);
    assert.equal(blocks[at - 1].properties.id, 'p7');
    assert.equal(blocks[at + 1].properties.id, 'p8');
  });

  test('each emendation shows the edition’s reading and keeps the source reading', () => {
    const found = ['/iii/', '/v/'].flatMap((path) =>
      selectAll('.ed-prose ins.ed-emendation', page(path)).map((ins) => [String(ins.properties.dataSourceReading), toString(ins)]),
    );
    assert.deepEqual(found.sort(), [
      ['La lute', 'La lutte'],
      ['competed with each over', 'competed with each other'],
      ['spendid', 'splendid'],
    ]);
  });
});

/** The element just before a paragraph: its ¶ permalink's aside. */
function markBefore(doc: Root, p: Element): Element | undefined {
  const parent = selectAll('.ed-prose', doc).find((prose) => prose.children.includes(p));
  const siblings = parent?.children.filter((child): child is Element => child.type === 'element') ?? [];
  const before = siblings[siblings.indexOf(p) - 1];
  assert.ok(before && classes(before).includes('ed-para__aside'), `the ¶ permalink stands just before #${p.properties.id}`);
  return before;
}

function classes(element: Element): string[] {
  return (element.properties.className as string[] | undefined) ?? [];
}

function toText(node: Parameters<typeof authorText>[0] | undefined): string {
  assert.ok(node);
  return authorText(node);
}
