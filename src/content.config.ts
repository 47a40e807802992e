import { isAbsolute } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ESSAY_DIR } from './edition/paths.ts';
import { sectionSchema } from './schemas/section.ts';

/** The essay: one MDX file per section in `content/essay/`; the file name is the URL slug. */
const essay = defineCollection({
  loader: glob({ pattern: '*.mdx', base: isAbsolute(ESSAY_DIR) ? ESSAY_DIR : `./${ESSAY_DIR}` }),
  schema: sectionSchema,
});

export const collections = { essay };
