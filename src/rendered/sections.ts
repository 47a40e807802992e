import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../edition/content-error.ts';
import { loadEditionModel } from '../edition/index.ts';
import { sectionHref } from '../edition/urls.ts';

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

/** All sections in reading order (the model's one list, with its order check), linked to their neighbours. */
export async function getSections(): Promise<Section[]> {
  const entries = new Map((await getCollection('essay')).map((entry) => [entry.id, entry]));
  const sections = loadEditionModel().sections.map((file): Section => {
    const entry = entries.get(file.slug);
    if (!entry) throw new ContentError(file.file, undefined, `Astro's content collection has no entry "${file.slug}"`, 'Name section files in lowercase letters, digits and hyphens: the file name is the URL.');
    return { entry, slug: file.slug, href: sectionHref(file.slug), heading: file.heading, name: file.name, previous: undefined, next: undefined };
  });
  sections.forEach((section, index) => {
    section.previous = sections[index - 1];
    section.next = sections[index + 1];
  });
  return sections;
}
