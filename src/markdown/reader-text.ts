import type { Element, Root } from 'hast';

/** Annotations inside a paragraph that are not the author's running text. */
const APPARATUS = ['ed-sidenote', 'ed-noteref', 'ed-tip', 'ed-para__mark'];

/** The words a reader sees in the running text: notes, note markers, tooltips and ¶ marks left out. */
export function readerText(node: Element | Root): string {
  return node.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type === 'element' && !APPARATUS.some((name) => (child.properties?.className as string[] | undefined)?.includes(name))) return readerText(child);
      return '';
    })
    .join('');
}
