import { z } from 'zod';

/** One departure of the edition from its copy-text that no note records (`content/departures.yaml`). */
export const departureSchema = z.strictObject({
  /** What sort of departure: a rejoined paragraph, a repaired heading, spacing, presentation, or editorial words inserted. */
  kind: z.enum(['join', 'heading', 'spacing', 'presentation', 'insertion']),
  /** Where in the edition: a paragraph `i#p5`, a figure `iii#figure-1` or a section `iii`. */
  at: z.string().regex(/^[a-z0-9-]+(#(p\d+|figure-\d+))?$/, { error: 'write a place as a section (iii), a paragraph (i#p5) or a figure (iii#figure-1)' }),
  /** The copy-text as it reads; "|" marks a page break. */
  source: z.string().trim().min(3),
  /** What the edition prints, or does instead. */
  edition: z.string().trim().min(3),
  /** Why, in one sentence: required for presentation changes and insertions. */
  why: z.string().trim().min(10).optional(),
}).refine((entry) => !['presentation', 'insertion'].includes(entry.kind) || entry.why !== undefined, { error: 'say `why` for a presentation change or an insertion', path: ['why'] });

/** `content/departures.yaml`: the list. */
export const departuresSchema = z.array(departureSchema);

/** A validated departure. */
export type Departure = z.output<typeof departureSchema>;
