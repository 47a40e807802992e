import { z } from 'zod';
import { wholeReason } from './citation-source.ts';

/** Note ids are short kebab-case names, used in `<NoteRef id="…" />` and never shown to readers. */
export const noteId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case, e.g. serge-memoirs-119' });

/** An emendation: a typographical slip the edition corrects, always recorded with the source reading. */
export const emendationSchema = z.strictObject({
  /** The text exactly as the source has it, unique within its section (including its notes). */
  source: z.string().min(1),
  /** What the edition prints instead. */
  reading: z.string().min(1),
});

/** How sure the editors are of a conjecture: a restored marker's place, an emendation's reading (defined on /about/). */
export const certaintySchema = z.enum(['certain', 'probable', 'possible']);

/** A work an editors' note cites as a whole, and why it names no page, chapter or section. */
export const wholeWorkSchema = z.strictObject({
  /** Words of the citation as the note writes it, enough to find it: `Kronstadt 1921`. */
  work: z.string().trim().min(3),
  /** `subject`, `unchecked` or the reason in a sentence (see src/schemas/citation-source.ts). */
  reason: wholeReason,
});

/** One note in a section's sidecar file (`content/essay/<section>.notes.yaml`). */
export const noteSchema = z
  .strictObject({
    /** Stable id referenced from the section's MDX as `<NoteRef id="…" />`. */
    id: noteId,
    /** The author's note number, global across the essay (1–7 in the original). */
    number: z.int().positive().optional(),
    /** The editor's note letter (a, b, c…), global, in the order a reader meets the notes (checked); marks the note as editorial. */
    letter: z.string().regex(/^[a-z]$/, { error: 'must be one lowercase letter' }).optional(),
    /**
     * The id of the note's reference on the page (its text is `<anchor>-text`), fixed when first published:
     * `/iii/#note-a` stays this note whatever its letter becomes. Editors' notes only; by default `note-<id>`.
     */
    anchor: z.string().regex(/^note-[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be note-<kebab-case>, e.g. note-a' }).optional(),
    /** True when the conversion lost the author's marker and the editor restored it at this place. */
    restored: z.boolean().default(false),
    /** For a restored marker: why it stands where it does, and which other places the numbering allowed (plain text). */
    placement: z
      .string()
      .trim()
      .min(40, { error: 'say in a sentence or two why the marker stands here' })
      .max(900, { error: 'keep the placement to a few sentences' })
      .optional(),
    /** The note's text, inline Markdown. For author's notes: verbatim from the source. */
    text: z.string().trim().min(1, { error: 'note text is empty' }),
    /** For an editorial note that records an emendation: where the correction is made. */
    emend: emendationSchema.optional(),
    /** For a restored marker or an emendation: how sure the editors are (certain, probable, possible). */
    certainty: certaintySchema.optional(),
    /** For a restored marker or an emendation: every other place or reading the editors considered, and why not. */
    alternatives: z.array(z.string().trim().min(10)).optional(),
    /** Works an editors' note cites without a page, chapter or section, each with the reason. */
    whole: z.array(wholeWorkSchema).optional(),
    /** For an editors' note that cites no work: what it rests on. `copy-text`: the source text itself. */
    evidence: z.enum(['copy-text']).optional(),
  })
  .refine((note) => (note.number === undefined) !== (note.letter === undefined), {
    error: 'a note needs exactly one of `number` (author) or `letter` (editor)',
  })
  .refine((note) => note.anchor === undefined || note.letter !== undefined, {
    error: 'an author’s note is anchored by its number (note-4): remove `anchor`',
    path: ['anchor'],
  })
  .refine((note) => !note.emend || note.letter !== undefined, { error: 'only an editorial note (with `letter`) can record an emendation' })
  .refine((note) => !note.restored || note.placement !== undefined, {
    error: 'a restored marker needs `placement`: why the editors put it here, and the other places the numbering allowed',
    path: ['restored'],
  })
  .refine((note) => note.restored || note.emend || (note.certainty === undefined && note.alternatives === undefined), {
    error: '`certainty` and `alternatives` grade a conjecture: only a restored marker or an emendation has them',
    path: ['certainty'],
  })
  .refine((note) => note.restored || note.placement === undefined, {
    error: '`placement` explains a restored marker: set `restored: true` or remove it',
    path: ['placement'],
  });

/** A whole sidecar file: the notes of one section, in any order. */
export const notesFileSchema = z.array(noteSchema);

/** A validated note, as the rest of the edition sees it. */
export type Note = z.output<typeof noteSchema>;
