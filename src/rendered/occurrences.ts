import { render } from 'astro:content';
import { getSections, type Section } from './sections.ts';
import type { TermOccurrence } from '../edition/glossary.ts';
import { paragraphNumber, placeHref } from '../edition/urls.ts';

/** A mention of a glossary entry, with the section it is in. */
export interface PlacedOccurrence extends TermOccurrence {
  section: Section;
  /** The paragraph's permalink, site-relative: `/v/#p5`. */
  href: string;
  /** How a reader names the place: `Part V, ¶ 5`. */
  label: string;
}

/** Every glossed mention in the essay, in reading order, as recorded by rehype-glossary. */
export async function getOccurrences(): Promise<PlacedOccurrence[]> {
  const sections = await getSections();
  const all: PlacedOccurrence[] = [];
  for (const section of sections) {
    const { remarkPluginFrontmatter } = await render(section.entry);
    const found = (remarkPluginFrontmatter.glossary ?? []) as TermOccurrence[];
    for (const occurrence of found) {
      const paragraph = paragraphNumber(occurrence.anchor);
      all.push({
        ...occurrence,
        section,
        href: placeHref(section.slug, occurrence.anchor),
        label: paragraph !== undefined ? `${section.name}, ¶ ${paragraph}` : `${section.name}, figure`,
      });
    }
  }
  return all;
}
