import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, projectPath } from '../edition/content-error.ts';
import { ESSAY_DIR } from '../edition/paths.ts';
import { readYaml } from '../edition/read-yaml.ts';
import { sectionSchema } from '../schemas/section.ts';
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
  const sections = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = projectPath(join(dir, name));
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, name), 'utf8'));
      if (!frontmatter) throw new ContentError(file, 1, 'the section has no frontmatter', 'Begin the file with --- heading, order and summary --- (see README, "Writing the edition").');
      const { data } = readYaml(file, frontmatter[1], sectionSchema, 'See README, "Writing the edition", for a section’s frontmatter.');
      return { slug: name.slice(0, -'.mdx'.length), order: data.order, heading: data.heading };
    })
    .sort((a, b) => a.order - b.order);
  return sections.map(({ slug, heading }) => ({ slug, heading, name: sectionName(heading) }));
}

