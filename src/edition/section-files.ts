import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, projectPath } from './content-error.ts';
import { ESSAY_DIR } from './paths.ts';
import { readYaml } from './read-yaml.ts';
import { sectionSchema } from '../schemas/section.ts';

/** A section's MDX file as read from disk: its slug, its validated frontmatter and its source. */
export interface SectionFile {
  /** The file name without `.mdx`: the section's URL. */
  slug: string;
  /** The MDX file, relative to the project root. */
  file: string;
  /** Its place in reading order (frontmatter `order`). */
  order: number;
  /** As printed: `V`, `Afterword`. */
  heading: string;
  /** The whole MDX source, frontmatter included. */
  text: string;
}

/** The essay's section files in reading order, each with its frontmatter validated (`content/essay/*.mdx`). */
export function readSectionFiles(dir = ESSAY_DIR): SectionFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = projectPath(join(dir, name));
      const text = readFileSync(join(dir, name), 'utf8');
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (!frontmatter) throw new ContentError(file, 1, 'the section has no frontmatter', 'Begin the file with --- heading, order and summary --- (see docs/editing.md).');
      const { data } = readYaml(file, frontmatter[1], sectionSchema, 'See docs/editing.md for a section’s frontmatter.');
      return { slug: name.slice(0, -'.mdx'.length), file, order: data.order, heading: data.heading, text };
    })
    .sort((a, b) => a.order - b.order);
}
