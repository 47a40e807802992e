/** A node of an XHTML document being written: text, or an element. */
export type XNode = string | XElement;

/** An element with attributes under their XML names (`epub:type`, `xml:lang`, `aria-label`). */
export interface XElement {
  name: string;
  attrs: Record<string, string | undefined>;
  children: XNode[];
}

/** Elements written as `<br/>`: HTML's void elements. Every other element gets an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** HTML's non-void elements: written with an end tag even when empty, as browsers expect. */
const HTML = new Set(['a', 'span', 'p', 'title', 'script', 'section', 'aside', 'nav', 'div', 'li', 'dd', 'dt', 'td', 'th', 'body', 'head', 'html']);
/** Elements followed by a line break, so the files read (and EPUBCheck reports lines) block by block. */
const LINE_AFTER = new Set(['head', 'body', 'section', 'nav', 'aside', 'figure', 'blockquote', 'figcaption', 'h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'metadata', 'manifest', 'spine', 'item', 'itemref', 'meta', 'link', 'dc:identifier', 'dc:title', 'dc:language', 'dc:date', 'dc:contributor', 'dc:publisher', 'dc:source', 'dc:description', 'dc:creator', 'rootfiles', 'rootfile']);

/** Builds an element; undefined attributes are left out, nested child arrays are flattened. */
export function x(name: string, attrs: Record<string, string | undefined> = {}, ...children: Children[]): XElement {
  return { name, attrs, children: (children as unknown[]).flat(Infinity).filter((child): child is XNode => child !== undefined && child !== false) };
}

/** What may stand for an element's children: nodes, nested lists of them, and nothing (`undefined`, `false`). */
export type Children = XNode | undefined | false | Children[];

/** Text escaped for XML character data. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text escaped for a double-quoted XML attribute value. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** Serialises nodes as well-formed XML (XHTML when the names are HTML's). */
export function serialize(nodes: XNode | XNode[]): string {
  return (Array.isArray(nodes) ? nodes : [nodes]).map(serializeNode).join('');
}

function serializeNode(node: XNode): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const after = LINE_AFTER.has(node.name) ? '\n' : '';
  if (node.children.length === 0 && (VOID.has(node.name) || !HTML.has(node.name))) return `<${node.name}${attrs}/>${after}`;
  return `<${node.name}${attrs}>${serialize(node.children)}</${node.name}>${after}`;
}

/** The text of nodes, as a reader would read it aloud. */
export function textOf(nodes: XNode | XNode[]): string {
  return (Array.isArray(nodes) ? nodes : [nodes]).map((node) => (typeof node === 'string' ? node : textOf(node.children))).join('');
}

/** What an XHTML content document of the book needs: its title, language, body and body type. */
export interface XhtmlPage {
  title: string;
  lang: string;
  body: XNode[];
  /** `epub:type` of the body: `frontmatter`, `bodymatter` or `backmatter`. */
  matter?: 'frontmatter' | 'bodymatter' | 'backmatter';
}

/** A complete XHTML content document (EPUB 3.3 §6.1), linked to the book's stylesheet. */
export function xhtmlDocument({ title, lang, body, matter }: XhtmlPage): string {
  const head = x('head', {}, x('meta', { charset: 'utf-8' }), x('title', {}, title), x('link', { rel: 'stylesheet', type: 'text/css', href: 'style.css' }));
  const html = x('html', { xmlns: 'http://www.w3.org/1999/xhtml', 'xmlns:epub': 'http://www.idpf.org/2007/ops', lang, 'xml:lang': lang }, head, x('body', { 'epub:type': matter }, body));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${serialize(html)}\n`;
}
