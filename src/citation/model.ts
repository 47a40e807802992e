import type { Edition } from '../schemas/edition.ts';

/** The essay as its author published it. */
export interface CitedWork {
  title: string;
  /** YYYY-MM-DD, as the source dates it. */
  date: string;
  /** Null while the source names no author: nothing is printed in its place. */
  author: string | null;
  language: string;
}

/** This edition, which republishes the work. */
export interface CitedEdition {
  /** `This Changed Everything—Twice: An Annotated Edition`. */
  title: string;
  /** YYYY-MM-DD: the last revision when edition.yaml gives one, otherwise first publication. */
  date: string;
  /** YYYY-MM-DD: first publication of the edition. */
  published: string;
  /** YYYY-MM-DD or null: the last substantive revision. */
  revised: string | null;
  /** Only what edition.yaml names: null and [] print nothing. */
  publisher: string | null;
  editors: string[];
}

/** Everything a citation says: the essay, and the edition it is read in. */
export interface CitationModel {
  work: CitedWork;
  edition: CitedEdition;
}

/** What is being cited: a section, one of its paragraphs, or words quoted from a paragraph. */
export interface CitationTarget {
  /** Absolute URL of the section page (the citation's URL, also for a paragraph). */
  url: string;
  /** `V`, `Afterword`: the section's label as a locator. */
  section: string;
  /** Reader-facing section name: `Part V`. */
  sectionName: string;
  /** Paragraph number, for a paragraph citation. */
  paragraph?: number | string;
}

/** Splits the edition's facts into the work and the edition, naming no one edition.yaml does not name. */
export function citationModel(edition: Edition): CitationModel {
  return {
    work: { title: edition.title, date: edition.date, author: edition.author, language: edition.language },
    edition: {
      title: `${edition.title}: ${edition.editionName}`,
      date: edition.revised ?? edition.editionDate,
      published: edition.editionDate,
      revised: edition.revised,
      publisher: edition.editionPublisher,
      editors: edition.editors,
    },
  };
}

/** `para. 9` or `Part V`: where in the essay a target points, in words for notes fields. */
export function targetLabel(target: CitationTarget): string {
  return target.paragraph !== undefined ? `${target.sectionName}, para. ${target.paragraph}` : target.sectionName;
}
