import type { Root } from 'hast';

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
 * becomes `<p id="p1" class="ed-para" data-para="1">First…</p><figure>…</figure><p id="p2" …>Second…</p>`:
 * paragraphs inside a figure or quotation are not body paragraphs and are not numbered.
 * These ids are published permalinks (`/v/#p9`): never renumber a published section.
 */
export default function rehypeParagraphIds(options: RehypeParagraphIdsOptions = {}) {
  const prefix = options.prefix ?? 'p';
  return (tree: Root) => {
    let count = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      count += 1;
      node.properties.id = `${prefix}${count}`;
      node.properties.className = ['ed-para'];
      node.properties.dataPara = String(count);
    }
  };
}
