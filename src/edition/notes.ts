import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedByFolder } from './cache.ts';
import { ContentError, projectPath } from './content-error.ts';
import { ESSAY_DIR } from './paths.ts';
import { readYaml } from './read-yaml.ts';
import { readSectionFiles } from './section-files.ts';
import { notesFileSchema, type Note } from '../schemas/note.ts';
import { noteAnchor, noteTextId } from './urls.ts';
import { citations } from '../schemas/citation-source.ts';

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
  /**
   * The id of the note's reference in the text (`note-4`; an editors' note's `anchor`, else `note-<id>`);
   * its text is `<anchor>-text`. A published permalink: it never follows the letter.
   */
  anchor: string;
}

/** A section's text as the reading-order check needs it: its place in the essay and its MDX source. */
export interface SectionText {
  section: string;
  /** The MDX file, relative to the project root. */
  file: string;
  /** The frontmatter's `order`; a section without one comes after those with one. */
  order: number | undefined;
  text: string;
}

/** All notes of the essay, validated together. */
export interface NoteRegistry {
  /** Every note by id. */
  byId: Map<string, PlacedNote>;
  /** The notes of each section, by section slug. */
  bySection: Map<string, PlacedNote[]>;
  /** Author's notes in number order, then editorial notes in letter order, which is reading order. */
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

/**
 * The edition's own standard for its apparatus, checked on its content (test fixtures may be slighter): every
 * conjecture graded with the alternatives considered, every source of an editors' note located.
 */
export function checkApparatus(registry: NoteRegistry): void {
  for (const note of registry.all) {
    if ((note.restored || note.emend) && note.certainty === undefined) {
      throw new ContentError(note.file, note.line, `note "${note.id}" is a conjecture (${note.restored ? 'a restored marker' : 'an emendation'}) without a grade`, 'Add `certainty: certain | probable | possible` (the grades are defined on /about/, #certainty) and `alternatives:`, every other place or reading considered and why not, or "None: …" with the reason. See docs/editing.md, "Conjectures".');
    }
    if ((note.restored || note.emend) && !note.alternatives?.length) {
      throw new ContentError(note.file, note.line, `note "${note.id}" is a conjecture without the alternatives considered`, 'List under `alternatives:` every other place (or reading) the editors considered and why not, or "None: …" with the reason. See docs/editing.md, "Conjectures".');
    }
    if (note.letter !== undefined) checkSources(note);
  }
}

/**
 * Reads and validates every `*.notes.yaml` sidecar in a folder of sections, and checks the editors'
 * letters against the order of the references in the sections' MDX (re-read when either changes).
 */
export function loadNotes(dir = ESSAY_DIR): NoteRegistry {
  return cachedByFolder(dir, [SIDECAR_SUFFIX, '.mdx'], () => {
    const sidecars = readdirSync(dir)
      .filter((name) => name.endsWith(SIDECAR_SUFFIX))
      .sort()
      .map((name) => ({ file: projectPath(join(dir, name)), section: name.slice(0, -SIDECAR_SUFFIX.length), text: readFileSync(join(dir, name), 'utf8') }));
    const sections = readSectionFiles(dir).map(({ slug, file, order, text }) => ({ section: slug, file, order, text }));
    const registry = buildRegistry(sidecars, sections);
    checkApparatus(registry);
    return registry;
  });
}

/**
 * Validates sidecar texts together; pure, so tests can feed it strings. With the sections' texts, also
 * checks that the editors' letters run in reading order.
 */
export function buildRegistry(sidecars: { file: string; section: string; text: string }[], sections?: SectionText[]): NoteRegistry {
  const byId = new Map<string, PlacedNote>();
  const bySection = new Map<string, PlacedNote[]>();
  const hint = 'Each note needs `id`, `text` and one of `number` (author) or `letter` (editor); see docs/editing.md, "Writing notes".';
  for (const { file, section, text } of sidecars) {
    const { data, lineAt } = readYaml(file, text, notesFileSchema, hint);
    const notes = data.map((note, index): PlacedNote => {
      const mark = note.number !== undefined ? String(note.number) : (note.letter as string);
      const anchor = noteAnchor(note);
      const placed = { ...note, section, file, line: lineAt([index]), mark, anchor };
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
  checkSequence(editors, letterAt, 'editorial note letters', 'Give every editors’ note its own letter, a, b, c… in the order a reader meets them, with none skipped.');
  checkAnchors([...authors, ...editors]);
  if (sections) checkReadingOrder(editors, readingPositions(all, sections));
  return { byId, bySection, all: [...authors, ...editors] };
}

const letterAt = (index: number) => String.fromCharCode(97 + index);

/**
 * An editors' note on the author's facts cites a work, and every work it cites names a page, chapter or
 * section, unless the note marks it as a whole-work reference with the reason (`whole`). An emendation, or a
 * note whose evidence is the copy-text itself, may cite none.
 */
const NOTE_LOCATOR_HINT =
  'Add where in the work the statement is: a page (", 124."), a chapter (", ch. 6."), an article\'s pages or a web page\'s section, only if you have seen it there; or list the work under the note\'s `whole:` as `- { work: "<words of its title>", reason: subject | unchecked | "<the reason in a sentence>" }`. See docs/editing.md, "Locators".';

export function checkSources(note: PlacedNote): void {
  const cited = citations(note.text);
  if (cited.length === 0 && !note.emend && !note.evidence) {
    throw new ContentError(note.file, note.line, `editors’ note "${note.id}" cites no source`, 'Name a checkable source as "See Author, Title (Place: Publisher, Year), page." (docs/editing.md, "Locators"), or, for a note about the source text itself, set `evidence: copy-text`.');
  }
  for (const { work, located } of cited) {
    if (located) continue;
    if (note.whole?.some((whole) => work.includes(whole.work))) continue;
    throw new ContentError(note.file, note.line, `editors’ note "${note.id}" cites ${work} without a page, chapter or section`, NOTE_LOCATOR_HINT);
  }
  for (const [index, whole] of (note.whole ?? []).entries()) {
    if (!cited.some(({ work }) => work.includes(whole.work))) throw new ContentError(note.file, note.line, `editors’ note "${note.id}" lists \`whole[${index}]\` "${whole.work}", which it does not cite`, 'Remove it, or cite the work in the note’s text.');
  }
}

/** Every reference and note text needs an id of its own on a page that holds all notes (/notes/, /essay/). */
function checkAnchors(notes: PlacedNote[]) {
  const owners = new Map<string, PlacedNote>();
  for (const note of notes) {
    for (const id of [note.anchor, noteTextId(note.anchor)]) {
      const twin = owners.get(id);
      if (twin) {
        throw new ContentError(note.file, note.line, `note "${note.id}" would take the anchor "${id}", which is already "${twin.id}"’s (${twin.file}:${twin.line})`, 'Leave `anchor` out (a new editors’ note is anchored note-<id>), or give the note another id; never change the anchor of a published note.');
      }
      owners.set(id, note);
    }
  }
}

/** Where a reader meets a note: the section's place in the essay, then offsets into the text (deeper for a note inside a note). */
type Position = number[];

/**
 * The reading position of every note the sections reference: a `<NoteRef>` or an emendation's source
 * text in the MDX, or, inside another note's text, right after that note. Notes found nowhere are left
 * out (rendering reports them).
 */
function readingPositions(notes: PlacedNote[], sections: SectionText[]): Map<string, Position> {
  const positions = new Map<string, Position>();
  const ordered = [...sections].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.section.localeCompare(b.section));
  const at = (note: PlacedNote, text: string) => {
    const ref = text.search(new RegExp(`<NoteRef\\s+id=["']${note.id}["']`));
    return ref >= 0 ? ref : note.emend ? text.indexOf(note.emend.source) : -1;
  };
  ordered.forEach((section, index) => {
    for (const note of notes) {
      const offset = note.section === section.section ? at(note, section.text) : -1;
      if (offset >= 0) positions.set(note.id, [index, offset]);
    }
  });
  // A note referenced in another note's text (an emendation in an author's note) comes right after it.
  for (let found = true; found; ) {
    found = false;
    for (const note of notes) {
      if (positions.has(note.id)) continue;
      for (const host of notes) {
        const offset = host !== note && host.section === note.section && positions.has(host.id) ? at(note, host.text) : -1;
        if (offset < 0) continue;
        positions.set(note.id, [...(positions.get(host.id) as Position), offset]);
        found = true;
        break;
      }
    }
  }
  return positions;
}

function before(a: Position, b: Position): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) - (b[i] ?? -1);
  }
  return 0;
}

/**
 * The editors' letters must run a, b, c… in the order a reader meets the notes. The build never
 * reletters: when a new note breaks the order it stops and lists every letter to change.
 */
function checkReadingOrder(editors: PlacedNote[], positions: Map<string, Position>) {
  const placed = editors.filter((note) => positions.has(note.id));
  const reading = [...placed].sort((a, b) => before(positions.get(a.id) as Position, positions.get(b.id) as Position));
  const index = reading.findIndex((note, i) => note !== placed[i]);
  if (index < 0) return;
  const note = reading[index];
  const name = (other: PlacedNote | undefined) => other && `"${other.mark}" (${other.id})`;
  const between = [name(reading[index - 1]) && `after ${name(reading[index - 1])}`, name(reading[index + 1]) && `before ${name(reading[index + 1])}`].filter(Boolean).join(' and ');
  const changes = reading
    .map((other, i) => ({ other, letter: placed[i].mark }))
    .filter(({ other, letter }) => other.mark !== letter)
    .map(({ other, letter }) => `${other.id} ${other.mark} → ${letter} (${other.file}:${other.line})`);
  throw new ContentError(
    note.file,
    note.line,
    `editors’ note "${note.id}" has letter "${note.mark}", but a reader meets it as editors’ note "${placed[index].mark}"${between ? `, ${between}` : ''}: letters run a, b, c… in reading order`,
    `Set these letters: ${changes.join('; ')}. Only the letters change: keep every \`anchor:\` as it is (a new note needs none), so published links still land on the same notes; see docs/editing.md, "Letters follow reading order".`,
  );
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
