import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { CLASS } from '../markup/contract.ts';

/** Where a section's rendered HTML is re-homed: `/essay/`'s part for section `v`. */
export interface RebaseOptions {
  /** The section's slug, used as the anchor prefix: `v` gives `v-p9`, `v-note-4`. */
  slug: string;
  /** The section's own page, where its permalinks live: `/v/`. */
  href: string;
}

/** Attributes that name other elements of the same document by id (space-separated lists). */
const ID_REFERENCES = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor'] as const;

/**
 * Re-homes one section's rendered HTML inside the whole-essay page, where all six sections share one
 * document: every id gets the section's prefix (`p9` → `v-p9`, `note-4` → `v-note-4`) and every
 * same-page reference follows it, so notes, tooltips and back links keep working. The ¶ mark of a
 * paragraph links to the section's own permalink (`/v/#p9`), which stays canonical for citing:
 * `/essay/#v-p9` is for reading, `/v/#p9` for citing. Pagefind's `data-pagefind-*` marks are dropped:
 * the one-page essay is not searched.
 *
 * ```html
 * <p id="p9">…<a class="ed-noteref" id="note-4" href="#note-4-text">4</a></p><aside><a class="ed-para__mark" href="#p9">¶ 9</a></aside>
 * ```
 * becomes
 * ```html
 * <p id="v-p9">…<a class="ed-noteref" id="v-note-4" href="#v-note-4-text">4</a></p><aside><a class="ed-para__mark" href="/v/#p9">¶ 9</a></aside>
 * ```
 */
export function rebaseAnchors(html: string, { slug, href }: RebaseOptions): string {
  const tree = fromHtml(html, { fragment: true });
  const prefixed = (id: string) => `${slug}-${id}`;
  const ids = new Set<string>();
  visit(tree, 'element', (element: Element) => {
    if (typeof element.properties.id === 'string') ids.add(element.properties.id);
  });
  visit(tree, 'element', (element: Element) => {
    const { properties } = element;
    // The one-page essay is not searched (each section is, on its own page): Pagefind's marks go.
    for (const name of Object.keys(properties)) if (name.startsWith('dataPagefind')) delete properties[name];
    if (typeof properties.id === 'string') properties.id = prefixed(properties.id);
    for (const name of ID_REFERENCES) {
      const value: unknown = properties[name];
      const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : undefined;
      if (list) properties[name] = list.map((id) => (ids.has(id) ? prefixed(id) : id));
    }
    const link = properties.href;
    if (typeof link !== 'string' || !link.startsWith('#')) return;
    const target = link.slice(1);
    const classes = Array.isArray(properties.className) ? properties.className : [];
    if (classes.includes(CLASS.paragraphMark)) properties.href = `${href}#${target}`;
    else if (ids.has(target)) properties.href = `#${prefixed(target)}`;
  });
  return toHtml(tree);
}
