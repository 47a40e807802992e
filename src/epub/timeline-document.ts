import { inlineMarkdown } from '../markdown/inline-markdown.ts';
import { dateLabel, type Period, type PeriodItem } from '../edition/timeline.ts';
import type { TimelineEvent } from '../schemas/timeline.ts';
import { BOOK_FILES, chapterFile, paragraphId, paragraphRef } from '../edition/urls.ts';
import { inlineContent } from './from-site.ts';
import type { BookSection } from './sections.ts';
import { x, xhtmlDocument, type XNode } from './xml.ts';

/** The timeline as a plain list by period: each event's date, name and summary, and the paragraphs that mention it. */
export function timelineDocument(periods: Period[], sections: BookSection[], glossaryNames: ReadonlyMap<string, string>, lang: string): string {
  const chapters = new Set(sections.map((section) => section.slug));
  const names = new Map(sections.map((section) => [section.slug, section.name]));
  const inline = (text: string) => inlineContent(inlineMarkdown(text, { file: 'content/timeline.yaml', line: undefined }), { chapters });
  const join = (links: XNode[]) => links.flatMap((link, index) => (index === 0 ? [link] : [', ', link]));
  const eventItem = (event: TimelineEvent) =>
    x(
      'li',
      { id: event.id },
      x('p', {}, x('strong', {}, dateLabel(event)), ' ', event.title, '. ', inline(event.summary), event.dating ? [' ', inline(event.dating)] : []),
      x(
        'p',
        { class: 'timeline__links' },
        'In the essay: ',
        join(event.mentions.map((mention) => {
          const { slug, number } = paragraphRef(mention.at);
          return x('a', { href: `${chapterFile(slug)}#${paragraphId(number)}` }, `${names.get(slug) ?? slug}, ¶ ${number}`);
        })),
        event.glossary.length > 0 ? ['. Glossary: ', join(event.glossary.map((slug) => x('a', { href: `${BOOK_FILES.glossary}#${slug}` }, glossaryNames.get(slug) ?? slug)))] : [],
        '.',
      ),
    );
  // A period inside another is a section inside it, a heading level down, that names the period it lies in.
  const periodSection = (period: Period): XNode =>
    x(
      'section',
      { 'aria-labelledby': period.id },
      x(`h${Math.min(2 + period.depth, 6)}`, { id: period.id }, `${period.title}, ${period.from}–${period.to}`),
      period.parent ? x('p', { class: 'editorial-label' }, 'Within ', x('a', { href: `#${period.parent.id}` }, period.parent.title), ` (${period.parent.from}–${period.parent.to}).`) : [],
      runs(period.items).map((run) => (run[0].kind === 'period' ? periodSection(run[0].period) : x('ul', {}, run.map((item) => (item.kind === 'event' ? eventItem(item.event) : []))))),
    );
  return xhtmlDocument({
    title: 'Timeline',
    lang,
    matter: 'backmatter',
    body: [
      x(
        'section',
        { class: 'timeline', 'aria-labelledby': 'timeline-title' },
        x('h1', { id: 'timeline-title' }, 'Timeline'),
        x('p', { class: 'editorial-label' }, 'Compiled by the editors: the descriptions are theirs, the essay’s words the author’s. Dates are Gregorian (New Style); for events in Russia before February 1918 the Julian (Old Style) date is also given. “c.” marks an approximate date, “by” a date the essay gives only as a limit.'),
        periods.map((period) => periodSection(period)),
      ),
    ],
  });
}

/** A period's items as runs: consecutive events together (one list), each nested period on its own. */
function runs(items: PeriodItem[]): PeriodItem[][] {
  const out: PeriodItem[][] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (item.kind === 'event' && last?.[0]?.kind === 'event') last.push(item);
    else out.push([item]);
  }
  return out;
}
