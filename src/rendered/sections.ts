import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../edition/content-error.ts';
import { ESSAY_DIR } from '../edition/paths.ts';
import { sectionName } from '../edition/section-name.ts';

/** A section with what pages need to link it into the edition. */
export interface Section {
  entry: CollectionEntry<'essay'>;
  /** URL slug, from the file name: `v`, `afterword`. */
  slug: string;
  /** Site-relative URL with its trailing slash: `/v/`. */
  href: string;
  /** The heading as printed: `V`, `Afterword`. */
  heading: string;
  /** A reader-facing name: `Part V`, `Afterword`. */
  name: string;
  previous: Section | undefined;
  next: Section | undefined;
}

/** All sections in reading order, linked to their neighbours; checks that `order` runs 1…N. */
export async function getSections(): Promise<Section[]> {
  const entries = (await getCollection('essay')).sort((a, b) => a.data.order - b.data.order);
  const sections = entries.map((entry, index): Section => {
    if (entry.data.order !== index + 1) {
      const file = entry.filePath ?? `${ESSAY_DIR}/${entry.id}.mdx`;
      throw new ContentError(file, frontmatterLine(file, 'order'), `section order ${entry.data.order} is out of sequence (expected ${index + 1})`, 'Give the sections the orders 1, 2, 3… in reading order, each once.');
    }
    const heading = entry.data.heading;
    return { entry, slug: entry.id, href: `/${entry.id}/`, heading, name: sectionName(heading), previous: undefined, next: undefined };
  });
  sections.forEach((section, index) => {
    section.previous = sections[index - 1];
    section.next = sections[index + 1];
  });
  return sections;
}

/** The 1-based line of a frontmatter key in an MDX file, for error messages. */
export function frontmatterLine(file: string, key: string): number | undefined {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}
