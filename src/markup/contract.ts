import type { Element, Root } from 'hast';

/**
 * The markup contract: the class names, `data-*` attributes and the one "apparatus" selector that the
 * Markdown plugins emit and that the browser scripts, the EPUB, the search records, the styles and the
 * tests read. Ids and hrefs are in `src/edition/urls.ts`. Pure: the build, the scripts and the tests
 * import it.
 */

/** Class names of the annotated text, as the plugins write them. */
export const CLASS = {
  /** A body paragraph with a permalink id: `p.ed-para#p5`. */
  paragraph: 'ed-para',
  /** The ¶ permalink beside a paragraph, and the box that holds it. */
  paragraphMark: 'ed-para__mark',
  paragraphAside: 'ed-para__aside',
  /** The paragraph tools a script adds (Cite, copy). */
  paragraphTools: 'ed-para__tools',
  /** A note reference in the text: `a.ed-noteref#note-4`, and the no-break space before its mark. */
  noteref: 'ed-noteref',
  noterefGap: 'ed-noteref__gap',
  /** The box after a paragraph that holds its notes. */
  margin: 'ed-margin',
  /** A note's text, `aside.ed-sidenote#note-4-text`, and its mark, "Editor:" label and back link. */
  sidenote: 'ed-sidenote',
  sidenoteMark: 'ed-sidenote__mark',
  sidenoteLabel: 'ed-sidenote__label',
  sidenoteBack: 'ed-sidenote__back',
  /** A glossed word, a link to its entry. */
  term: 'ed-term',
  /** A glossary tooltip a script adds. */
  tip: 'ed-tip',
  /** The edition's reading where it emends the source: `ins.ed-emendation[data-source-reading]`. */
  emendation: 'ed-emendation',
  /** Words that are the editors', not the author's. */
  editorial: 'ed-editorial',
  /** A conjecture's grade after its note, and the other places or readings considered (a `<details>`). */
  conjecture: 'ed-conjecture',
  conjectureAlternatives: 'ed-conjecture__alternatives',
  /** Words for screen readers only. */
  visuallyHidden: 'ed-visually-hidden',
  /** The About page's line offering the EPUB. */
  download: 'ed-download',
} as const;

/** `data-*` attributes of the contract, as HTML writes them (hast names them in camelCase: `dataSourceReading`). */
export const DATA = {
  /** On an emendation: the source's reading. */
  sourceReading: 'data-source-reading',
  /** On a note reference and a note: `author` or `editorial`. */
  kind: 'data-kind',
  /** On a note reference whose marker the editors restored. */
  restored: 'data-restored',
  /** Pagefind indexes only the elements marked as the body, and leaves out what is marked ignore (https://pagefind.app/docs/indexing/). */
  pagefindBody: 'data-pagefind-body',
  pagefindIgnore: 'data-pagefind-ignore',
} as const;

/**
 * What stands in or beside a paragraph and is not the author's running text: note references and
 * notes, ¶ marks and paragraph tools, glossary tooltips. The author's words are what is left.
 */
export const APPARATUS: readonly string[] = [CLASS.noteref, CLASS.sidenote, CLASS.paragraphMark, CLASS.paragraphTools, CLASS.tip];

/** {@link APPARATUS} as one CSS selector, for `querySelectorAll` in a browser or `selectAll` on hast. */
export const APPARATUS_SELECTOR = APPARATUS.map((name) => `.${name}`).join(', ');

/** The classes of a hast element. */
export function classesOf(element: Element): string[] {
  const value: unknown = element.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** True for an element of the {@link APPARATUS}. */
export function isApparatusElement(element: Element): boolean {
  return classesOf(element).some((name) => APPARATUS.includes(name));
}

/**
 * The author's words in a paragraph (or any part of a page), as a reader sees them: the apparatus left
 * out, an emendation read as the edition prints it, or with `source: true` as the source has it
 * (what the fidelity tests compare). White space is kept as written.
 */
export function authorText(node: Element | Root, options: { source?: boolean } = {}): string {
  return node.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element' || isApparatusElement(child)) return '';
      if (options.source && classesOf(child).includes(CLASS.emendation)) return String(child.properties.dataSourceReading ?? '');
      return authorText(child, options);
    })
    .join('');
}
