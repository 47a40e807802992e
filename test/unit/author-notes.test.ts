import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';

// The author's notes against the source, read here without the edition's own restorer: the note list
// at the end of the converted text, and the `<sup>N</sup>` markers the conversion kept.

const SOURCE = readFileSync('content/source/essay.txt', 'utf8');
const ESSAY = 'content/essay';
/** How many words before a marker must agree for it to stand "at the same place". */
const CONTEXT_WORDS = 12;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

interface SidecarNote {
  id: string;
  number?: number;
  restored?: boolean;
  text: string;
  section: string;
}

/** The numbered list after the source's "Footnotes" heading: number → text. */
function sourceNotes(): Map<number, string> {
  const [, list] = SOURCE.split(/^#+ \**Footnotes\**\s*$/m);
  assert.ok(list, 'the source ends with a Footnotes list');
  const notes = new Map<number, string>();
  let current: number | undefined;
  for (const line of list.split('\n')) {
    const item = /^- (\d+)\. (.*)$/.exec(line);
    if (item) {
      current = Number(item[1]);
      notes.set(current, item[2]);
    } else if (current !== undefined && line.trim()) {
      notes.set(current, `${notes.get(current)} ${line}`);
    }
  }
  return new Map([...notes].map(([number, text]) => [number, normalise(text)]));
}

/** Every note in the sidecars, with the section its file belongs to. */
function sidecarNotes(): SidecarNote[] {
  return readdirSync(ESSAY)
    .filter((name) => name.endsWith('.notes.yaml'))
    .flatMap((name) => (parse(readFileSync(`${ESSAY}/${name}`, 'utf8')) as SidecarNote[]).map((note) => ({ ...note, section: name.replace(/\.notes\.yaml$/, '') })));
}

/** The last words of a paragraph's text up to a marker, without markup, emphasis or other markers. */
function wordsBefore(paragraphUpToMarker: string): string {
  const plain = paragraphUpToMarker.replace(/<sup>\d+<\/sup>/g, '').replace(/<[^>]+>/g, '').replace(/\*/g, '');
  return normalise(plain).split(' ').slice(-CONTEXT_WORDS).join(' ');
}

/** The text of the paragraph (blank-line delimited) that holds `index`, up to `index`. */
function paragraphUpTo(text: string, index: number): string {
  const start = text.lastIndexOf('\n\n', index);
  return text.slice(start < 0 ? 0 : start, index);
}

const authorNotes = sidecarNotes().filter((note) => note.number !== undefined);
const listed = sourceNotes();
const body = SOURCE.split(/^#+ \**Footnotes\**\s*$/m)[0];
const surviving = [...body.matchAll(/<sup>(\d+)<\/sup>/g)].map((match) => ({ number: Number(match[1]), index: match.index }));

describe('the author’s notes are the source’s', () => {
  test('the source lists seven notes, and the edition has the same seven', () => {
    assert.deepEqual([...listed.keys()], [1, 2, 3, 4, 5, 6, 7]);
    assert.deepEqual(
      authorNotes.map((note) => note.number).sort((a, b) => (a ?? 0) - (b ?? 0)),
      [...listed.keys()],
    );
  });

  for (const [number, text] of listed) {
    test(`note ${number} is word for word the source’s`, () => {
      const note = authorNotes.find((candidate) => candidate.number === number);
      assert.ok(note, `a sidecar has note ${number}`);
      assert.equal(normalise(note.text), text);
    });
  }

  test('exactly the notes whose markers the conversion lost are marked as restored', () => {
    assert.deepEqual(
      surviving.map((marker) => marker.number),
      [2, 4, 5],
    );
    for (const note of authorNotes) {
      const kept = surviving.some((marker) => marker.number === note.number);
      assert.equal(Boolean(note.restored), !kept, `note ${note.number} ${kept ? 'kept its marker' : 'lost its marker'}`);
    }
  });

  for (const { number, index } of surviving) {
    test(`the surviving marker of note ${number} stands where the source has it`, () => {
      const note = authorNotes.find((candidate) => candidate.number === number);
      assert.ok(note, `a sidecar has note ${number}`);
      const mdx = readFileSync(`${ESSAY}/${note.section}.mdx`, 'utf8');
      const at = mdx.indexOf(`<NoteRef id="${note.id}" />`);
      assert.ok(at >= 0, `${note.section}.mdx references "${note.id}"`);
      assert.equal(wordsBefore(paragraphUpTo(mdx, at)), wordsBefore(paragraphUpTo(body, index)));
    });
  }
});
