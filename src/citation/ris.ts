import { isoDateParts, longDate } from '../edition/dates.ts';
import { targetLabel, type CitationModel, type CitationTarget } from './model.ts';

/**
 * An RIS record (the tagged format of the RIS specification: `TY` first, `ER` last, tags of two
 * characters, two spaces, a hyphen and a space). `ELEC` is the web-page type; RIS has no tag for
 * an original date, so `N1` carries it in words.
 */
export function risRecord(model: CitationModel, target: CitationTarget, key: string): string {
  const { work, edition } = model;
  const [year, month, day] = isoDateParts(edition.date);
  const pad = (n: number) => String(n).padStart(2, '0');
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['ID', key],
    ['TI', work.title],
    ...(work.author ? [['AU', work.author] as [string, string]] : []),
    ['T2', edition.title],
    ...edition.editors.map((name) => ['ED', name] as [string, string]),
    ...(edition.publisher ? [['PB', edition.publisher] as [string, string]] : []),
    ['PY', String(year)],
    ['DA', `${year}/${pad(month)}/${pad(day)}/`],
    ['UR', target.url],
    ['LA', work.language],
    ['N1', `Originally published ${longDate(work.date)}. ${targetLabel(target)}.`],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\n');
}
