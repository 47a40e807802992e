import type { Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { recordForPage } from './page-data.ts';
import { isEssayFile } from './scope.ts';
import { ESSAY_DIR } from '../edition/paths.ts';
import { paragraphId } from '../edition/urls.ts';
import { authorText, CLASS } from '../markup/contract.ts';

/** Options for {@link rehypeParagraphIds}. */
export interface RehypeParagraphIdsOptions {
  /** Prefix of every id; `p` gives `p1`, `p2`… */
  prefix?: string;
  /** The folder of the essay's sections: other pages are left alone. */
  essay?: string;
}

/**
 * Numbers the body paragraphs of a section: every top-level `<p>` gets a permanent id, and its ¶
 * permalink stands just before it, never in it.
 *
 * ```md
 * First paragraph.
 *
 * <figure>…</figure>
 * ```
 * becomes
 * ```html
 * <aside class="ed-para__aside" role="none"><a class="ed-para__mark" href="#p1">¶ 1</a></aside>
 * <p id="p1" class="ed-para">First paragraph.</p>
 * <figure>…</figure>
 * ```
 * The paragraph holds only the author's words (and note references, glossary links), so Reader View,
 * copy and paste and search snippets get the text alone: Readability leaves asides out, and the
 * paragraphs stay siblings in one container, which it recognises as the article. Paragraphs inside
 * a figure or quotation are not body paragraphs and are not numbered. These ids are published
 * permalinks (`/v/#p9`): never renumber a published section.
 */
export default function rehypeParagraphIds(options: RehypeParagraphIdsOptions = {}) {
  const prefix = options.prefix ?? 'p';
  const essay = options.essay ?? ESSAY_DIR;
  return (tree: Root, file: VFile) => {
    if (!isEssayFile(file, essay)) return;
    let count = 0;
    const texts: string[] = [];
    for (let index = 0; index < tree.children.length; index++) {
      const node = tree.children[index];
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      count += 1;
      texts.push(authorText(node).replace(/\s+/g, ' ').trim());
      node.properties.id = paragraphId(count, prefix);
      node.properties.className = [CLASS.paragraph];
      // An <aside> (Reader View leaves asides out) that is no landmark: it names no region of the page.
      const mark = h('aside', { className: [CLASS.paragraphAside], role: 'none', dataPagefindIgnore: '' }, [
        h('a', { className: [CLASS.paragraphMark], href: `#${paragraphId(count, prefix)}` }, [
          h('span', { className: [CLASS.visuallyHidden] }, 'Paragraph '),
          h('span', { ariaHidden: 'true' }, '¶\u00a0'),
          String(count),
        ]),
      ]);
      tree.children.splice(index, 0, mark);
      index += 1;
    }
    // Pages read the count (the Cite panel's paragraph picker) from the rendered entry.
    recordForPage(file, 'paragraphs', count);
    // …and each paragraph's text, against which the timeline checks its quotations (src/rendered/timeline.ts).
    recordForPage(file, 'paragraphTexts', texts);
  };
}
