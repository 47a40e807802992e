import { inlineMarkdown } from '../markdown/inline-markdown.ts';
import { dateLabel, type Period } from '../edition/timeline.ts';
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
  return xhtmlDocument({
    title: 'Timeline',
    lang,
    matter: 'backmatter',
    body: [
      x(
        'section',
        { class: 'timeline', 'aria-labelledby': 'timeline-title' },
        x('h1', { id: 'timeline-title' }, 'Timeline'),
        x('p', { class: 'editorial-label' }, 'Compiled by the editors: the descriptions are theirs, the essay’s words the author’s. Dates are Gregorian; “c.” marks an approximate date, “by” a date the essay gives only as a limit.'),
        periods.map((period) =>
          x(
            'section',
            { 'aria-labelledby': period.id },
            x('h2', { id: period.id }, `${period.title}, ${period.from}–${period.to}`),
            x(
              'ul',
              {},
              period.events.map((event) =>
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
                ),
              ),
            ),
          ),
        ),
      ),
    ],
  });
}
