import { z } from 'zod';

/** Bibliographic facts about the essay and this edition (`content/edition.yaml`); every page reads them. */
export const editionSchema = z.strictObject({
  /** The essay's title exactly as the source gives it. */
  title: z.string().min(1),
  /** Date of the essay as printed in the source. */
  dateText: z.string().min(1),
  /** The same date, machine-readable (YYYY-MM-DD). */
  date: z.iso.date(),
  /** The author's name, or null while the source does not name one. Never guessed. */
  author: z.string().min(1).nullable().default(null),
  /** Where the essay first appeared, or null while unknown. Never guessed. */
  publication: z.string().min(1).nullable().default(null),
  /** The name of this edition, as it appears in the site header and citations. */
  editionName: z.string().min(1),
  /** Who publishes this edition, or null while it names none: citations then print no publisher. */
  editionPublisher: z.string().min(1).nullable().default(null),
  /** The editors of this edition by name, or none: citations print only the names given here. */
  editors: z.array(z.string().min(1)).default([]),
  /** First publication of this edition (YYYY-MM-DD). */
  editionDate: z.iso.date(),
  /** Language of the text (BCP 47). */
  language: z.string().default('en'),
  /** One sentence describing the essay, for search engines and link previews. */
  description: z.string().min(40).max(300),
});

/** Validated edition metadata. */
export type Edition = z.output<typeof editionSchema>;
