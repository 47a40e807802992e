import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { flowContent, inlineContent, isApparatus, type SiteContext } from './from-site.ts';
import { classesOf, CLASS } from '../markup/contract.ts';
import { x, type XElement, type XNode } from './xml.ts';
import { noteTextId } from '../edition/urls.ts';

/** One note of a chapter, as the book prints it at the chapter's end. */
export interface Footnote {
  /** What the reader sees: `4` for the author's notes, `c` for the editors'. */
  mark: string;
  /** The id of its reference, as on the site (`note-4`, `note-a`); its text is `<anchor>-text`. */
  anchor: string;
  /** True for the editors' lettered notes. */
  editorial: boolean;
  /** The note's text as the book's blocks (paragraphs). */
  body: XNode[];
}

/** A section's text taken from its built page: the blocks in order and the notes they reference. */
export interface ChapterSource {
  blocks: XElement[];
  notes: Footnote[];
}

/**
 * Reads the author's words and their apparatus from a built section page (`.ed-prose`): paragraphs
 * (`p.ed-para`, keeping their ids), the figure, note references and glossed terms; nothing else, so
 * headings or lists the site adds around the text for its own notes and tools stay out. Note bodies are
 * found by their reference's id (`note-4` → `note-4-text`) wherever the page puts them, without the site's marks, labels and back links.
 * `page` names the file in error messages.
 */
export function readChapter(html: string, page: string, chapters: ReadonlySet<string>): ChapterSource {
  const doc = fromHtml(html);
  const prose = select('.ed-prose', doc);
  if (!prose) throw new Error(`${page}: no .ed-prose element, so the EPUB has no text for this section.\n  → The section page must wrap the essay's text in an element with class ed-prose.`);
  const notes: Footnote[] = [];
  const context: SiteContext = {
    chapters,
    noteref: (element) => {
      const mark = markOf(element);
      const anchor = anchorOf(element, page);
      const editorial = element.properties.dataKind === 'editorial';
      if (!notes.some((note) => note.anchor === anchor)) {
        const note: Footnote = { mark, anchor, editorial, body: [] };
        notes.push(note);
        // Converted after it is listed, so a note referenced inside this one follows it.
        note.body = noteBody(doc, anchor, page, context);
      }
      const restored = element.properties.dataRestored !== undefined;
      const label = `${editorial ? 'Editor’s note' : 'Note'} ${mark}${restored ? ' (restored by the editors)' : ''}`;
      // As on the site, a no-break space sets the mark off from the word before it in the book's text.
      return x('a', { 'epub:type': 'noteref', role: 'doc-noteref', id: anchor, href: `#${noteTextId(anchor)}`, class: editorial ? 'noteref noteref--editor' : 'noteref', 'aria-label': label }, [
        x('span', { class: 'noteref__gap' }, '\u00a0'),
        restored ? `[${mark}]` : mark,
      ]);
    },
  };
  const blocks: XElement[] = [];
  const collect = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'p' && classesOf(child).includes(CLASS.paragraph)) blocks.push(x('p', { id: String(child.properties.id) }, trim(inlineContent(child.children, context))));
      else if (child.tagName === 'figure') blocks.push(...(flowContent([child], context) as XElement[]));
      else if (!isApparatus(child)) collect(child);
    }
  };
  collect(prose);
  return { blocks, notes };
}

/** A note reference's mark, as the page shows it: its text without the space and brackets around it. */
function markOf(element: Element): string {
  return toString(element).replace(/[\s\u00a0[\]]/g, '');
}

/** A note reference's anchor: its id on a section page (`note-a`), or its target without `-text`. */
function anchorOf(element: Element, page: string): string {
  const anchor = typeof element.properties.id === 'string' ? element.properties.id : /^#(.+)-text$/.exec(String(element.properties.href ?? ''))?.[1];
  if (!anchor) throw new Error(`${page}: a note reference (${toString(element)}) has neither an id nor a link to its note's text.\n  → The section page must give each reference the id of its note and link it to <id>-text.`);
  return anchor;
}

function noteBody(doc: Root, anchor: string, page: string, context: SiteContext): XNode[] {
  const element = select(`[id="${anchor}-text"]`, doc);
  if (!element) throw new Error(`${page}: note reference ${anchor} is on the page but its text (id "${anchor}-text") is not.\n  → The section page must print each note's text with the id of its reference and -text.`);
  const content = flowContent(element.children as ElementContent[], context);
  const hasBlocks = content.some((node) => typeof node !== 'string' && node.name === 'p');
  return hasBlocks ? content.filter((node) => typeof node !== 'string' || node.trim() !== '') : [x('p', {}, trim(content))];
}

/** Inline content without the white space its first and last words had next to removed apparatus. */
function trim(nodes: XNode[]): XNode[] {
  const result = [...nodes];
  const edge = (index: number, strip: (text: string) => string) => {
    const node = result[index];
    if (typeof node === 'string') result[index] = strip(node);
  };
  edge(0, (text) => text.trimStart());
  edge(result.length - 1, (text) => text.trimEnd());
  return result.filter((node) => node !== '');
}
