import { z } from 'zod';
import { sourceSchema } from './citation-source.ts';

/** The kinds of glossary entry, in the order the glossary index groups them. */
export const GLOSSARY_KINDS = ['term', 'organisation', 'event', 'person', 'place', 'work'] as const;

/** How each kind is headed on the glossary index. */
export const KIND_LABELS: Record<(typeof GLOSSARY_KINDS)[number], string> = {
  term: 'Terms and ideas',
  organisation: 'Organisations',
  event: 'Events',
  person: 'People',
  place: 'Places',
  work: 'Works',
};

/** How one entry of each kind is described on its page. */
export const KIND_SINGULAR: Record<(typeof GLOSSARY_KINDS)[number], string> = {
  term: 'Term',
  organisation: 'Organisation',
  event: 'Event',
  person: 'Person',
  place: 'Place',
  work: 'Work',
};

/** A glossary slug: the entry's file name and URL (`/glossary/<slug>/`). */
export const glossarySlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case, e.g. hitler-stalin-pact' });

const words = (text: string) => text.trim().split(/\s+/).length;
const sentences = (text: string) => text.split(/[.!?](?:\s|$)/).filter((part) => part.trim().length > 0).length;

/** One glossary entry (`content/glossary/<slug>.yaml`), written in the editors' own words. */
export const glossaryTermSchema = z.strictObject({
  /** The entry's name as a reader knows it: `Cheka`, `New Economic Policy (NEP)`. */
  headword: z.string().trim().min(1),
  /** What sort of thing it is; the index groups entries by kind. */
  kind: z.enum(GLOSSARY_KINDS),
  /** Other names for the same thing (shown on the entry page and found by search). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /**
   * The exact forms glossed in the essay, case-sensitive, inflections included (`soviets`, `soviet`).
   * Defaults to the headword and aliases. Leave a form out when it means something else in the text.
   */
  match: z.array(z.string().trim().min(1)).optional(),
  /** The tooltip definition: at most 45 words. */
  short: z
    .string()
    .trim()
    .min(10)
    .refine((text) => words(text) <= 45, { error: 'the short definition is for a tooltip: keep it to 45 words or fewer' }),
  /** The entry page's longer note: two to five sentences. */
  note: z
    .string()
    .trim()
    .refine((text) => sentences(text) >= 2 && sentences(text) <= 5, { error: 'the note should be two to five sentences' }),
  /** When it happened or lived, as readers would write it: `1917–1922`, `c. 1904`. */
  dates: z.string().trim().min(1).optional(),
  /** Slugs of related entries. */
  related: z.array(glossarySlug).default([]),
  /** One or two standard references for further reading, each with a locator or marked as a whole-work reference. */
  references: z.array(sourceSchema).min(1).max(2),
});

/** A validated glossary entry. */
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
