import type { SectionFile } from '../edition/section-files.ts';

/** A section as the book lists it: its slug (the chapter's file name), heading (`V`) and name (`Part V`). */
export type BookSection = Pick<SectionFile, 'slug' | 'heading' | 'name'>;
