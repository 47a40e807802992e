import { z } from 'zod';
import { glossarySlug } from './glossary-term.ts';
import { sourceSchema } from './citation-source.ts';

/** A kebab-case id: the event's anchor on `/timeline/` (`/timeline/#kronstadt-rebellion`), a permalink. */
const eventId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case, e.g. kronstadt-rebellion' });

/**
 * A date to the precision known: `1924`, `1921-03` or `1917-12-20` (Gregorian). YAML reads a bare
 * year as a number; it is taken as the year.
 */
export const partialDate = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .refine((text) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text), { error: 'write the date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(isCalendarDate, { error: 'is not a date in the calendar' });

/** A work that supports an event: `Author, Title (Place: Publisher, Year), locator.`, or a whole-work reference. */
const source = sourceSchema;

/** Where the essay mentions an event: a paragraph permalink and words quoted from that paragraph. */
export const mentionSchema = z.strictObject({
  /** The paragraph, as `<section>#p<n>`: `v#p8` is `/v/#p8`. */
  at: z.string().regex(/^[a-z0-9-]+#p\d+$/, { error: 'write the paragraph as section#pN, e.g. v#p8' }),
  /** A few words of that paragraph, exactly as printed (checked at build time): they show the mention. */
  quote: z.string().trim().min(3),
});

/** One dated event the essay mentions, in the editors' words. */
export const timelineEventSchema = z.strictObject({
  /** Permanent anchor on the timeline page; never rename a published one. */
  id: eventId,
  /** When it happened or began, to the precision known. */
  date: partialDate,
  /** When a span ended (a war, a plan, a rebellion); omit for a single day, month or year. */
  end: partialDate.optional(),
  /** How sure the date is: `circa` for an approximate date, `by` when the essay only says "by 1919". */
  qualifier: z.enum(['circa', 'by']).optional(),
  /** A short name: `Kronstadt rebellion`. */
  title: z.string().trim().min(3),
  /** One line in the editors' words: what happened. Inline Markdown (`*The New Course*`) allowed. */
  summary: z
    .string()
    .trim()
    .min(10)
    .refine((text) => text.split(/\s+/).length <= 30, { error: 'the summary is one line: keep it to 30 words or fewer' }),
  /** An editors' remark on the date: the Julian calendar, a date the essay gives differently. */
  dating: z.string().trim().min(5).optional(),
  /** The paragraphs that mention it: at least one. */
  mentions: z.array(mentionSchema).min(1),
  /** Slugs of related glossary entries. */
  glossary: z.array(glossarySlug).default([]),
  /**
   * The period the event belongs to, by id: needed only when its year falls in two periods neither of which lies
   * inside the other (1945: the Second World War and the Cold War), and it must contain the event's year.
   */
  period: eventId.optional(),
  /** The one to three works that support the date and summary; printed under the event so readers can check it. */
  sources: z
    .array(source, { error: (issue) => (issue.input === undefined ? 'every event needs `sources`: one to three standard works or documents that support its date and summary' : 'write `sources` as a list') })
    .min(1, { error: 'give at least one source' })
    .max(3, { error: 'give at most three sources: the one or two that best support the date and summary' }),
});

/**
 * A period that groups the timeline, by the year events begin in. Periods may overlap or nest: the Civil War
 * (1918–1920) inside Revolution and civil war (1917–1920), the Second World War (1939–1945) beside the Cold War
 * (1945–1991). An event belongs to the narrowest period that contains its year.
 */
export const timelinePeriodSchema = z.strictObject({
  /** Its anchor on the timeline page. */
  id: eventId,
  /** Its heading: `Revolution and civil war`. */
  title: z.string().trim().min(3),
  /** First year of the period. */
  from: z.number().int(),
  /** Last year of the period (inclusive). */
  to: z.number().int(),
});

/** `content/timeline.yaml`: periods (in any order: the page orders them), then events in any order (the page sorts them). */
export const timelineSchema = z.strictObject({
  periods: z.array(timelinePeriodSchema).min(1),
  events: z.array(timelineEventSchema).min(1),
});

/** A validated timeline event. */
export type TimelineEvent = z.output<typeof timelineEventSchema>;
/** A validated timeline period. */
export type TimelinePeriod = z.output<typeof timelinePeriodSchema>;

function isCalendarDate(text: string): boolean {
  const [year, month = 1, day = 1] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
