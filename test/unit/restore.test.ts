import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { bodyParagraphs, restoreSource, sectionHeading } from '../oracle/restore.ts';

const source = readFileSync('content/source/essay.txt', 'utf8');
const essay = restoreSource(source);
const paragraphs = bodyParagraphs(essay);

describe('restoring the converted source', () => {
  test('reads the title and date', () => {
    assert.equal(essay.title, 'This Changed Everything—Twice');
    assert.equal(essay.date, 'January 28, 2017');
  });

  test('finds the six sections with clean headings, repairing the iota and the LaTeX numeral', () => {
    assert.deepEqual(
      essay.sections.map((section) => section.heading),
      ['I', 'II', 'III', 'IV', 'V', 'Afterword'],
    );
    assert.equal(essay.sections[0].sourceHeading, '\u0399', 'the first numeral is a Greek capital iota in the source');
    assert.equal(essay.sections[4].sourceHeading, '### $\\mathbf{V}$');
    assert.equal(sectionHeading('#### **II**'), 'II');
    assert.equal(sectionHeading('During the tumultuous years'), undefined);
  });

  test('rejoins the seven paragraphs split by page breaks, and only those', () => {
    const joins = essay.repairs.filter((repair) => repair.kind === 'join').map((repair) => repair.at);
    assert.equal(joins.length, 7);
    for (const [end, start] of [
      ["that organization's", 'collapse at the outbreak'],
      ['other European', 'revolutions were necessary'],
      ['into making a', 'deal with the Soviet Union'],
      ['throughout Eastern', 'Europe a distinct'],
      ['At the same time that the', 'new Communist soviet'],
      ['understandably led to', 'rebellions against the Soviet'],
      ["join with the Workers'", 'Opposition or other Bolshevik'],
    ]) {
      assert.ok(joins.some((join) => join.includes(`${end} | ${start}`)), `join ${end} | ${start}`);
      assert.ok(paragraphs.some((p) => p.text.includes(`${end} ${start}`)), `joined text ${end} ${start}`);
    }
  });

  test('counts 47 body paragraphs, each starting a sentence', () => {
    assert.equal(paragraphs.length, 47);
    assert.deepEqual(
      essay.sections.map((section) => section.blocks.filter((block) => block.kind === 'paragraph').length),
      [6, 4, 14, 3, 19, 1],
    );
    for (const { text } of paragraphs) assert.match(text, /^["'A-Z]/, text.slice(0, 40));
  });

  test('sets the boxed poster caption and John Reed quotation of section III apart as a figure', () => {
    const figures = essay.sections.flatMap((section) => section.blocks.filter((block) => block.kind === 'figure').map((block) => ({ section: section.heading, block })));
    assert.equal(figures.length, 1);
    const [{ section, block }] = figures;
    assert.equal(section, 'III');
    assert.ok(block.kind === 'figure');
    assert.equal(block.blocks[0], '"Long Live the Revolution!"');
    assert.equal(block.blocks[1], 'Red Guards in a commandeered vehicle. Early Bolshevik poster');
    assert.equal(block.blocks.at(-1), '-John Reed, Ten Days That Shook The World');
    assert.ok(!paragraphs.some((p) => p.text.includes('Red Guards in a commandeered vehicle')), 'the caption is not an essay paragraph');
    // The figure sits between "…socialist" society." and "Those living in the Communist world…".
    const iii = essay.sections[2].blocks;
    const at = iii.findIndex((b) => b.kind === 'figure');
    const [before, after] = [iii[at - 1], iii[at + 1]];
    assert.ok(before.kind === 'paragraph' && before.text.endsWith('"socialist" society.'));
    assert.ok(after.kind === 'paragraph' && after.text.startsWith('Those living in the Communist world'));
  });

  test('turns <sup> markers into note numbers and removes the stray space before note 5', () => {
    const marked = paragraphs.flatMap((_, index) => {
      const block = essay.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph'))[index];
      return block.kind === 'paragraph' ? block.notes : [];
    });
    assert.deepEqual(marked, [2, 4, 5]);
    assert.ok(!paragraphs.some((p) => p.text.includes('<sup>')));
    assert.ok(paragraphs.some((p) => p.text.includes("early years. Interestingly")));
    assert.equal(essay.repairs.filter((repair) => repair.kind === 'note-marker-space').length, 1);
  });

  test('reads the seven author’s notes', () => {
    assert.deepEqual(essay.notes.map((note) => note.number), [1, 2, 3, 4, 5, 6, 7]);
    assert.equal(essay.notes[3].text, 'Serge, Memoirs, 119.');
  });

  test('loses no word of the source', () => {
    const words = (text: string) => text.replace(/<sup>\d+<\/sup>|[#*$\\{}]|mathbf/g, ' ').split(/\s+/).filter(Boolean);
    const restored = [
      essay.title,
      essay.date,
      ...essay.sections.flatMap((section) => [section.sourceHeading, ...section.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.blocks))]),
      'Footnotes',
      ...essay.notes.flatMap((note) => [`- ${note.number}.`, note.text]),
    ].join(' ');
    assert.deepEqual(words(restored), words(source));
  });
});
