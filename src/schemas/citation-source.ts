import { z } from 'zod';

/**
 * Why a work is cited without a page, chapter or section. `subject`: the work as a whole is about the
 * thing cited; `unchecked`: the editors have not checked a passage in it. Any other reason is written
 * out in words (at least a short sentence).
 */
export const WHOLE_WORK_REASONS = {
  subject: 'The work as a whole is about this subject: it is cited as the standard study of it, not for one passage.',
  unchecked: 'The editors have not checked a page, chapter or section of this work for this statement: it is cited as a general account of the subject.',
} as const;

/** A named reason for a whole-work reference, or a reason in words. */
export const wholeReason = z.union([z.enum(['subject', 'unchecked']), z.string().trim().min(20, { error: 'give the reason in a sentence, or `subject` or `unchecked`' })]);

/**
 * A locator after a citation's imprint: pages (`, 124.`, `, 798–99.`, `: 48–58.` for an article), a chapter or
 * part (`, ch. 6.`, `, pt. 2.`), a section (`, sec. 3.`, `, § 4.`, `, section “1934”.`) or an entry (`, s.v. “Cheka”.`).
 */
const LOCATOR = /^\s*[,:]\s*(?:pp?\.\s*)?(?:vol\.\s*\d+,\s*)?(?:[ivxlc]+|\d+)(?:[–-]\d+)?(?:,\s*\d+(?:[–-]\d+)?)*\s*(?:[.;]|$)|^\s*,\s*(?:vol\.\s*\d+,\s*)?(?:ch|chap|chs|pt|sec|sect|bk|no)\.\s*\S|^\s*,\s*(?:§|section\s|s\.v\.\s)/i;

/** Where each citation in a text ends its imprint (`(Place: Publisher, 1970)` or a URL) and whether a locator follows. */
export function citations(text: string): { work: string; located: boolean }[] {
  const found: { work: string; located: boolean }[] = [];
  // An imprint: a parenthesis that ends with a year (`(London: Allen Lane, 1998)`); or a URL.
  // A parenthesis of prose dates, "(1936–1939)", is not an imprint: an imprint names a place or publisher before
  // the year, or follows a journal's volume number ("Slavic Review 48 (1989)").
  const pattern = /\([^()]*[:,][^()]*\b\d{4}(?:[–-]\d{2,4})?\)|(?<=\d )\(\d{4}\)|https?:\/\/\S+?(?=[\s,;)]|\.(?:\s|$)|$)/g;
  let start = 0;
  for (const match of text.matchAll(pattern)) {
    const end = (match.index ?? 0) + match[0].length;
    // The work is the text from the previous citation (or the last "See") to the end of its imprint.
    const before = text.slice(start, end);
    const see = Math.max(before.lastIndexOf('See '), before.lastIndexOf('; '));
    found.push({ work: before.slice(see >= 0 ? see : 0).replace(/^(See |; )/, '').trim(), located: LOCATOR.test(text.slice(end)) });
    start = end;
  }
  return found;
}

/** True when a citation string names a page, chapter or section after its imprint. */
export function hasLocator(citation: string): boolean {
  const found = citations(citation);
  return found.length > 0 && found.every((item) => item.located);
}

/** What to do about a source without a locator: said the same way in every file. */
export const LOCATOR_HINT =
  'Add where in the work the statement is: a page (", 124."), a chapter (", ch. 6."), an article\'s pages (": 48–58.") or a web page\'s section (", section “1954”."), only if you have seen it there; or, if the whole work is what is cited, write the source as `{ work: "…", whole: subject }` (its subject is the thing cited), `whole: unchecked` (no passage checked) or `whole: "<the reason in a sentence>"`. See docs/editing.md, "Locators".';

/**
 * A source as written in a glossary entry or a timeline event: a citation string with a locator, or a
 * whole-work reference `{ work, whole }` with the reason it has none.
 */
export const sourceSchema = z.union([
  z
    .string()
    .trim()
    .refine((text) => /\(.*\d{4}.*\)/.test(text), { error: 'write a source as "Author, Title (Place: Publisher, Year)."' })
    .transform((work) => ({ work, whole: undefined as string | undefined })),
  z
    .strictObject({
      /** The citation, "Author, Title (Place: Publisher, Year)." */
      work: z.string().trim().refine((text) => /\(.*\d{4}.*\)/.test(text), { error: 'write a source as "Author, Title (Place: Publisher, Year)."' }),
      /** Why no locator: `subject`, `unchecked` or a reason in words. */
      whole: wholeReason,
    })
    .transform(({ work, whole }) => ({ work, whole: whole as string | undefined })),
], { error: 'write a source as "Author, Title (Place: Publisher, Year), locator." or, cited as a whole, `{ work: "…", whole: subject | unchecked | "<the reason>" }`' });

/**
 * The sources of one content file that name no locator and are not marked as whole-work references: the
 * edition's content must have none (checked when it is loaded; test fixtures may). `at` finds the YAML line.
 */
export function unlocated<T>(sources: { source: Source; at: T }[]): { source: Source; at: T }[] {
  return sources.filter(({ source }) => source.whole === undefined && !hasLocator(source.work));
}

/** A validated source: the citation as printed, and the reason it has no locator when it is a whole-work reference. */
export type Source = z.output<typeof sourceSchema>;

/** A whole-work reason as a reader reads it. */
export function wholeReasonText(whole: string): string {
  return whole in WHOLE_WORK_REASONS ? WHOLE_WORK_REASONS[whole as keyof typeof WHOLE_WORK_REASONS] : whole;
}
