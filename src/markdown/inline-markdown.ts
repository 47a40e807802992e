import type { ElementContent } from 'hast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { ContentError } from '../edition/content-error.ts';

/** Where a piece of inline Markdown is written, for the error an author sees. */
export interface InlineSource {
  file: string;
  line: number | undefined;
}

/**
 * Renders one paragraph of inline Markdown (emphasis, links) to hast, for note texts and timeline
 * lines. Text that Markdown reads as anything but one paragraph (a list, because it starts "1917. ";
 * a heading; two paragraphs) fails the build, rather than print part of it or nothing.
 */
export function inlineMarkdown(text: string, where: InlineSource): ElementContent[] {
  const root = fromMarkdown(text);
  const [first, ...rest] = root.children;
  if (first?.type === 'paragraph' && rest.length === 0) {
    const hast = toHast(first);
    if (hast.type === 'element') return hast.children;
  }
  const found = first ? (first.type === 'list' ? 'a list' : first.type === 'paragraph' ? 'more than one paragraph' : `a ${first.type}`) : 'nothing';
  throw new ContentError(
    where.file,
    where.line,
    `the text "${text.slice(0, 40)}${text.length > 40 ? '…' : ''}" reads as ${found} in Markdown, not one paragraph`,
    first?.type === 'list' ? 'Escape the number or mark that starts it: write `1917\\. The…` or `\\- `.' : 'Write it as one paragraph of inline Markdown: no blank lines, headings or list marks.',
  );
}
