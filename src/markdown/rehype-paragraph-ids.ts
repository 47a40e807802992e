import type { Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { recordForPage } from './page-data.ts';
import { readerText } from './reader-text.ts';

/** Options for {@link rehypeParagraphIds}. */
export interface RehypeParagraphIdsOptions {
  /** Prefix of every id; `p` gives `p1`, `p2`… */
  prefix?: string;
}

/**
 * Numbers the body paragraphs of a section: every top-level `<p>` gets a permanent id.
 *
 * ```md
 * First paragraph.
 *
 * <figure>…</figure>
 *
 * Second paragraph.
 * ```
 * becomes `<p id="p1" class="ed-para" data-para="1"><a class="ed-para__mark" href="#p1">…¶ 1</a>First…</p>
 * <figure>…</figure><p id="p2" …>…Second…</p>`: paragraphs inside a figure or quotation are not body
 * paragraphs and are not numbered. The ¶ link is the paragraph's visible permalink (shown on hover
 * and focus); it is left out of search excerpts.
 * These ids are published permalinks (`/v/#p9`): never renumber a published section.
 */
export default function rehypeParagraphIds(options: RehypeParagraphIdsOptions = {}) {
  const prefix = options.prefix ?? 'p';
  return (tree: Root, file: VFile) => {
    let count = 0;
    const texts: string[] = [];
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      count += 1;
      texts.push(readerText(node).replace(/\s+/g, ' ').trim());
      node.properties.id = `${prefix}${count}`;
      node.properties.className = ['ed-para'];
      node.properties.dataPara = String(count);
      node.children.unshift(
        h('a', { className: ['ed-para__mark'], href: `#${prefix}${count}`, dataPagefindIgnore: '' }, [
          h('span', { className: ['ed-visually-hidden'] }, 'Paragraph '),
          h('span', { ariaHidden: 'true' }, '¶\u00a0'),
          String(count),
        ]),
      );
    }
    // Pages read the count (the Cite panel's paragraph picker) from the rendered entry.
    recordForPage(file, 'paragraphs', count);
    // …and each paragraph's text, against which the timeline checks its quotations (src/rendered/timeline.ts).
    recordForPage(file, 'paragraphTexts', texts);
  };
}
