// The floor for a section's first paint: a hand-made page with the same words as the built section
// (its heading, every paragraph and its notes, note marks left out) in two requests, the HTML and one small
// stylesheet with the edition's type (font, size, leading, measure, colours). bench/lighthouse.ts
// holds the section's Lighthouse LCP to within a share of this page's, on the same server.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The words a reader sees in a built section page: its heading, its paragraphs and its notes, without note marks. */
export function sectionWords(html: string): { heading: string; paragraphs: string[]; notes: string[] } {
  const tree: Root = fromHtml(html);
  for (const mark of selectAll('.ed-noteref, .ed-visually-hidden, [aria-hidden="true"]', tree)) mark.children = [];
  const heading = toString(select('main h1', tree) as Element).trim();
  const text = (selector: string) => selectAll(selector, tree).map((element) => toString(element).trim());
  return { heading, paragraphs: text('p.ed-para'), notes: text('.ed-sidenote') };
}

const FLOOR_CSS = `:root{color-scheme:light dark}
body{margin:0;background:light-dark(#fbf8f1,#1b1a17);color:light-dark(#1f1d1a,#e8e3d8);font-family:Charter,"Bitstream Charter","Sitka Text",Cambria,"Iowan Old Style","Palatino Linotype",Georgia,serif;font-size:clamp(1.0625rem,.95rem + .35vw,1.375rem);line-height:1.6}
main{max-width:66ch;margin-inline:auto;padding:clamp(2rem,6vw,4.5rem) clamp(1rem,4vw,2.5rem)}
h1{font-weight:500;letter-spacing:.04em}
p{margin-block:0 1em}
ol{font-size:.85em}
`;

/**
 * Writes the floor of the built section at `path` (e.g. `/v/`) from `dist` into a new folder, at the same
 * path, and returns the folder (serve it with scripts/serve-nginx.mjs, which wants an index.html too).
 */
export function writeFloor(dist: string, path: string): string {
  const { heading, paragraphs, notes } = sectionWords(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  const root = mkdtempSync(join(tmpdir(), 'edition-floor-'));
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(heading)}</title><meta name="description" content="The floor for a first paint."><link rel="stylesheet" href="/floor.css"></head><body><main><h1>${escape(heading)}</h1>${paragraphs.map((text) => `<p>${escape(text)}</p>`).join('')}<ol>${notes.map((text) => `<li>${escape(text)}</li>`).join('')}</ol></main></body></html>`;
  mkdirSync(join(root, path), { recursive: true });
  writeFileSync(join(root, path, 'index.html'), page);
  writeFileSync(join(root, 'index.html'), page);
  writeFileSync(join(root, 'floor.css'), FLOOR_CSS);
  return root;
}
