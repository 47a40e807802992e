import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedByFolder } from './cache.ts';
import { ContentError, projectPath } from './content-error.ts';
import { ESSAY_DIR } from './paths.ts';
import { readYaml } from './read-yaml.ts';
import { notesFileSchema, type Note } from '../schemas/note.ts';

/** A note with where it is written and which section it belongs to. */
export interface PlacedNote extends Note {
  /** Section slug (`v`), from the sidecar's file name. */
  section: string;
  /** The sidecar file, relative to the project root. */
  file: string;
  /** Line of the note's entry in the sidecar. */
  line: number | undefined;
  /** What a reader sees as the note's mark: `4` or `a`. */
  mark: string;
  /** The anchor of the note's reference in the text (`note-4`, `note-a`): a published permalink. */
  anchor: string;
}

/** All notes of the essay, validated together. */
export interface NoteRegistry {
  /** Every note by id. */
  byId: Map<string, PlacedNote>;
  /** The notes of each section, by section slug. */
  bySection: Map<string, PlacedNote[]>;
  /** Author's notes in number order, then editorial notes in letter order. */
  all: PlacedNote[];
}

/** The sidecar that holds a section's notes: `v.mdx` → `v.notes.yaml`. */
export const SIDECAR_SUFFIX = '.notes.yaml';

/** Accessible name of a note's reference, e.g. "Note 4" or "Editor's note a". */
export function noteLabel(note: PlacedNote): string {
  return note.letter ? `Editor’s note ${note.mark}` : `Note ${note.mark}`;
}

/** Sidecar path for a section MDX file. */
export function sidecarFor(mdxPath: string): string {
  return mdxPath.replace(/\.mdx?$/, SIDECAR_SUFFIX);
}

/** Reads and validates every `*.notes.yaml` sidecar in a folder of sections. */
export function loadNotes(dir = ESSAY_DIR): NoteRegistry {
  return cachedByFolder(dir, SIDECAR_SUFFIX, () => {
    const files = readdirSync(dir)
      .filter((name) => name.endsWith(SIDECAR_SUFFIX))
      .sort();
    return buildRegistry(
      files.map((name) => {
        const path = join(dir, name);
        return { file: projectPath(path), section: name.slice(0, -SIDECAR_SUFFIX.length), text: readFileSync(path, 'utf8') };
      }),
    );
  });
}

/** Validates sidecar texts together; pure, so tests can feed it strings. */
export function buildRegistry(sidecars: { file: string; section: string; text: string }[]): NoteRegistry {
  const byId = new Map<string, PlacedNote>();
  const bySection = new Map<string, PlacedNote[]>();
  const hint = 'Each note needs `id`, `text` and one of `number` (author) or `letter` (editor); see README, "Writing notes".';
  for (const { file, section, text } of sidecars) {
    const { data, lineAt } = readYaml(file, text, notesFileSchema, hint);
    const notes = data.map((note, index): PlacedNote => {
      const mark = note.number !== undefined ? String(note.number) : (note.letter as string);
      const placed = { ...note, section, file, line: lineAt([index]), mark, anchor: `note-${mark}` };
      const twin = byId.get(note.id);
      if (twin) {
        throw new ContentError(file, placed.line, `duplicate note id "${note.id}" (also at ${twin.file}:${twin.line})`, 'Give each note its own id.');
      }
      byId.set(note.id, placed);
      return placed;
    });
    bySection.set(section, notes);
  }
  const all = [...byId.values()];
  const authors = all.filter((note) => note.number !== undefined).sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  const editors = all.filter((note) => note.letter !== undefined).sort((a, b) => (a.letter ?? '').localeCompare(b.letter ?? ''));
  checkSequence(authors, (i) => String(i + 1), 'author’s note numbers', 'Number the author’s notes 1, 2, 3… in reading order, each once, as the source does.');
  // Letters are permalinks (/v/#note-e): a new editors' note takes the next free letter wherever it stands.
  checkSequence(editors, (i) => String.fromCharCode(97 + i), 'editorial note letters', 'Give every editors’ note its own letter, a, b, c… with none skipped; a new note takes the next free letter, and published letters never change.');
  return { byId, bySection, all: [...authors, ...editors] };
}

/** Marks must run 1, 2, 3… (or a, b, c…) without gaps or repeats, across all sections. */
function checkSequence(notes: PlacedNote[], expected: (index: number) => string, what: string, hint: string) {
  notes.forEach((note, index) => {
    if (note.mark !== expected(index)) {
      const twin = notes.find((other) => other !== note && other.mark === note.mark);
      const problem = twin
        ? `${what}: "${note.mark}" is used twice (also by "${twin.id}" at ${twin.file}:${twin.line})`
        : `${what} must run without gaps: expected "${expected(index)}" but found "${note.mark}" on "${note.id}"`;
      throw new ContentError(note.file, note.line, problem, hint);
    }
  });
}
