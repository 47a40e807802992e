import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { inlineMarkdown } from './inline-markdown.ts';
import { applyEmendation } from './emend.ts';
import type { NoteRegistry, PlacedNote } from '../edition/notes.ts';
import { CLASS } from '../markup/contract.ts';

/**
 * What a reference holds as text: a no-break space, then the mark raised (`<sup>`), in square brackets
 * when the editors restored it. Every copy of the text without the page's CSS (Reader View, a text
 * browser, the EPUB's text) and a selection copied from the page read `anarchists a,` and `factions. [1]`,
 * never `anarchistsa,`: a mark is not joined to the word before it. The space is drawn at no width
 * (src/styles/noteref.css) and cannot wrap, so the page still shows the small raised mark at the word.
 */
export function referenceMark(mark: string, restored: boolean): ElementContent[] {
  return [h('span', { className: [CLASS.noterefGap] }, '\u00a0'), h('sup', restored ? `[${mark}]` : mark)];
}

/**
 * A note's text as HTML outside the essay pages (the /notes/ page), with the emendations made in
 * it, each followed by `marker(editorial note)`.
 */
export function noteHtml(note: PlacedNote, registry: NoteRegistry, marker: (note: PlacedNote) => ElementContent): string {
  const body = h('span', inlineMarkdown(note.text, note));
  // Editors' notes quote the source reading on purpose: only the author's notes are emended.
  if (note.number === undefined) return toHtml(body.children);
  for (const other of registry.bySection.get(note.section) ?? []) {
    if (other.emend && note.text.includes(other.emend.source)) applyEmendation(other, [body], note.file, marker);
  }
  return toHtml(body.children);
}
