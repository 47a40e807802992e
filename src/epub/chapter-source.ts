import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { classesOf, flowContent, inlineContent, isApparatus, type SiteContext } from './from-site.ts';
import { x, type XElement, type XNode } from './xml.ts';

/** One note of a chapter, as the book prints it at the chapter's end. */
export interface Footnote {
  /** What the reader sees: `4` for the author's notes, `c` for the editors'. */
  mark: string;
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
 * found by id (`note-4-text`) wherever the page puts them, without the site's marks, labels and back links.
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
      const editorial = element.properties.dataKind === 'editorial' || /^[a-z]$/.test(mark);
      if (!notes.some((note) => note.mark === mark)) {
        const note: Footnote = { mark, editorial, body: [] };
        notes.push(note);
        // Converted after it is listed, so a note referenced inside this one follows it.
        note.body = noteBody(doc, mark, page, context);
      }
      const restored = element.properties.dataRestored !== undefined;
      const label = `${editorial ? 'Editor’s note' : 'Note'} ${mark}${restored ? ' (restored by the editors)' : ''}`;
      return x('a', { 'epub:type': 'noteref', role: 'doc-noteref', id: `note-${mark}`, href: `#note-${mark}-text`, class: editorial ? 'noteref noteref--editor' : 'noteref', 'aria-label': label }, restored ? `[${mark}]` : mark);
    },
  };
  const blocks: XElement[] = [];
  const collect = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'p' && classesOf(child).includes('ed-para')) blocks.push(x('p', { id: String(child.properties.id) }, trim(inlineContent(child.children, context))));
      else if (child.tagName === 'figure') blocks.push(...(flowContent([child], context) as XElement[]));
      else if (!isApparatus(child)) collect(child);
    }
  };
  collect(prose);
  return { blocks, notes };
}

/** A note reference's mark: from its id (`note-4`), its target (`#note-4-text`) or its text. */
function markOf(element: Element): string {
  const id = /^(?:.*-)?note-([a-z0-9]+)$/.exec(String(element.properties.id ?? ''))?.[1];
  const href = /#(?:.*-)?note-([a-z0-9]+)-text$/.exec(String(element.properties.href ?? ''))?.[1];
  return id ?? href ?? toString(element).replace(/[[\]\s]/g, '');
}

function noteBody(doc: Root, mark: string, page: string, context: SiteContext): XNode[] {
  const element = select(`[id="note-${mark}-text"]`, doc);
  if (!element) throw new Error(`${page}: note ${mark} is referenced but its text (id "note-${mark}-text") is not on the page.\n  → The section page must print each note's text with the id note-<mark>-text.`);
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
