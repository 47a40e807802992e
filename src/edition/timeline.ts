import { existsSync, readFileSync } from 'node:fs';
import { ContentError } from './content-error.ts';
import { TIMELINE_FILE } from './paths.ts';
import { readYaml } from './read-yaml.ts';
import { formatDate } from './dates.ts';
import type { Glossary } from './glossary.ts';
import { timelineSchema, type TimelineEvent, type TimelinePeriod } from '../schemas/timeline.ts';
import { paragraphAt, paragraphRef } from './urls.ts';
import { LOCATOR_HINT, unlocated } from '../schemas/citation-source.ts';

/** One entry in a period's list, in date order: an event, or a period nested inside it. */
export type PeriodItem = { kind: 'event'; event: TimelineEvent } | { kind: 'period'; period: Period };

/** A period with its events in date order, and the periods that lie inside it. */
export interface Period extends TimelinePeriod {
  /** The events that belong to this period (not to a period nested in it), in date order. */
  events: TimelineEvent[];
  /** The periods that lie inside this one, in order. */
  children: Period[];
  /** The narrowest period this one lies inside, if any. */
  parent: Period | undefined;
  /** 0 for a top-level period, 1 for a period inside one, and so on. */
  depth: number;
  /** Its events and nested periods together, in date order: what the page lists. */
  items: PeriodItem[];
}

/** The validated timeline, with a way back to the YAML line of any value (for later errors). */
export interface Timeline {
  file: string;
  /** The top-level periods, in order; each holds the periods nested in it. */
  periods: Period[];
  /** Every period, top-level or nested, in the order the page reads them. */
  all: Period[];
  lineAt: (path: PropertyKey[]) => number | undefined;
  /** Where each event sits in the file, for error messages. */
  indexOf: Map<TimelineEvent, number>;
  /** The period each event belongs to. */
  periodOf: Map<TimelineEvent, Period>;
}

const HINT = 'See the comments at the top of content/timeline.yaml for the fields of an event.';

/** Reads and validates `content/timeline.yaml`; `undefined` when a content tree has no timeline. */
export function loadTimeline(glossary: Glossary, file = TIMELINE_FILE): Timeline | undefined {
  if (!existsSync(file)) return undefined;
  const timeline = buildTimeline(file, readFileSync(file, 'utf8'), glossary);
  checkSourceLocators(timeline);
  return timeline;
}

/** Every source of every event names a page, chapter or section, or is marked as a whole-work reference with the reason. */
export function checkSourceLocators(timeline: Timeline): void {
  for (const [event, index] of timeline.indexOf) {
    for (const { source, at } of unlocated(event.sources.map((source, position) => ({ source, at: position })))) {
      throw new ContentError(timeline.file, timeline.lineAt(['events', index, 'sources', at]), `event "${event.id}": the source "${source.work}" names no page, chapter or section`, LOCATOR_HINT);
    }
  }
}

/** True when `inner`'s years lie within `outer`'s and the two are not the same span. */
function inside(inner: TimelinePeriod, outer: TimelinePeriod): boolean {
  return outer !== inner && outer.from <= inner.from && inner.to <= outer.to && (outer.from !== inner.from || outer.to !== inner.to);
}

/** Validates a timeline file's text; pure, so tests can feed it strings. */
export function buildTimeline(file: string, text: string, glossary: Glossary): Timeline {
  const { data, lineAt } = readYaml(file, text, timelineSchema, HINT);
  const indexOf = new Map<TimelineEvent, number>();
  const seen = new Set<string>();
  data.periods.forEach((period, index) => {
    if (period.to < period.from) throw new ContentError(file, lineAt(['periods', index, 'to']), `period "${period.id}" ends (${period.to}) before it begins (${period.from})`, 'Give the period’s first and last years in order.');
    if (seen.has(period.id)) throw new ContentError(file, lineAt(['periods', index, 'id']), `the id "${period.id}" is used twice`, 'Give each period and event its own id: it is a permalink on /timeline/.');
    seen.add(period.id);
    const twin = data.periods.find((other) => other !== period && other.from === period.from && other.to === period.to);
    if (twin) throw new ContentError(file, lineAt(['periods', index, 'from']), `periods "${twin.id}" and "${period.id}" cover the same years (${period.from}–${period.to})`, 'Merge them, or change the years of one so that one lies inside the other or they only overlap.');
  });
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
  const periods: Period[] = data.periods.map((period) => ({ ...period, events: [], children: [], parent: undefined, depth: 0, items: [] }));
  // The narrowest period a period lies inside is its parent.
  for (const period of periods) {
    const outer = periods.filter((candidate) => inside(period, candidate)).sort((a, b) => a.to - a.from - (b.to - b.from));
    period.parent = outer[0];
  }
  const depthOf = (period: Period): number => (period.parent ? depthOf(period.parent) + 1 : 0);
  for (const period of periods) {
    period.depth = depthOf(period);
    period.parent?.children.push(period);
  }
  const periodOf = new Map<TimelineEvent, Period>();
  for (const event of data.events) {
    const index = indexOf.get(event) as number;
    const year = Number(event.date.slice(0, 4));
    const containing = periods.filter((candidate) => candidate.from <= year && year <= candidate.to);
    let home: Period | undefined;
    if (event.period) {
      home = periods.find((candidate) => candidate.id === event.period);
      if (!home) throw new ContentError(file, lineAt(['events', index, 'period']), `event "${event.id}" names period "${event.period}", which does not exist`, `Use one of: ${periods.map((period) => period.id).join(', ')}.`);
      if (!containing.includes(home)) throw new ContentError(file, lineAt(['events', index, 'period']), `event "${event.id}" (${event.date}) is not within period "${home.id}" (${home.from}–${home.to})`, `Name a period that contains ${year}: ${containing.map((period) => period.id).join(', ') || 'none does; widen one'}.`);
    } else {
      if (containing.length === 0) throw new ContentError(file, lineAt(['events', index, 'date']), `event "${event.id}" (${event.date}) falls in no period`, 'Widen a period in `periods` to include its year.');
      // The narrowest: a period no other containing period lies inside.
      const narrowest = containing.filter((candidate) => !containing.some((other) => inside(other, candidate)));
      if (narrowest.length > 1) throw new ContentError(file, lineAt(['events', index, 'date']), `event "${event.id}" (${event.date}) falls in ${narrowest.length} periods that overlap, ${narrowest.map((period) => `"${period.id}" (${period.from}–${period.to})`).join(' and ')}`, `Say which it belongs to: add \`period: ${narrowest[0].id}\` (or another of them) to the event.`);
      home = narrowest[0];
    }
    home.events.push(event);
    periodOf.set(event, home);
  }
  const start = (item: PeriodItem) => (item.kind === 'event' ? sortKey(item.event.date, 'start') : item.period.from);
  for (const period of periods) {
    period.events.sort(byDate);
    // A nested period stands where its years begin, before an event of the same year that is not in it.
    period.items = [...period.events.map((event): PeriodItem => ({ kind: 'event', event })), ...period.children.map((child): PeriodItem => ({ kind: 'period', period: child }))].sort(
      (a, b) => start(a) - start(b) || (a.kind === b.kind ? (a.kind === 'event' && b.kind === 'event' ? byDate(a.event, b.event) : 0) : a.kind === 'period' ? -1 : 1),
    );
  }
  const byStart = (a: Period, b: Period) => a.from - b.from || b.to - a.to;
  const top = periods.filter((period) => !period.parent).sort(byStart);
  const all: Period[] = [];
  const walk = (period: Period) => {
    all.push(period);
    period.items.forEach((item) => item.kind === 'period' && walk(item.period));
  };
  top.forEach(walk);
  return { file, periods: top, all, lineAt, indexOf, periodOf };
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
  for (const period of timeline.all) {
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
