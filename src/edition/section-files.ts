import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedByFolder } from './cache.ts';
import { ContentError, projectPath } from './content-error.ts';
import { ESSAY_DIR } from './paths.ts';
import { readYaml } from './read-yaml.ts';
import { sectionName } from './section-name.ts';
import { sectionSchema } from '../schemas/section.ts';

/** A section's MDX file as read from disk: its slug, its validated frontmatter and its source. */
export interface SectionFile {
  /** The file name without `.mdx`: the section's URL. */
  slug: string;
  /** The MDX file, relative to the project root. */
  file: string;
  /** Its place in reading order (frontmatter `order`), 1…N. */
  order: number;
  /** As printed: `V`, `Afterword`. */
  heading: string;
  /** A reader-facing name: `Part V`, `Afterword`. */
  name: string;
  /** The whole MDX source, frontmatter included. */
  text: string;
}

/**
 * The essay's section files in reading order, each with its frontmatter validated (`content/essay/*.mdx`);
 * checks that `order` runs 1…N. Re-read when a section file changes, is added or is removed.
 */
export function readSectionFiles(dir = ESSAY_DIR): SectionFile[] {
  return cachedByFolder(dir, '.mdx', () => {
    const sections = readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name): SectionFile => {
        const file = projectPath(join(dir, name));
        const text = readFileSync(join(dir, name), 'utf8');
        const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
        if (!frontmatter) throw new ContentError(file, 1, 'the section has no frontmatter', 'Begin the file with --- heading, order and summary --- (see docs/editing.md).');
        const { data } = readYaml(file, frontmatter[1], sectionSchema, 'See docs/editing.md for a section’s frontmatter.');
        return { slug: name.slice(0, -'.mdx'.length), file, order: data.order, heading: data.heading, name: sectionName(data.heading), text };
      })
      .sort((a, b) => a.order - b.order);
    sections.forEach((section, index) => {
      if (section.order !== index + 1) {
        throw new ContentError(section.file, frontmatterLine(section.text, 'order'), `section order ${section.order} is out of sequence (expected ${index + 1})`, 'Give the sections the orders 1, 2, 3… in reading order, each once.');
      }
    });
    return sections;
  });
}

/** The 1-based line of a frontmatter key in an MDX source, for error messages. */
export function frontmatterLine(text: string, key: string): number | undefined {
  const index = text.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}
