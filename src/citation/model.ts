import type { Edition } from '../schemas/edition.ts';
import { paragraphId } from '../edition/urls.ts';

/** The essay as its source gives it. */
export interface CitedWork {
  title: string;
  /** YYYY-MM-DD, as the source dates it. */
  date: string;
  /** Null while the source names no author: nothing is printed in its place. */
  author: string | null;
  /** Where it first appeared, or null while no source names a venue: then it is "dated", never "published". */
  publication: string | null;
  language: string;
}

/** This edition, which republishes the work, in the version cited. */
export interface CitedEdition {
  /** `This Changed Everything—Twice: An Annotated Edition`. */
  title: string;
  /** `1.0`: the release cited (content/releases.yaml). */
  version: string;
  /** YYYY-MM-DD: the date of that release, the edition's date in every citation. */
  date: string;
  /** YYYY-MM-DD: first publication of the edition. */
  published: string;
  /** Only what edition.yaml names: null and [] print nothing. */
  publisher: string | null;
  editors: string[];
}

/** Everything a citation says: the essay, and the edition (and version) it is read in. */
export interface CitationModel {
  work: CitedWork;
  edition: CitedEdition;
}

/** The release a citation names: its version and date. */
export interface CitedRelease {
  version: string;
  date: string;
}

/** What is being cited: a section, or one of its paragraphs (the section's record, with a locator). */
export interface CitationTarget {
  /** Absolute URL of the section page: the record's URL. */
  url: string;
  /** `V`, `Afterword`: the section's heading. */
  section: string;
  /** Reader-facing section name: `Part V`. */
  sectionName: string;
  /** Paragraph number, for a paragraph citation. */
  paragraph?: number | string;
}

/** Splits the edition's facts into the work and the edition in the version cited, naming no one edition.yaml does not name. */
export function citationModel(edition: Edition, release: CitedRelease): CitationModel {
  return {
    work: { title: edition.title, date: edition.date, author: edition.author, publication: edition.publication, language: edition.language },
    edition: {
      title: `${edition.title}: ${edition.editionName}`,
      version: release.version,
      date: release.date,
      published: edition.editionDate,
      publisher: edition.editionPublisher,
      editors: edition.editors,
    },
  };
}

/** The address a citation gives: the paragraph's permalink (`/v/#p9`), or the section's. */
export function targetUrl(target: CitationTarget): string {
  return target.paragraph !== undefined ? `${target.url.split('#')[0]}#${paragraphId(target.paragraph)}` : target.url;
}

/** The citation styles' ids. */
export type StyleId = 'chicago' | 'mla' | 'apa';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
/** `V` → 5. */
export function arabic(roman: string): number {
  return [...roman].reduce((sum, letter, i, all) => sum + (ROMAN[all[i + 1]] > ROMAN[letter] ? -1 : 1) * ROMAN[letter], 0);
}

/**
 * Where in the essay a target points, in each style's words. Paragraph numbers restart in every
 * part, so a paragraph is always named with its part (sources in docs/citing.md):
 * - Chicago 17 (notes): "pt. V, para. 9"; the unnumbered afterword by name, "afterword, para. 1".
 * - MLA 9 (in-text): divisions after a comma, "pt. 5, par. 9", numbered parts in arabic numerals.
 * - APA 7 (8.28, material without page numbers): the heading, then the paragraph: "Part V, para. 9",
 *   "Afterword section, para. 1".
 */
export function locatorText(style: StyleId, target: CitationTarget): string {
  const numbered = /^[IVXL]+$/.test(target.section);
  const place =
    style === 'chicago' ? (numbered ? `pt. ${target.section}` : target.section.toLowerCase()) : style === 'mla' ? (numbered ? `pt. ${arabic(target.section)}` : target.section.toLowerCase()) : numbered ? `Part ${target.section}` : `${target.section} section`;
  if (target.paragraph === undefined) return place;
  return `${place}, ${style === 'mla' ? 'par.' : 'para.'} ${target.paragraph}`;
}

/** `Dated January 28, 2017` or, where edition.yaml names the venue, `Originally published in …`: what a citation may say of the essay's first appearance. */
export function firstAppearance(work: CitedWork, longDate: (iso: string) => string): string {
  return work.publication ? `Originally published in ${work.publication}, ${longDate(work.date)}` : `Dated ${longDate(work.date)}`;
}
