import { isoDateParts, longDate } from '../edition/dates.ts';
import { firstAppearance, type CitationModel, type CitationTarget } from './model.ts';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** TeX for a title: `---` for the em dash, every capitalised word after the first in braces so styles keep its case. */
export function texTitle(title: string): string {
  return title
    .replace(/[{}\\]/g, '')
    .replace(/—/g, '---')
    .replace(/–/g, '--')
    .replace(/(?<=[\s-])(\p{Lu}[\p{L}'’]*)/gu, '{$1}');
}

/**
 * One `@misc` entry for a section (never a paragraph: that is the citation's locator) that classic
 * BibTeX and biblatex both read: `year` + `month = dec` (a month macro) for BibTeX, `date` and
 * `origdate` (biblatex's dates of the version read and of the original) and `version` for biblatex,
 * and the essay's own date in `note`, which classic BibTeX prints, having no `origdate`.
 */
export function bibtexEntry(model: CitationModel, target: CitationTarget, key: string): string {
  const { work, edition } = model;
  const [year, month] = isoDateParts(edition.date);
  const fields: [string, string][] = [
    ['title', `{${texTitle(work.title)}}`],
    ...(work.author ? [['author', `{${work.author}}`] as [string, string]] : []),
    ...(edition.editors.length ? [['editor', `{${edition.editors.join(' and ')}}`] as [string, string]] : []),
    ['howpublished', `{${texTitle(edition.title)}}`],
    ...(edition.publisher ? [['publisher', `{${edition.publisher}}`] as [string, string]] : []),
    ['version', `{${edition.version}}`],
    ['year', `{${year}}`],
    ['month', MONTH_MACROS[month - 1]],
    ['date', `{${edition.date}}`],
    ['origdate', `{${work.date}}`],
    ['url', `{${target.url}}`],
    ['langid', `{${work.language === 'en' ? 'english' : work.language}}`],
    ['note', `{${firstAppearance(work, longDate)}}`],
  ];
  return `@misc{${key},\n${fields.map(([name, value]) => `\t${name} = ${value},`).join('\n')}\n}`;
}

/** `\autocite[pt.~V, para.~9]{key}`: the paragraph is the postnote of a citation of the section's entry. */
export function bibtexCite(key: string, locator?: string): string {
  return `\\autocite${locator ? `[${locator.replace(/\. /g, '.~')}]` : ''}{${key}}`;
}
