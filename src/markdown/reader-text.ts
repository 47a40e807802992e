import type { Element, Root } from 'hast';

/**
 * Annotations inside a paragraph that are not the author's running text. Notes, ¶ marks and
 * definitions stand outside the paragraph (rehype-notes, rehype-paragraph-ids, rehype-glossary):
 * only the note references are in it.
 */
const APPARATUS = ['ed-noteref'];

/** The words a reader sees in the running text: note references left out. */
export function readerText(node: Element | Root): string {
  return node.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type === 'element' && !APPARATUS.some((name) => (child.properties?.className as string[] | undefined)?.includes(name))) return readerText(child);
      return '';
    })
    .join('');
}
