import { isoDateParts, longDate } from '../edition/dates.ts';
import { targetLabel, type CitationModel, type CitationTarget } from './model.ts';

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
 * One `@misc` entry that classic BibTeX and biblatex both read: `year` + `month = nov` (a month
 * macro) for BibTeX, `date` and `origdate` (biblatex's date of a reprint and of the original) for
 * biblatex, and the original date again in `note`, which both print.
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
    ['year', `{${year}}`],
    ['month', MONTH_MACROS[month - 1]],
    ['date', `{${edition.date}}`],
    ['origdate', `{${work.date}}`],
    ['url', `{${target.url}}`],
    ['langid', `{${work.language === 'en' ? 'english' : work.language}}`],
    ['note', `{Originally published ${longDate(work.date)}. ${targetLabel(target)}}`],
  ];
  return `@misc{${key},\n${fields.map(([name, value]) => `\t${name} = ${value},`).join('\n')}\n}`;
}
