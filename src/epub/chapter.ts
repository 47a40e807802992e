import type { ChapterSource, Footnote } from './chapter-source.ts';
import type { BookSection } from './sections.ts';
import { x, xhtmlDocument, type XNode } from './xml.ts';
import { noteTextId } from '../edition/urls.ts';

/**
 * A chapter: the section's heading, its paragraphs with the site's ids (`p9`), and its notes as EPUB
 * footnotes at the end (`aside epub:type="footnote"`), each reached from its reference and back.
 */
export function chapterDocument(section: BookSection, source: ChapterSource, lang: string): string {
  const heading = section.heading === section.name ? [section.heading] : [x('span', { class: 'chapter__part' }, 'Part '), section.heading];
  return xhtmlDocument({
    title: section.name,
    lang,
    matter: 'bodymatter',
    body: [
      x(
        'section',
        { 'epub:type': 'chapter', role: 'doc-chapter', class: 'chapter', 'aria-labelledby': 'chapter-title' },
        x('h1', { id: 'chapter-title' }, heading),
        source.blocks,
        source.notes.length > 0 && x('section', { class: 'notes', 'aria-labelledby': 'notes-title' }, x('h2', { id: 'notes-title' }, 'Notes'), source.notes.map(footnote)),
      ),
    ],
  });
}

/** One note: its mark links back to the reference; the editors' notes are labelled "Editor". */
function footnote(note: Footnote): XNode {
  const back = x('a', { href: `#${note.anchor}`, role: 'doc-backlink', class: 'note__mark', 'aria-label': `Back to the text at ${note.editorial ? 'editor’s note' : 'note'} ${note.mark}` }, note.mark);
  const lead: XNode[] = [back, ' ', ...(note.editorial ? [x('span', { class: 'note__label' }, 'Editor:'), ' '] : [])];
  const [first, ...rest] = note.body;
  const opening = typeof first === 'object' && first.name === 'p' ? { ...first, children: [...lead, ...first.children] } : x('p', {}, lead, first);
  return x('aside', { 'epub:type': 'footnote', role: 'doc-footnote', id: noteTextId(note.anchor), class: note.editorial ? 'note note--editor' : 'note' }, opening, rest);
}
