/**
 * What Pagefind indexes for one built page. Pure: HTML text in, records out; the page served is
 * unchanged.
 *
 * A search result costs its whole record on the wire once shown (Pagefind's fragment: every word, plus
 * the text of every element with an id, https://pagefind.app/docs/sub-results/). A whole essay section
 * is up to 7 kB gzip, so an essay page is indexed as one record per passage: a paragraph (or the
 * figure) with the notes printed after it, at its permalink (`/v/#p9`), under the section's title,
 * meta and filters. Other pages (glossary entries, About) stay one record each. Within every record,
 * the places results link to carry their id on an empty marker, so no text is stored twice.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { isNoteTextId, isPassageId } from '../edition/urls.ts';
import { classesOf, CLASS } from '../markup/contract.ts';

/** True for the id of a place a search result can land on: a paragraph, the figure, a note beside the text. */
const isPlaceId = (id: string) => isPassageId(id) || isNoteTextId(id);

/** The Pagefind meta key of a passage's note marks, `note-h-text=k note-3-text=3`: a note's anchor is not its mark. */
export const MARKS_META = 'marks';

/** How much more a word of the essay counts than a word of the editors' pages (Pagefind's default is 1). */
export const ESSAY_WEIGHT = 2;

/** One record for Pagefind: the URL a result links to and the HTML it indexes. */
export interface IndexRecord {
  url: string;
  html: string;
}

function findBody(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.properties.dataPagefindBody !== undefined) return child;
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

/** Moves the id of every place onto an empty `<span>` at the start of its element (same location, no copied text). */
function markPlaces(node: Element): Element {
  const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
  const children = node.children.map((child) => (child.type === 'element' ? markPlaces(child) : child));
  if (!id || !isPlaceId(id)) return { ...node, children };
  const { id: _moved, ...properties } = node.properties;
  const marker: Element = { type: 'element', tagName: 'span', properties: { id }, children: [] };
  return { ...node, properties, children: [marker, ...children] };
}

const isPassageStart = (node: ElementContent) => node.type === 'element' && typeof node.properties.id === 'string' && isPassageId(node.properties.id);

function page(lang: string, body: Element, children: ElementContent[]): string {
  return `<!doctype html><html lang="${lang}"><body>${toHtml({ ...body, children: children.map((child) => (child.type === 'element' ? markPlaces(child) : child)) })}</body></html>`;
}

/**
 * The records of one built page at `url`: none if it has no `data-pagefind-body`; one per passage
 * if its body is an essay section (`data-search-kind="Essay"`); otherwise the page itself.
 */
export function indexRecords(html: string, url: string): IndexRecord[] {
  const tree = fromHtml(html);
  const body = findBody(tree);
  if (!body) return [];
  const root = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  const lang = typeof root?.properties.lang === 'string' ? root.properties.lang : 'en';
  if (body.properties.dataSearchKind !== 'Essay') return [{ url, html: page(lang, body, body.children) }];
  const passages: { id: string; nodes: ElementContent[] }[] = [];
  for (const node of body.children) {
    if (isPassageStart(node)) passages.push({ id: String((node as Element).properties.id), nodes: [] });
    passages.at(-1)?.nodes.push(node);
  }
  // The essay's own words outrank a glossary entry that only mentions the same word
  // (https://pagefind.app/docs/weighting/); an entry the query names still comes first (results.ts).
  const weighted: Element = { ...body, properties: { ...body.properties, dataPagefindWeight: String(ESSAY_WEIGHT) } };
  return passages.map(({ id, nodes }) => {
    const marks = noteMarks(nodes);
    const meta: ElementContent[] = marks ? [{ type: 'element', tagName: 'span', properties: { dataPagefindMeta: `${MARKS_META}:${marks}` }, children: [] }] : [];
    return { url: `${url}#${id}`, html: page(lang, weighted, [...nodes, ...meta]) };
  });
}

/** Each note's anchor and the mark its reader sees, `note-h-text=k`, from the note's own mark (`.ed-sidenote__mark`). */
function noteMarks(nodes: ElementContent[]): string {
  const found: string[] = [];
  const walk = (node: ElementContent) => {
    if (node.type !== 'element') return;
    const id = node.properties.id;
    if (typeof id === 'string' && isNoteTextId(id)) {
      const mark = node.children.find((child): child is Element => child.type === 'element' && classesOf(child).includes(CLASS.sidenoteMark));
      // A restored marker is shown in the editors' brackets, `[3]`; its mark is the number.
      const shown = mark && textOf(mark.children.find((child): child is Element => child.type === 'element' && child.properties.ariaHidden === 'true'))?.replace(/^\[(.+)\]$/, '$1');
      if (shown) found.push(`${id}=${shown}`);
    }
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return found.join(' ');
}

const textOf = (node: ElementContent | undefined): string => (node?.type === 'text' ? node.value : node?.type === 'element' ? node.children.map(textOf).join('') : '').trim();
