import { z } from 'zod';

/**
 * A place in the edition a change touched, as the digests name it: a paragraph `v#p9`, a figure
 * `iii#figure-1`, a note by its id `note:serge-memoirs-119`, a glossary entry `glossary:cheka`.
 */
export const placeSchema = z.string().regex(/^([a-z0-9-]+#(p\d+|figure-\d+)|note:[a-z0-9-]+|glossary:[a-z0-9-]+)$/, {
  error: 'a place is `v#p9` (a paragraph), `iii#figure-1`, `note:<note id>` or `glossary:<entry slug>`',
});

/** One change to the text or the apparatus, and where it was made. */
export const changeSchema = z
  .strictObject({
    /** What kind of change: shown on /changes/ and checked against the places it names. */
    kind: z.enum(['emendation', 'text', 'note-added', 'note-corrected', 'note-removed', 'letters-changed', 'glossary-added', 'glossary-corrected', 'glossary-removed']),
    /** Every place the change touched (one place may be written without the list). */
    at: z.union([placeSchema, z.array(placeSchema).min(1)]).transform((at) => (Array.isArray(at) ? at : [at])),
    /** What changed and why, in the editors' voice: one or two sentences. */
    description: z.string().min(10),
    /** For changed wording: the words before, as they read in the previous release. */
    old: z.string().min(1).optional(),
    /** For changed wording: the words now. */
    new: z.string().min(1).optional(),
  })
  .refine((change) => (change.old === undefined) === (change.new === undefined), { error: 'give both `old` and `new` wording, or neither', path: ['old'] });

/** One release of the edition: a version readers can cite, with everything it changed. */
export const releaseSchema = z.strictObject({
  /** `1.0`, `1.1`…: what citations name. */
  version: z.string().regex(/^\d+\.\d+$/, { error: 'a version is MAJOR.MINOR, e.g. 1.1' }),
  /** The day it was published (YYYY-MM-DD): the edition's date in every citation of this version. */
  date: z.iso.date(),
  /** One or two sentences on the release as a whole. */
  summary: z.string().min(10),
  /** Every change to the text or apparatus since the previous release (none for the first). */
  changes: z.array(changeSchema).default([]),
});

/** `content/releases.yaml`: the edition's releases, newest first. */
export const releasesSchema = z.array(releaseSchema).min(1, { error: 'list at least one release' });

/** A validated release. */
export type Release = z.output<typeof releaseSchema>;
/** A validated change. */
export type Change = z.output<typeof changeSchema>;
