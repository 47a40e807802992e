import { isoDateParts, longDate } from '../edition/dates.ts';
import { firstAppearance, type CitationModel, type CitationTarget } from './model.ts';

/**
 * An RIS record for a section (the tagged format of the RIS specification: `TY` first, `ER` last,
 * tags of two characters, two spaces, a hyphen and a space). `ELEC` is the web-page type. The
 * version read is dated by `PY` (year) and `DA` (YYYY/MM/DD/) and numbered by `ET` (edition); RIS
 * has no date tag for an original, so the essay's date goes in `OP`, the specification's "original
 * publication", in words ("Dated January 28, 2017").
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
    ['ET', edition.version],
    ['PY', String(year)],
    ['DA', `${year}/${pad(month)}/${pad(day)}/`],
    ['OP', firstAppearance(work, longDate)],
    ['UR', target.url],
    ['LA', work.language],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\n');
}
