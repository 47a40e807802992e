import { existsSync, readFileSync } from 'node:fs';
import { ContentError } from './content-error.ts';
import { TIMELINE_FILE } from './paths.ts';
import { readYaml } from './read-yaml.ts';
import { formatDate } from './dates.ts';
import type { Glossary } from './glossary.ts';
import { timelineSchema, type TimelineEvent, type TimelinePeriod } from '../schemas/timeline.ts';
import { paragraphAt, paragraphRef } from './urls.ts';

/** A period with its events in date order. */
export interface Period extends TimelinePeriod {
  events: TimelineEvent[];
}

/** The validated timeline, with a way back to the YAML line of any value (for later errors). */
export interface Timeline {
  file: string;
  periods: Period[];
  lineAt: (path: PropertyKey[]) => number | undefined;
  /** Where each event sits in the file, for error messages. */
  indexOf: Map<TimelineEvent, number>;
}

const HINT = 'See the comments at the top of content/timeline.yaml for the fields of an event.';

/** Reads and validates `content/timeline.yaml`; `undefined` when a content tree has no timeline. */
export function loadTimeline(glossary: Glossary, file = TIMELINE_FILE): Timeline | undefined {
  if (!existsSync(file)) return undefined;
  return buildTimeline(file, readFileSync(file, 'utf8'), glossary);
}

/** Validates a timeline file's text; pure, so tests can feed it strings. */
export function buildTimeline(file: string, text: string, glossary: Glossary): Timeline {
  const { data, lineAt } = readYaml(file, text, timelineSchema, HINT);
  data.periods.forEach((period, index) => {
    const previous = data.periods[index - 1];
    if (period.to < period.from) throw new ContentError(file, lineAt(['periods', index, 'to']), `period "${period.id}" ends (${period.to}) before it begins (${period.from})`, 'Give the period’s first and last years in order.');
    if (previous && period.from !== previous.to + 1) throw new ContentError(file, lineAt(['periods', index, 'from']), `period "${period.id}" should begin in ${previous.to + 1}, the year after "${previous.id}" ends`, 'List the periods in order, each beginning the year after the previous one ends.');
  });
  const indexOf = new Map<TimelineEvent, number>();
  const seen = new Set<string>(data.periods.map((period) => period.id));
  data.events.forEach((event, index) => {
    indexOf.set(event, index);
    const at = (...path: PropertyKey[]) => lineAt(['events', index, ...path]);
    if (seen.has(event.id)) throw new ContentError(file, at('id'), `the id "${event.id}" is used twice`, 'Give each event and period its own id: it is the event’s permalink.');
    seen.add(event.id);
    if (event.end && sortKey(event.end, 'end') <= sortKey(event.date, 'start')) throw new ContentError(file, at('end'), `event "${event.id}" ends (${event.end}) before or when it begins (${event.date})`, 'Make `end` later than `date`, or remove it for a single date.');
    event.glossary.forEach((slug, position) => {
      if (!glossary.has(slug)) throw new ContentError(file, at('glossary', position), `glossary entry "${slug}" does not exist`, `Add content/glossary/${slug}.yaml, or fix the slug.`);
    });
  });
  const periods = data.periods.map((period) => ({ ...period, events: [] as TimelineEvent[] }));
  for (const event of data.events) {
    const year = Number(event.date.slice(0, 4));
    const period = periods.find((candidate) => candidate.from <= year && year <= candidate.to);
    if (!period) throw new ContentError(file, lineAt(['events', indexOf.get(event) as number, 'date']), `event "${event.id}" (${event.date}) falls in no period`, 'Widen a period in `periods` to include its year.');
    period.events.push(event);
  }
  for (const period of periods) period.events.sort(byDate);
  return { file, periods, lineAt, indexOf };
}

/** Date order: by start; on the same start, the less precise date first ("1921" before "March 1921"), then the shorter span. */
export function byDate(a: Pick<TimelineEvent, 'date' | 'end'>, b: Pick<TimelineEvent, 'date' | 'end'>): number {
  return sortKey(a.date, 'start') - sortKey(b.date, 'start') || a.date.length - b.date.length || sortKey(a.end ?? a.date, 'end') - sortKey(b.end ?? b.date, 'end');
}

/**
 * Checks that every mention quotes its paragraph: the section exists, has that paragraph, and the
 * paragraph contains the quoted words. `paragraphs` maps section slugs to their paragraphs' text.
 */
export function checkMentions(timeline: Timeline, paragraphs: Map<string, string[]>): void {
  for (const period of timeline.periods) {
    for (const event of period.events) {
      event.mentions.forEach((mention, position) => {
        // Looked up only for an error message.
        const line = () => timeline.lineAt(['events', timeline.indexOf.get(event) as number, 'mentions', position]);
        const { slug, number } = paragraphRef(mention.at);
        const texts = paragraphs.get(slug);
        if (!texts) throw new ContentError(timeline.file, line(), `"${mention.at}": there is no section "${slug}"`, `Use one of: ${[...paragraphs.keys()].join(', ')}.`);
        const text = texts[number - 1];
        if (!text) throw new ContentError(timeline.file, line(), `"${mention.at}": section "${slug}" has ${texts.length} paragraphs`, 'Point `at` to the paragraph that mentions the event.');
        if (!text.includes(plain(mention.quote))) {
          const elsewhere = [...paragraphs].flatMap(([other, list]) => list.flatMap((candidate, index) => (candidate.includes(plain(mention.quote)) ? [paragraphAt(other, index + 1)] : [])));
          throw new ContentError(timeline.file, line(), `"${mention.at}" does not contain "${mention.quote}"`, elsewhere.length ? `The words are in ${elsewhere.join(', ')}: fix \`at\`.` : 'Quote the paragraph’s words exactly, as printed.');
        }
      });
    }
  }
}

/** The quotation as it reads on the page: Markdown emphasis marks are not words. */
export function plain(quote: string): string {
  return quote.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}

/** An event's date as printed, in parts: the qualifier, the start and the end of a span. */
export function dateParts(event: Pick<TimelineEvent, 'date' | 'end' | 'qualifier'>): { prefix: string; from: string; to?: string } {
  const prefix = event.qualifier === 'circa' ? 'c. ' : event.qualifier === 'by' ? 'by ' : '';
  if (!event.end) return { prefix, from: formatDate(event.date) };
  const [start, end] = [event.date.split('-'), event.end.split('-')];
  let from = formatDate(event.date);
  // Shared parts are printed once: "1–18 March 1921", "March–May 1924"; "1918–1921" stays whole.
  if (start.length === end.length && start[0] === end[0] && start.length > 1) {
    from = start.length === 3 && start[1] === end[1] ? String(Number(start[2])) : from.replace(` ${start[0]}`, '');
  }
  return { prefix, from, to: formatDate(event.end) };
}

/** An event's date as one string: `c. 1918–1921`, `by 1919`, `1–18 March 1921`. */
export function dateLabel(event: Pick<TimelineEvent, 'date' | 'end' | 'qualifier'>): string {
  const { prefix, from, to } = dateParts(event);
  return `${prefix}${from}${to ? `–${to}` : ''}`;
}

/**
 * A date as a number of years for ordering and the time axis: `1921-03` starts at 1921.17;
 * as an end it runs to the end of its month (`'end'`).
 */
export function sortKey(date: string, edge: 'start' | 'end'): number {
  const [year, month, day] = date.split('-').map(Number);
  if (edge === 'start') return year + ((month ?? 1) - 1) / 12 + ((day ?? 1) - 1) / 365;
  if (!month) return year + 1;
  if (!day) return year + month / 12;
  return year + (month - 1) / 12 + day / 365;
}
