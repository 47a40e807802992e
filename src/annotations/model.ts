/**
 * A reader's own annotations as W3C Web Annotations (https://www.w3.org/TR/annotation-model/):
 * anchoring words of a paragraph by quote and position, finding them again when the text has
 * changed, and the collection a reader exports and imports. Pure: no DOM, no storage.
 *
 * A paragraph's text here is the author's words only, as the browser renders them: the ¶ mark,
 * note references and any apparatus are left out (src/scripts/annotate.ts reads it).
 */

/** The JSON-LD context every exported annotation and collection names. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** How many characters of context a quote selector keeps on each side. */
export const CONTEXT_CHARS = 32;

/** The words an annotation targets, by quote and by position in the paragraph's text. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A reader's note: plain text. */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting';
}

/** One highlight (no body) or note (a body) on words of one paragraph. */
export interface Annotation {
  '@context': typeof ANNO_CONTEXT;
  /** `urn:uuid:…`, made in the browser. */
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  /** ISO 8601. */
  created: string;
  modified: string;
  body?: TextualBody;
  target: {
    /** The paragraph's permalink, `https://…/v/#p9`. */
    source: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
}

/** What an export holds: every annotation in one page. */
export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; items: Annotation[] };
}

/** The quote and position selectors for characters `start`…`end` of a paragraph's `text`. */
export function describe(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: text.slice(end, end + CONTEXT_CHARS) },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** The characters common to the end of `a` and the end of `b`. */
const commonEnd = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
};
const commonStart = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
};

/**
 * Where the selectors' words stand in `text` now: the occurrence of the quote whose surrounding words
 * best match the recorded prefix and suffix, ties going to the one nearest the recorded position (so
 * unchanged text gives the recorded place, and words moved by an edit are found again); null when
 * the quote is gone (an orphan).
 */
export function anchor(text: string, [quote, position]: readonly [TextQuoteSelector, TextPositionSelector]): { start: number; end: number } | null {
  const { exact } = quote;
  if (!exact) return null;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const score = commonEnd(text.slice(0, at), quote.prefix) + commonStart(text.slice(at + exact.length), quote.suffix);
    const distance = Math.abs(at - position.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  return best ? { start: best.start, end: best.start + exact.length } : null;
}

/** The paragraph an annotation targets: its section's path and number, from `…/v/#p9`. */
export function paragraphOf(source: string): { path: string; paragraph: number } | null {
  try {
    const url = new URL(source);
    // The paragraph id format of src/edition/urls.ts (`paragraphNumber`), written again on purpose: importing
    // it here makes the bundler split urls.ts into a chunk of its own, one more request for the tooltips too.
    const match = /^#p(\d+)$/.exec(url.hash);
    if (!match || !/^\/[a-z0-9-]+\/$/.test(url.pathname)) return null;
    return { path: url.pathname, paragraph: Number(match[1]) };
  } catch {
    return null;
  }
}

/** A new annotation on words of the paragraph `source`, with a note when `note` is given. */
export function createAnnotation(source: string, selectors: [TextQuoteSelector, TextPositionSelector], id: string, now: Date, note?: string): Annotation {
  const time = now.toISOString();
  const annotation: Annotation = { '@context': ANNO_CONTEXT, id, type: 'Annotation', motivation: 'highlighting', created: time, modified: time, target: { source, selector: selectors } };
  return note === undefined ? annotation : withNote(annotation, note, now);
}

/** The annotation with its note set (an empty note keeps a commenting annotation: the reader is writing it). */
export function withNote(annotation: Annotation, note: string, now: Date): Annotation {
  return { ...annotation, motivation: 'commenting', modified: now.toISOString(), body: { type: 'TextualBody', value: note, format: 'text/plain', purpose: 'commenting' } };
}

/** Annotations in reading order: by section (`order` lists section paths), paragraph, then position. */
export function inReadingOrder(annotations: Annotation[], order: string[]): Annotation[] {
  const key = (a: Annotation) => {
    const at = paragraphOf(a.target.source);
    const section = at ? order.indexOf(at.path) : -1;
    return [section < 0 ? order.length : section, at?.paragraph ?? 0, a.target.selector[1].start];
  };
  return [...annotations].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/** The collection a reader exports. */
export function toCollection(annotations: Annotation[], label: string): AnnotationCollection {
  return { '@context': ANNO_CONTEXT, type: 'AnnotationCollection', label, total: annotations.length, first: { type: 'AnnotationPage', items: annotations } };
}

/** Why a file cannot be imported, said to the reader. */
export class ImportError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const hasContext = (value: Record<string, unknown>) => value['@context'] === ANNO_CONTEXT || (Array.isArray(value['@context']) && value['@context'].includes(ANNO_CONTEXT));

/** One imported annotation checked and reduced to this edition's shape, or the reason it cannot be. */
function readAnnotation(value: unknown, origin: string, n: number): Annotation {
  const where = `Annotation ${n}`;
  if (!isObject(value) || value.type !== 'Annotation') throw new ImportError(`${where} is not a Web Annotation (its "type" is not "Annotation").`);
  const target = value.target;
  if (!isObject(target) || !isString(target.source)) throw new ImportError(`${where} has no target with a "source".`);
  const at = paragraphOf(target.source);
  if (!at || new URL(target.source).origin !== origin) throw new ImportError(`${where} is about ${target.source}, which is not a paragraph of this edition (${origin}/…/#pN).`);
  const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
  const quote = selectors.find((s): s is Record<string, unknown> => isObject(s) && s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is Record<string, unknown> => isObject(s) && s.type === 'TextPositionSelector');
  if (!quote || !isString(quote.exact) || !quote.exact) throw new ImportError(`${where} has no TextQuoteSelector with the words it marks.`);
  const start = position && isIndex(position.start) ? position.start : 0;
  const end = position && isIndex(position.end) && position.end >= start ? position.end : start + quote.exact.length;
  const created = isString(value.created) && !Number.isNaN(Date.parse(value.created)) ? value.created : new Date(0).toISOString();
  const modified = isString(value.modified) && !Number.isNaN(Date.parse(value.modified)) ? value.modified : created;
  const body = isObject(value.body) && value.body.type === 'TextualBody' && isString(value.body.value) ? value.body.value : undefined;
  if (!isString(value.id) || !value.id) throw new ImportError(`${where} has no "id".`);
  const annotation: Annotation = {
    '@context': ANNO_CONTEXT,
    id: value.id,
    type: 'Annotation',
    motivation: body === undefined ? 'highlighting' : 'commenting',
    created,
    modified,
    target: {
      source: target.source,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: isString(quote.prefix) ? quote.prefix : '', suffix: isString(quote.suffix) ? quote.suffix : '' },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
  if (body !== undefined) annotation.body = { type: 'TextualBody', value: body, format: 'text/plain', purpose: 'commenting' };
  return annotation;
}

/**
 * The annotations in an exported file's text (an AnnotationCollection, an AnnotationPage, an array
 * or one Annotation), every one on a paragraph of the edition at `origin`; any fault throws an
 * {@link ImportError} saying what is wrong, so that a bad file changes nothing.
 */
export function parseImport(text: string, origin: string): Annotation[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not JSON: choose a file exported from “My annotations” (.jsonld).');
  }
  if (isObject(data) && !hasContext(data)) throw new ImportError(`This file is not W3C Web Annotation JSON-LD: its "@context" is not ${ANNO_CONTEXT}.`);
  const page = isObject(data) && data.type === 'AnnotationCollection' ? data.first : data;
  const items = Array.isArray(page) ? page : isObject(page) && page.type === 'AnnotationPage' ? page.items : isObject(page) && page.type === 'Annotation' ? [page] : null;
  if (!Array.isArray(items)) throw new ImportError('This file holds no annotations: expected an AnnotationCollection, an AnnotationPage or an Annotation.');
  return items.map((item, i) => readAnnotation(item, origin, i + 1));
}

/** What the Markdown export needs of the edition: each section's name and its paragraph citation, with `placeholder` for the number. */
export interface CitationTemplates {
  placeholder: string;
  sections: Record<string, { name: string; citation: string }>;
}

/**
 * The annotations as Markdown, in the order given: per section a heading, then for each the quote,
 * the note, the paragraph's citation in the chosen style and a link that scrolls to the words
 * (`linkOf`, a text fragment: src/citation/passage.ts).
 */
export function toMarkdown(annotations: Annotation[], templates: CitationTemplates, linkOf: (annotation: Annotation) => string, title: string): string {
  const lines = [`# ${title}`, ''];
  let section = '';
  for (const annotation of annotations) {
    const at = paragraphOf(annotation.target.source);
    if (!at) continue;
    const known = templates.sections[at.path];
    if (at.path !== section) {
      section = at.path;
      lines.push(`## ${known?.name ?? at.path}`, '');
    }
    lines.push(`> ${annotation.target.selector[0].exact.replace(/\s+/g, ' ')}`, '');
    if (annotation.body?.value) lines.push(...annotation.body.value.split('\n').map((line) => line.trimEnd()), '');
    if (known) lines.push(`— ${known.citation.replaceAll(templates.placeholder, String(at.paragraph))}`, '');
    lines.push(`[Paragraph ${at.paragraph}](${linkOf(annotation)}) · ${annotation.modified.slice(0, 10)}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
