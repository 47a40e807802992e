import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { x, type XNode } from './xml.ts';
import { classesOf, CLASS, DATA, isApparatusElement } from '../markup/contract.ts';
import { bookHref, BOOK_FILES, glossarySlugOf as slugOfGlossaryPath } from '../edition/urls.ts';

/** How built site HTML is turned into the book's XHTML. */
export interface SiteContext {
  /** Section slugs the book has chapters for: links to them are kept. */
  chapters: ReadonlySet<string>;
  /** Prints a note reference (`a.ed-noteref`); without it a reference prints as its mark. */
  noteref?: (element: Element) => XNode;
}

/** Inline elements kept as they are: the author's formatting and the edition's emendations. */
const INLINE = new Set(['em', 'i', 'strong', 'b', 'cite', 'q', 'ins', 'del', 'abbr', 'code', 'sub', 'sup', 'small', 'time', 'br']);
/** Block elements kept as they are; `div`, `article` and other wrappers are unwrapped. */
const BLOCK = new Set(['p', 'figure', 'figcaption', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section']);
/** Elements that are the site's interface, never the text. */
const INTERFACE = new Set(['script', 'style', 'template', 'button', 'svg', 'nav', 'aside', 'form', 'input', 'select', 'noscript', 'iframe', 'img', 'dialog']);
/**
 * Besides the site's reading apparatus (the markup contract's: ¶ permalinks, notes printed beside the
 * text), what the book leaves out: a note's mark, label and back link (the book prints its own), and
 * the About page's download line, which a book need not offer about itself.
 */
const NOT_IN_BOOK: readonly string[] = [CLASS.sidenoteMark, CLASS.sidenoteLabel, CLASS.sidenoteBack, CLASS.download];
/** Attributes carried over, per element (`*`: any element). */
const ATTRIBUTES: Record<string, string[]> = {
  '*': ['id', 'lang'],
  ins: ['dataSourceReading'],
  time: ['dateTime'],
  th: ['scope', 'colSpan', 'rowSpan'],
  td: ['colSpan', 'rowSpan'],
  figure: ['ariaLabel'],
};
/** Property names of hast as XML attribute names. */
const ATTRIBUTE_NAMES: Record<string, string> = { dataSourceReading: DATA.sourceReading, dateTime: 'datetime', colSpan: 'colspan', rowSpan: 'rowspan', ariaLabel: 'aria-label' };

/** True for an element that is the site's interface or apparatus rather than content. */
export function isApparatus(element: Element): boolean {
  if (INTERFACE.has(element.tagName) || element.properties.hidden) return true;
  if (element.properties.role === 'doc-backlink') return true;
  if (isApparatusElement(element)) return true;
  const classes = classesOf(element);
  if (classes.some((name) => NOT_IN_BOOK.includes(name))) return true;
  // Visually hidden words are for screen readers on the site; a table's caption is kept as the table's name.
  if (classes.includes(CLASS.visuallyHidden) && element.tagName !== 'caption') return true;
  // Pagefind's ignore marks exactly what is not the text: numbers, tooltips, navigation.
  return element.properties.dataPagefindIgnore !== undefined;
}

/** True for a note reference of the site (`a.ed-noteref`, `role="doc-noteref"`). */
export function isNoteref(element: Element): boolean {
  return classesOf(element).includes(CLASS.noteref) || element.properties.role === 'doc-noteref';
}

/** The glossary slug a link points to, if it is a glossed term or any link to `/glossary/<slug>/`. */
export function glossarySlugOf(element: Element): string | undefined {
  if (element.tagName !== 'a') return undefined;
  return slugOfGlossaryPath(String(element.properties.href ?? ''));
}

/** Site content (a paragraph's children) as the book's inline XHTML: words, formatting, notes and glossed terms only. */
export function inlineContent(nodes: ElementContent[], context: SiteContext): XNode[] {
  return nodes.flatMap((node) => convert(node, context, false));
}

/** Site content that may hold blocks (a figure, a note body, a page) as the book's XHTML. */
export function flowContent(nodes: ElementContent[], context: SiteContext): XNode[] {
  return nodes.flatMap((node) => convert(node, context, true));
}

function convert(node: ElementContent, context: SiteContext, blocks: boolean): XNode[] {
  if (node.type === 'text') return [node.value];
  if (node.type !== 'element') return [];
  if (isNoteref(node)) return [context.noteref ? context.noteref(node) : markText(node)];
  if (isApparatus(node)) return [];
  const slug = glossarySlugOf(node);
  if (slug) return [x('a', { 'epub:type': 'glossref', role: 'doc-glossref', class: 'term', href: `${BOOK_FILES.glossary}#${slug}` }, inlineContent(node.children, context))];
  if (node.tagName === 'a') {
    const href = String(node.properties.href ?? '');
    const target = /^https?:/.test(href) ? href : bookHref(href, context.chapters);
    const children = inlineContent(node.children, context);
    return target ? [x('a', { href: target }, children)] : children;
  }
  if (INLINE.has(node.tagName) || (blocks && BLOCK.has(node.tagName))) {
    const inner = blocks && BLOCK.has(node.tagName) ? flowContent(node.children, context) : inlineContent(node.children, context);
    return [x(node.tagName, attributesOf(node), inner)];
  }
  // A span that says whose words these are (the editors') keeps its class; other wrappers go.
  // (A conjecture's folded alternatives, a <details>, read as text in the book, marked the same way.)
  if ((node.tagName === 'span' || node.tagName === 'details') && classesOf(node).includes(CLASS.editorial)) return [x('span', { class: 'editorial' }, inlineContent(node.children, context))];
  return blocks ? flowContent(node.children, context) : inlineContent(node.children, context);
}

/** A note reference printed as text: its mark, in brackets when the editors restored it. */
function markText(element: Element): string {
  // The site writes the mark as text: a no-break space before it, and a restored mark's brackets.
  return toString(element);
}

function attributesOf(element: Element): Record<string, string | undefined> {
  const attrs: Record<string, string | undefined> = {};
  for (const name of [...ATTRIBUTES['*'], ...(ATTRIBUTES[element.tagName] ?? [])]) {
    const value = element.properties[name];
    if (value !== undefined && value !== null && value !== false) attrs[ATTRIBUTE_NAMES[name] ?? name] = Array.isArray(value) ? value.join(' ') : String(value);
  }
  // The site's `ed-` classes without their prefix, for the book's own stylesheet.
  const classes = classesOf(element)
    .filter((name) => name.startsWith('ed-'))
    .map((name) => name.slice(3));
  if (classes.length > 0) attrs.class = classes.join(' ');
  return attrs;
}
