import { existsSync, readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { builtPage } from '../../src/built/site.ts';

/** The built site's folder; tests under test/built/ run after `npm run build`. */
export const DIST = 'dist';

/** Parses a built page by its URL path (`/v/` → dist/v/index.html). */
export function page(path: string): Root {
  const file = builtPage(DIST, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the built-site tests.`);
  return fromHtml(readFileSync(file, 'utf8'));
}

/**
 * The author's text of an element as a reader sees it in the source: note references removed (notes,
 * ¶ permalinks and definitions stand outside a paragraph, so anything else in it is counted as words),
 * emendations put back to their source reading, white space collapsed.
 */
export function authorText(element: Element): string {
  const copy = structuredClone(element);
  for (const ins of selectAll('ins.ed-emendation', copy)) {
    ins.children = [{ type: 'text', value: String(ins.properties.dataSourceReading) }];
  }
  const strip = (node: Element) => {
    node.children = node.children.filter((child) => !(child.type === 'element' && hasClass(child, 'ed-noteref')));
    for (const child of node.children) if (child.type === 'element') strip(child);
  };
  strip(copy);
  return normalise(toString(copy));
}

/** Collapses white space the way a browser renders it. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function hasClass(element: Element, name: string): boolean {
  return (element.properties.className as string[] | undefined)?.includes(name) ?? false;
}

export { select, selectAll };
