import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionSchema } from './schemas/section.ts';

/** The essay: one MDX file per section in `content/essay/`; the file name is the URL slug. */
const essay = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/essay' }),
  schema: sectionSchema,
});

export const collections = { essay };
