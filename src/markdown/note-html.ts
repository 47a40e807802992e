import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { inlineMarkdown } from './inline-markdown.ts';
import { applyEmendation } from './emend.ts';
import type { NoteRegistry, PlacedNote } from '../edition/notes.ts';

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
