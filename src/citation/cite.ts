import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Edition } from '../schemas/edition.ts';
import { bibtexCite, bibtexEntry } from './bibtex.ts';
import { isoDateParts } from '../edition/dates.ts';
import { citationModel, locatorText, targetUrl, type CitationModel, type CitationTarget, type CitedRelease, type StyleId } from './model.ts';
import { risRecord } from './ris.ts';

export type { CitationTarget, CitedRelease } from './model.ts';

// citation-js is CommonJS; its plugins register on the CommonJS instance of the core.
const require = createRequire(import.meta.url);
const { Cite, plugins } = require('@citation-js/core') as typeof import('@citation-js/core');
require('@citation-js/plugin-csl');

/** The citation styles offered, each rendered by citeproc-js from its official CSL file. */
export const STYLES = [
  { id: 'chicago', name: 'Chicago', full: 'Chicago Manual of Style, 17th ed. (notes and bibliography)', csl: 'chicago-fullnote-bibliography', short: 'Short note' },
  { id: 'mla', name: 'MLA', full: 'MLA Handbook, 9th ed.', csl: 'modern-language-association', short: 'In-text citation' },
  { id: 'apa', name: 'APA', full: 'APA Publication Manual, 7th ed.', csl: 'apa', short: 'In-text citation' },
] as const satisfies readonly { id: StyleId; name: string; full: string; csl: string; short: string }[];

/** The number that stands in for a paragraph in the templates the browser completes. */
export const PARAGRAPH_PLACEHOLDER = '9999';
/** The access date that stands in for "today" in styles that print one. */
const ACCESS_PLACEHOLDER = { 'date-parts': [[1901, 1, 23]] };
/** Another work cited between two notes, so that the second note is Chicago's short form, not "Ibid.". */
const OTHER_WORK = { id: 'other-work', type: 'book', title: 'Another Work', issued: { 'date-parts': [[2000]] } };

const csl = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void }; locales: { add(name: string, xml: string): void } };
// Read from the project (the working directory of every build and test), not next to this module:
// the build bundles this file elsewhere.
const stylesDir = 'src/citation/csl';
for (const style of STYLES) csl.styles.add(style.csl, readFileSync(`${stylesDir}/${style.csl}.csl`, 'utf8'));
csl.locales.add('en-US', readFileSync(`${stylesDir}/locales-en-US.xml`, 'utf8'));

/** One style's output. */
export interface StyledCitation {
  id: StyleId;
  name: string;
  full: string;
  /** Bibliography / works-cited / reference-list entry, as HTML (italics where the style wants them). */
  referenceHtml: string;
  /** The same as plain text, for copying. */
  reference: string;
  /** Chicago's first, full note (HTML and text); the other styles have none. */
  noteHtml?: string;
  note?: string;
  /** Label for the short form: "Short note" or "In-text citation". */
  shortLabel: string;
  /** The short note or in-text citation, with the part (and paragraph) as locator, as HTML and as text. */
  shortHtml: string;
  short: string;
  /** True when the style prints an access date for this item (the browser fills in today's). */
  needsAccessDate: boolean;
}

/** Every format for one target. The exports describe the section, whatever the target: a paragraph is a locator. */
export interface CitationSet {
  styles: StyledCitation[];
  bibtex: string;
  /** The LaTeX command citing the target: the section's key with the locator as postnote. */
  latex: string;
  ris: string;
}

/**
 * The CSL-JSON item for the essay read in this edition: `original-date` is the essay's date,
 * `issued` the cited release's, `version` its number. No author, editor or publisher is given unless
 * edition.yaml names one. `post` (a text published on a site) renders the essay in quotation marks
 * inside the italic edition title in all three styles; downloads use `webpage`, which reference
 * managers import as a web page.
 */
export function cslItem(model: CitationModel, target: CitationTarget, extra: Record<string, unknown> = {}) {
  const { work, edition } = model;
  return {
    id: 'essay',
    type: 'post',
    title: work.title,
    'container-title': edition.title,
    ...(work.author ? { author: [{ literal: work.author }] } : {}),
    ...(edition.editors.length ? { editor: edition.editors.map((name) => ({ literal: name })) } : {}),
    ...(edition.publisher ? { publisher: edition.publisher } : {}),
    'original-date': { 'date-parts': [isoDateParts(work.date)] },
    issued: { 'date-parts': [isoDateParts(edition.date)] },
    version: edition.version,
    URL: targetUrl(target),
    language: work.language,
    ...extra,
  };
}

/** The section without its paragraph: what every export describes. */
const sectionOf = ({ paragraph: _, ...section }: CitationTarget): CitationTarget => section;

/** The CSL-JSON a reader downloads: one web-page item for the section, keyed like the BibTeX. */
export function cslJson(edition: Edition, release: CitedRelease, target: CitationTarget): Record<string, unknown>[] {
  const key = citationKey(edition, target);
  return [cslItem(citationModel(edition, release), sectionOf(target), { id: key, type: 'webpage', 'citation-key': key })];
}

/** A stable BibTeX key for the section, letters, digits and underscores only: `changed_everything_twice_2017_v`. */
export function citationKey(edition: Edition, target: CitationTarget): string {
  const title = edition.title.toLowerCase().replace(/^this /, '').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  return `${title}_${edition.date.slice(0, 4)}_${target.section.toLowerCase()}`;
}

/** APA's sentence case for the reference list (the text keeps title case). It lowers every later word: a title with proper nouns would need them kept (this one has none). */
export function sentenceCase(title: string): string {
  return title.replace(/(?<=[\s—–-])(\p{Lu})(\p{Ll}*)/gu, (word, first: string, rest: string) => (rest ? first.toLowerCase() + rest : word));
}

/** Plain text of citeproc's HTML, for copying. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#38;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** The entry of citeproc's bibliography HTML. */
const entryHtml = (html: string) => html.replace(/^[\s\S]*?<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>[\s\S]*$/, '$1').trim();

/**
 * Renders a citation of the essay in this edition, in the version `release`, in Chicago (full note,
 * short note, bibliography), MLA and APA, and the section's BibTeX and RIS records.
 */
export function citeEssay(edition: Edition, release: CitedRelease, target: CitationTarget): CitationSet {
  const model = citationModel(edition, release);
  const item = cslItem(model, target);
  const cite = new Cite(item);
  const styles = STYLES.map((style): StyledCitation => {
    const options = { template: style.csl, lang: 'en-US', format: 'html' };
    const cited = { id: 'essay', locator: locatorText(style.id, target), label: 'page' };
    const reference = style.id === 'apa' ? new Cite({ ...item, title: sentenceCase(model.work.title) }) : cite;
    const referenceHtml = entryHtml(reference.format('bibliography', options) as string);
    const accessed = new Cite({ ...item, accessed: ACCESS_PLACEHOLDER }).format('bibliography', { ...options, format: 'text' }) as string;
    let noteHtml: string | undefined;
    let shortHtml: string;
    if (style.id === 'chicago') {
      // A note style: the first note is the full note, a later one (after another work's) the short note.
      const notes = new Cite([item, OTHER_WORK]);
      const first = { citationItems: [{ id: 'essay' }], properties: { noteIndex: 1 } };
      const between = { citationItems: [{ id: OTHER_WORK.id }], properties: { noteIndex: 2 } };
      noteHtml = notes.format('citation', { ...options, entry: { citationItems: [cited], properties: { noteIndex: 1 } } }) as string;
      shortHtml = notes.format('citation', { ...options, citationsPre: [first, between], entry: { citationItems: [cited], properties: { noteIndex: 3 } } }) as string;
    } else {
      shortHtml = cite.format('citation', { ...options, entry: [cited] }) as string;
    }
    return {
      id: style.id,
      name: style.name,
      full: style.full,
      referenceHtml,
      reference: text(referenceHtml),
      ...(noteHtml ? { noteHtml, note: text(noteHtml) } : {}),
      shortLabel: style.short,
      shortHtml,
      short: text(shortHtml),
      needsAccessDate: text(accessed) !== text(cite.format('bibliography', options) as string),
    };
  });
  const unsupported = styles.find((style) => style.needsAccessDate);
  if (unsupported) {
    // None of the three styles prints an access date for a dated item; if one starts to, the
    // reader's date must be filled in by the browser (src/scripts/cite.ts), never baked in.
    throw new Error(`citation style ${unsupported.id} now prints an access date: teach src/scripts/cite.ts to fill in the reader's date before publishing`);
  }
  const key = citationKey(edition, target);
  const section = sectionOf(target);
  return { styles, bibtex: bibtexEntry(model, section, key), latex: bibtexCite(key, target.paragraph === undefined ? undefined : locatorText('chicago', target)), ris: risRecord(model, section, key) };
}
