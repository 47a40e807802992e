import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Edition } from '../schemas/edition.ts';
import { bibtexEntry } from './bibtex.ts';
import { isoDateParts } from '../edition/dates.ts';
import { citationModel, targetLabel, type CitationModel, type CitationTarget } from './model.ts';
import { risRecord } from './ris.ts';

export type { CitationTarget } from './model.ts';

// citation-js is CommonJS; its plugins register on the CommonJS instance of the core.
const require = createRequire(import.meta.url);
const { Cite, plugins } = require('@citation-js/core') as typeof import('@citation-js/core');
require('@citation-js/plugin-csl');

/** The citation styles offered, each rendered by citeproc-js from its official CSL file. */
export const STYLES = [
  { id: 'chicago', name: 'Chicago', full: 'Chicago Manual of Style, 17th ed. (notes and bibliography)', csl: 'chicago-note-bibliography', short: 'Note' },
  { id: 'mla', name: 'MLA', full: 'MLA Handbook, 9th ed.', csl: 'modern-language-association', short: 'In-text citation' },
  { id: 'apa', name: 'APA', full: 'APA Publication Manual, 7th ed.', csl: 'apa', short: 'In-text citation' },
] as const;

/** The number that stands in for a paragraph in the templates the browser completes. */
export const PARAGRAPH_PLACEHOLDER = '9999';
/** The access date that stands in for "today" in styles that print one. */
const ACCESS_PLACEHOLDER = { 'date-parts': [[1901, 1, 23]] };

const csl = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void }; locales: { add(name: string, xml: string): void } };
// Read from the project (the working directory of every build and test), not next to this module:
// the build bundles this file elsewhere.
const stylesDir = 'src/citation/csl';
for (const style of STYLES) csl.styles.add(style.csl, readFileSync(`${stylesDir}/${style.csl}.csl`, 'utf8'));
csl.locales.add('en-US', readFileSync(`${stylesDir}/locales-en-US.xml`, 'utf8'));

/** One style's output. */
export interface StyledCitation {
  id: (typeof STYLES)[number]['id'];
  name: string;
  full: string;
  /** Bibliography / works-cited / reference-list entry, as HTML (italics where the style wants them). */
  referenceHtml: string;
  /** The same as plain text, for copying. */
  reference: string;
  /** Label for the short form: "Note" or "In-text citation". */
  shortLabel: string;
  /** The note or in-text citation, with the section or paragraph as locator. */
  short: string;
  /** True when the style prints an access date for this item (the browser fills in today's). */
  needsAccessDate: boolean;
}

/** Every format for one target. */
export interface CitationSet {
  styles: StyledCitation[];
  bibtex: string;
  ris: string;
}

/**
 * The CSL-JSON item for the essay read in this edition: `original-date` is the essay's date,
 * `issued` the edition's. No author, editor or publisher is printed unless edition.yaml names one.
 * `post` (a text published on a site) renders the essay in quotation marks inside the italic
 * edition title in all three styles; downloads use `webpage`, which reference managers import as a web page.
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
    URL: target.url,
    language: work.language,
    note: targetLabel(target),
    ...extra,
  };
}

/** The CSL-JSON a reader downloads: one web-page item, keyed like the BibTeX. */
export function cslJson(edition: Edition, target: CitationTarget): Record<string, unknown>[] {
  const key = citationKey(edition, target);
  return [cslItem(citationModel(edition), target, { id: key, type: 'webpage', 'citation-key': key })];
}

/** A stable BibTeX key, letters, digits and underscores only: `changed_everything_twice_2017_v` (`_p9` for a paragraph). */
export function citationKey(edition: Edition, target: CitationTarget): string {
  const title = edition.title.toLowerCase().replace(/^this /, '').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  const section = target.section.toLowerCase();
  return `${title}_${edition.date.slice(0, 4)}_${section}${target.paragraph !== undefined ? `_p${target.paragraph}` : ''}`;
}

/** APA's sentence case for the reference list (the text keeps title case). It lowers every later word: a title with proper nouns would need them kept (this one has none). */
export function sentenceCase(title: string): string {
  return title.replace(/(?<=[\s—–-])(\p{Lu})(\p{Ll}*)/gu, (word, first: string, rest: string) => (rest ? first.toLowerCase() + rest : word));
}

function locator(target: CitationTarget) {
  return target.paragraph !== undefined ? { locator: String(target.paragraph), label: 'paragraph' } : { locator: target.section, label: 'section' };
}

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

/** Renders a citation of the essay in this edition in Chicago, MLA, APA, BibTeX and RIS. */
export function citeEssay(edition: Edition, target: CitationTarget): CitationSet {
  const model = citationModel(edition);
  const cite = new Cite(cslItem(model, target));
  const asReference = (id: string) => (id === 'apa' ? new Cite(cslItem(model, target, { title: sentenceCase(model.work.title) })) : cite);
  const styles = STYLES.map((style): StyledCitation => {
    const options = { template: style.csl, lang: 'en-US' };
    const html = (asReference(style.id).format('bibliography', { ...options, format: 'html' }) as string).replace(/^[\s\S]*?<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>[\s\S]*$/, '$1').trim();
    const accessed = new Cite(cslItem(model, target, { accessed: ACCESS_PLACEHOLDER })).format('bibliography', { ...options, format: 'text' }) as string;
    return {
      id: style.id,
      name: style.name,
      full: style.full,
      referenceHtml: html,
      reference: text(html),
      shortLabel: style.short,
      short: text(cite.format('citation', { ...options, format: 'html', entry: [{ id: 'essay', ...locator(target) }] }) as string),
      needsAccessDate: text(accessed) !== text(cite.format('bibliography', { ...options, format: 'html' }) as string),
    };
  });
  const unsupported = styles.find((style) => style.needsAccessDate);
  if (unsupported) {
    // None of the three styles prints an access date for a dated item; if one starts to, the
    // reader's date must be filled in by the browser (src/scripts/cite.ts), never baked in.
    throw new Error(`citation style ${unsupported.id} now prints an access date: teach src/scripts/cite.ts to fill in the reader's date before publishing`);
  }
  const key = citationKey(edition, target);
  return { styles, bibtex: bibtexEntry(model, target, key), ris: risRecord(model, target, key) };
}
