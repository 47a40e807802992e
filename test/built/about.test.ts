import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadNotes } from '../../src/edition/notes.ts';
import { citations } from '../../src/schemas/citation-source.ts';
import { describe, test } from 'node:test';
import { restoreSource } from '../oracle/restore.ts';
import { normalise, page, select } from '../helpers/built-site.ts';
import { toString } from 'hast-util-to-string';

const essay = restoreSource(readFileSync('content/source/essay.txt', 'utf8'));
const about = normalise(toString(select('main', page('/about/'))!));

describe('the About page states what the source and the edition show', () => {
  test('the number of paragraphs rejoined after a page break is the number the restoration finds', () => {
    const joins = essay.repairs.filter((repair) => repair.kind === 'join').length;
    const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    assert.match(about, new RegExp(`${words[joins]} paragraphs that a page break had split`, 'i'));
  });

  test('the paragraph and note counts are the built essay’s', () => {
    const paragraphs = essay.sections.flatMap((section) => section.blocks).filter((block) => block.kind === 'paragraph').length;
    assert.match(about, new RegExp(`The essay has ${paragraphs} paragraphs`));
    assert.match(about, new RegExp(`The author’s notes keep their numbers, 1 to ${essay.notes.length}\\.`));
  });
});

describe('the About page’s account of the copy-text, the conjectures and the sources is the content’s', () => {
  const source = readFileSync('content/source/essay.txt', 'utf8');
  const numberWord = (n: number) => ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n];
  const notes = loadNotes().all;

  test('the copy-text’s size is the file’s', () => {
    assert.match(about, new RegExp(`\\(${source.split('\n').length} lines, ${source.split(/\s+/).filter(Boolean).length.toLocaleString('en')} words counted with the markup, ${Buffer.byteLength(source).toLocaleString('en')} bytes\\)`));
  });

  test('the lost note markers are the ones the source lacks, and the slips are the emendations', () => {
    const kept = new Set([...source.matchAll(/<sup>(\d+)<\/sup>/g)].map((match) => Number(match[1])));
    const lost = essay.notes.map((note) => note.number).filter((number) => !kept.has(number));
    const list = lost.length > 1 ? `${lost.slice(0, -1).join(', ')} and ${lost.at(-1)}` : String(lost[0]);
    assert.match(about, new RegExp(`${numberWord(lost.length)} of the author’s ${numberWord(essay.notes.length)} note markers lost \\(notes ${list}\\)`, 'i'));
    assert.match(about, new RegExp(`${numberWord(notes.filter((note) => note.emend).length)} typographical slips, which may be`, 'i'));
  });

  test('each grade’s count is the number of conjectures the notes grade so', () => {
    const conjectures = notes.filter((note) => note.restored || note.emend);
    for (const grade of ['certain', 'probable', 'possible']) {
      const count = conjectures.filter((note) => note.certainty === grade).length;
      assert.match(about, new RegExp(`${grade}[^()]+\\(${count === 0 ? 'None' : numberWord(count)} of ${numberWord(conjectures.length)}\\.\\)`, 'i'));
    }
  });

  test('the counts of sources, with a locator and cited as a whole, are recounted from the content files', () => {
    const entries = readdirSync('content/glossary').map((name) => parse(readFileSync(`content/glossary/${name}`, 'utf8')) as { references: unknown[] });
    const events = (parse(readFileSync('content/timeline.yaml', 'utf8')) as { events: { sources: unknown[] }[] }).events;
    const items = [...entries.flatMap((entry) => entry.references), ...events.flatMap((event) => event.sources)];
    const noteCitations = notes.filter((note) => note.letter).flatMap((note) => citations(note.text));
    const total = items.length + noteCitations.length;
    const located = items.filter((item) => typeof item === 'string').length + noteCitations.filter((citation) => citation.located).length;
    assert.match(about, new RegExp(`cite ${total} works`));
    assert.match(about, new RegExp(`${located} name the page, chapter or section`));
    assert.match(about, new RegExp(`The other ${total - located} are cited as whole works`));
  });
});
