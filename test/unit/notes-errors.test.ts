import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildRegistry } from '../../src/edition/notes.ts';
import { renderSection } from '../helpers/render-section.ts';

// Author-facing errors: each names the file, the line, what is wrong and what to do.
const note = (id: string, mark = 'number: 1', text = 'Serge, Memoirs, 119.') => `- id: ${id}\n  ${mark}\n  text: ${text}\n`;

async function failure(run: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail('expected the build to fail');
}

describe('the build rejects broken notes with a clear message', () => {
  test('a reference to a note that does not exist', async () => {
    const message = await failure(() => renderSection('Text.\n\nMore text.<NoteRef id="serge-memoir" />\n', { v: '[]' }));
    assert.equal(
      message,
      'content/essay/v.mdx:3: <NoteRef id="serge-memoir" /> refers to a note that does not exist\n  → Add a note with id "serge-memoir" to content/essay/v.notes.yaml, or fix the id.',
    );
  });

  test('a note that is never referenced', async () => {
    const message = await failure(() => renderSection('Text with no reference.\n', { v: note('serge-memoirs-119') }));
    assert.equal(
      message,
      'content/essay/v.notes.yaml:1: note "serge-memoirs-119" is never referenced: <NoteRef id="serge-memoirs-119" /> is missing in content/essay/v.mdx\n  → Add <NoteRef id="serge-memoirs-119" /> where the note belongs in content/essay/v.mdx, or delete the note.',
    );
  });

  test('a note referenced twice', async () => {
    const message = await failure(() => renderSection('One.<NoteRef id="a-note" /> Two.<NoteRef id="a-note" />\n', { v: note('a-note') }));
    assert.equal(message, 'content/essay/v.mdx:1: note "a-note" is referenced more than once\n  → Reference each note once; write a second note if the text needs one.');
  });

  test('a reference to another section’s note', async () => {
    const message = await failure(() => renderSection('One.<NoteRef id="a-note" />\n', { v: '[]', i: note('a-note') }));
    assert.match(message, /^content\/essay\/v\.mdx:1: <NoteRef id="a-note" \/> refers to a note of another section \(content\/essay\/i\.notes\.yaml\)/);
  });

  test('a duplicate id, across sidecars', () => {
    const message = (() => {
      try {
        buildRegistry([
          { file: 'content/essay/i.notes.yaml', section: 'i', text: note('serge') },
          { file: 'content/essay/v.notes.yaml', section: 'v', text: `${note('other', 'number: 2')}${note('serge', 'number: 3')}` },
        ]);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    assert.equal(message, 'content/essay/v.notes.yaml:4: duplicate note id "serge" (also at content/essay/i.notes.yaml:1)\n  → Give each note its own id.');
  });

  test('an empty note', () => {
    assert.throws(
      () => buildRegistry([{ file: 'content/essay/v.notes.yaml', section: 'v', text: `${note('first')}- id: empty\n  number: 2\n  text: "  "\n` }]),
      { message: 'content/essay/v.notes.yaml:6: note text is empty at `1.text`\n  → Each note needs `id`, `text` and one of `number` (author) or `letter` (editor); see docs/editing.md, "Writing notes".' },
    );
  });

  test('a gap in the numbering', () => {
    assert.throws(() => buildRegistry([{ file: 'content/essay/v.notes.yaml', section: 'v', text: `${note('first')}${note('third', 'number: 3')}` }]), {
      message: 'content/essay/v.notes.yaml:4: author’s note numbers must run without gaps: expected "2" but found "3" on "third"\n  → Number the author’s notes 1, 2, 3… in reading order, each once, as the source does.',
    });
  });

  describe('editors’ letters follow reading order; the build never reletters', () => {
    const sidecars = (v: string) => [
      { file: 'content/essay/i.notes.yaml', section: 'i', text: '- id: first\n  letter: a\n  anchor: note-a\n  text: One.\n' },
      { file: 'content/essay/v.notes.yaml', section: 'v', text: v },
    ];
    const sections = (v: string) => [
      { file: 'content/essay/v.mdx', section: 'v', order: 2, text: v },
      { file: 'content/essay/i.mdx', section: 'i', order: 1, text: 'Words.<NoteRef id="first" />\n' },
    ];
    const second = '- id: second\n  letter: b\n  anchor: note-b\n  text: Two.\n';

    test('notes lettered in reading order, across sections in their order, pass', () => {
      const notes = buildRegistry(sidecars(second), sections('More.<NoteRef id="second" />\n'));
      assert.deepEqual(notes.all.map((note) => [note.mark, note.anchor]), [['a', 'note-a'], ['b', 'note-b']]);
    });

    test('a new note given the next free letter where it does not stand in reading order stops the build with every letter to change', () => {
      const added = `- id: added\n  letter: c\n  text: Three.\n${second}`;
      assert.throws(() => buildRegistry(sidecars(added), sections('Earlier.<NoteRef id="added" /> More.<NoteRef id="second" />\n')), {
        message:
          'content/essay/v.notes.yaml:1: editors’ note "added" has letter "c", but a reader meets it as editors’ note "b", after "a" (first) and before "b" (second): letters run a, b, c… in reading order\n' +
          '  → Set these letters: added c → b (content/essay/v.notes.yaml:1); second b → c (content/essay/v.notes.yaml:4). Only the letters change: keep every `anchor:` as it is (a new note needs none), so published links still land on the same notes; see docs/editing.md, "Letters follow reading order".',
      });
    });

    test('an emendation in an author’s note is met right after that note’s reference', () => {
      const v = '- id: author\n  number: 1\n  text: La lute contre.\n- id: lutte\n  letter: b\n  emend:\n    source: La lute\n    reading: La lutte\n  text: Emended.\n- id: later\n  letter: c\n  text: Later.\n';
      const notes = buildRegistry(sidecars(v), sections('Words.<NoteRef id="author" /> More words.<NoteRef id="later" />\n'));
      assert.deepEqual(notes.all.filter((note) => note.letter).map((note) => `${note.mark}:${note.id}`), ['a:first', 'b:lutte', 'c:later']);
    });

    test('a new note is anchored by its id, and an anchor cannot be taken twice', () => {
      const notes = buildRegistry(sidecars(`${second}- id: added\n  letter: c\n  text: Three.\n`));
      assert.equal(notes.byId.get('added')?.anchor, 'note-added');
      assert.throws(() => buildRegistry(sidecars(`${second}- id: added\n  letter: c\n  anchor: note-a\n  text: Three.\n`)), {
        message:
          'content/essay/v.notes.yaml:5: note "added" would take the anchor "note-a", which is already "first"’s (content/essay/i.notes.yaml:1)\n  → Leave `anchor` out (a new editors’ note is anchored note-<id>), or give the note another id; never change the anchor of a published note.',
      });
    });
  });

  test('a note with both a number and a letter', () => {
    assert.throws(() => buildRegistry([{ file: 'content/essay/v.notes.yaml', section: 'v', text: '- id: both\n  number: 1\n  letter: a\n  text: Something.\n' }]), {
      message: /^content\/essay\/v\.notes\.yaml:1: a note needs exactly one of `number` \(author\) or `letter` \(editor\)/,
    });
  });

  test('a YAML syntax error, with its line', () => {
    assert.throws(() => buildRegistry([{ file: 'content/essay/v.notes.yaml', section: 'v', text: `${note('first')}- id: a: b\n  number: 2\n` }]), {
      message: /^content\/essay\/v\.notes\.yaml:4: YAML syntax error: /,
    });
  });

  test('an emendation whose source text is not in the section', async () => {
    const message = await failure(() =>
      renderSection('Immeasurably more splendid.\n', { v: '- id: spendid\n  letter: a\n  emend:\n    source: spendid\n    reading: splendid\n  text: Emended.\n' }),
    );
    assert.match(message, /^content\/essay\/v\.notes\.yaml:1: note "spendid" is never referenced: its emendation source "spendid" was not found/);
  });

  test('an emendation whose source text is ambiguous', async () => {
    const message = await failure(() =>
      renderSection('Spendid, spendid.\n\nAnd spendid.\n', { v: '- id: spendid\n  letter: a\n  emend:\n    source: spendid\n    reading: splendid\n  text: Emended.\n' }),
    );
    assert.equal(message, 'content/essay/v.notes.yaml:1: emendation source "spendid" occurs 2 times in content/essay/v.mdx and its notes\n  → Lengthen `emend.source` with neighbouring words until it is unique.');
  });
});
