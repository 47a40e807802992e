import { cachedBySignature, fileSignature, folderSignature } from './cache.ts';
import { loadEdition } from './edition.ts';
import { loadGlossary, type Glossary } from './glossary.ts';
import { loadNotes, SIDECAR_SUFFIX, type NoteRegistry, type PlacedNote } from './notes.ts';
import { readSectionFiles, type SectionFile } from './section-files.ts';
import { EDITION_FILE, ESSAY_DIR, GLOSSARY_DIR, TIMELINE_FILE } from './paths.ts';
import { loadTimeline, type Timeline } from './timeline.ts';
import type { Edition } from '../schemas/edition.ts';

/**
 * The edition's content model: everything in `content/` (the section texts as sources: Astro's content
 * collection renders them), loaded, validated and cross-checked once, with the facts derived from it.
 * It imports neither Astro nor unified: plugins, integrations and pages stand on it, never the reverse.
 */
export interface EditionModel {
  edition: Edition;
  /** The essay's sections in reading order (their `order` checked to run 1…N). */
  sections: SectionFile[];
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

/** Where the model is read from: `content/` unless `EDITION_CONTENT` names another tree. */
export interface ModelFiles {
  edition: string;
  essay: string;
  glossary: string;
  timeline: string;
}

const CONTENT_FILES: ModelFiles = { edition: EDITION_FILE, essay: ESSAY_DIR, glossary: GLOSSARY_DIR, timeline: TIMELINE_FILE };

/**
 * The one loader of the edition model, for the config, the plugins, the pages, the build steps and the
 * tests. The same model object is returned until one of its files changes, is added or is removed, so a
 * build reads and validates `content/` once and `astro dev` sees an edit at once.
 */
export function loadEditionModel(files: ModelFiles = CONTENT_FILES): EditionModel {
  const signature = [folderSignature(files.essay, [SIDECAR_SUFFIX, '.mdx']), folderSignature(files.glossary, '.yaml'), fileSignature(files.edition), fileSignature(files.timeline)].join('\n');
  return cachedBySignature(`model\u0000${JSON.stringify(files)}`, signature, () => {
    const glossary = loadGlossary(files.glossary);
    const notes = loadNotes(files.essay);
    return { edition: loadEdition(files.edition), sections: readSectionFiles(files.essay), notes, glossary, timeline: loadTimeline(glossary, files.timeline), facts: factsOf(notes) };
  });
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
