import type { ElementContent } from 'hast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';

/** Renders one paragraph of inline Markdown (emphasis, links) to hast, for note texts. */
export function inlineMarkdown(text: string): ElementContent[] {
  const root = toHast(fromMarkdown(text));
  const first = root.type === 'root' ? root.children[0] : root;
  if (first?.type === 'element' && first.tagName === 'p') return first.children;
  return [];
}
