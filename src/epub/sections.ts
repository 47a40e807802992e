import { ESSAY_DIR } from '../edition/paths.ts';
import { readSectionFiles } from '../edition/section-files.ts';
import { sectionName } from '../edition/section-name.ts';

/** A section as the book lists it: its slug (the chapter's file name), heading and name. */
export interface BookSection {
  slug: string;
  /** As printed: `V`, `Afterword`. */
  heading: string;
  /** For contents and titles: `Part V`, `Afterword`. */
  name: string;
}

/** The essay's sections in reading order, from the frontmatter of `content/essay/*.mdx`. */
export function readSections(dir = ESSAY_DIR): BookSection[] {
  return readSectionFiles(dir).map(({ slug, heading }) => ({ slug, heading, name: sectionName(heading) }));
}
