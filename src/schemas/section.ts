import { z } from 'zod';

/** Frontmatter of one essay section (`content/essay/<slug>.mdx`); the slug is the file name. */
export const sectionSchema = z.strictObject({
  /** The section's heading as printed: a Roman numeral or `Afterword`. */
  heading: z.string().regex(/^(?:[IVX]+|Afterword)$/, { error: 'must be a Roman numeral (I, II…) or Afterword' }),
  /** Reading order, 1 for the first section. */
  order: z.int().positive(),
  /** A one-line summary for the contents, in the editors' voice: it reports the author's argument ("The author argues…"). */
  summary: z
    .string()
    .trim()
    .min(20, { error: 'write a one-line summary of at least 20 characters' })
    .max(200, { error: 'keep the summary to 200 characters' })
    .regex(/\b(?:author|essay)\b/i, { error: 'report the thesis as the author’s: "The author argues…", "The essay recounts…"' }),
});

/** Validated section frontmatter. */
export type SectionData = z.output<typeof sectionSchema>;
