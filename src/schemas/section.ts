import { z } from 'astro/zod';

/** Frontmatter of one essay section (`content/essay/<slug>.mdx`); the slug is the file name. */
export const sectionSchema = z.strictObject({
  /** The section's heading as printed: a Roman numeral or `Afterword`. */
  heading: z.string().regex(/^(?:[IVX]+|Afterword)$/, { error: 'must be a Roman numeral (I, II…) or Afterword' }),
  /** Reading order, 1 for the first section. */
  order: z.int().positive(),
  /** A one-line summary written by the editors for the table of contents (editorial, not the author's). */
  summary: z.string().trim().min(20, { error: 'write a one-line summary of at least 20 characters' }).max(200),
});

/** Validated section frontmatter. */
export type SectionData = z.output<typeof sectionSchema>;
