import { loadEdition } from './edition.ts';
import { loadGlossary, type Glossary } from './glossary.ts';
import { loadNotes, type NoteRegistry, type PlacedNote } from './notes.ts';
import { EDITION_FILE, ESSAY_DIR, GLOSSARY_DIR, TIMELINE_FILE } from './paths.ts';
import { loadTimeline, type Timeline } from './timeline.ts';
import type { Edition } from '../schemas/edition.ts';

/**
 * The edition's content model: everything in `content/` except the section texts (which Astro's
 * content collection renders), loaded, validated and cross-checked once, with the facts derived from it.
 * It imports neither Astro nor unified: plugins, integrations and pages stand on it, never the reverse.
 */
export interface EditionModel {
  edition: Edition;
  notes: NoteRegistry;
  glossary: Glossary;
  /** `undefined` when a content tree has no timeline (the benchmark's synthetic corpora). */
  timeline: Timeline | undefined;
  facts: EditionFacts;
}

/** Counts and lists that pages print, derived from the notes so that they never drift from them. */
export interface EditionFacts {
  /** The author's notes, in number order. */
  authorNotes: PlacedNote[];
  /** The editors' lettered notes, in letter order, which is reading order. */
  editorialNotes: PlacedNote[];
  /** Editors' notes that record an emendation. */
  emendations: PlacedNote[];
  /** Editors' notes that comment without emending. */
  comments: PlacedNote[];
  /** Author's notes whose marker the conversion lost and the editors restored. */
  restored: PlacedNote[];
  /** Author's notes whose marker survived the conversion. */
  surviving: PlacedNote[];
}

/** Loads the whole model (each part is cached until one of its files changes). */
export function loadEditionModel(dirs = { edition: EDITION_FILE, essay: ESSAY_DIR, glossary: GLOSSARY_DIR, timeline: TIMELINE_FILE }): EditionModel {
  const glossary = loadGlossary(dirs.glossary);
  const notes = loadNotes(dirs.essay);
  return { edition: loadEdition(dirs.edition), notes, glossary, timeline: loadTimeline(glossary, dirs.timeline), facts: factsOf(notes) };
}

/** The derived facts of a note registry. */
export function factsOf(notes: NoteRegistry): EditionFacts {
  const authorNotes = notes.all.filter((note) => note.number !== undefined);
  const editorialNotes = notes.all.filter((note) => note.letter !== undefined);
  return {
    authorNotes,
    editorialNotes,
    emendations: editorialNotes.filter((note) => note.emend),
    comments: editorialNotes.filter((note) => !note.emend),
    restored: authorNotes.filter((note) => note.restored),
    surviving: authorNotes.filter((note) => !note.restored),
  };
}
