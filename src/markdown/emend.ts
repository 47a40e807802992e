import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { ContentError } from '../edition/content-error.ts';
import type { PlacedNote } from '../edition/notes.ts';
import { CLASS } from '../markup/contract.ts';

type Parent = Root | Element;

/**
 * Replaces the one occurrence of an emendation's source text with the edition's reading,
 * `<ins class="ed-emendation" data-source-reading="…">`, followed by the note's marker.
 * Finding nothing is left to the caller, which reports the note as never referenced.
 */
export function applyEmendation(note: PlacedNote, roots: Parent[], file: string, marker: (note: PlacedNote) => ElementContent): void {
  const emend = note.emend as NonNullable<PlacedNote['emend']>;
  const hits: { parent: Parent; index: number; at: number }[] = [];
  const search = (parent: Parent) => {
    parent.children.forEach((child, index) => {
      if (child.type === 'text') {
        let at = child.value.indexOf(emend.source);
        while (at !== -1) {
          hits.push({ parent, index, at });
          at = child.value.indexOf(emend.source, at + 1);
        }
      } else if ('children' in child) search(child as Parent);
    });
  };
  roots.forEach(search);
  if (hits.length > 1) {
    throw new ContentError(note.file, note.line, `emendation source "${emend.source}" occurs ${hits.length} times in ${file} and its notes`, 'Lengthen `emend.source` with neighbouring words until it is unique.');
  }
  const hit = hits[0];
  if (!hit) return; // reported as "never referenced" with the right hint
  const text = hit.parent.children[hit.index] as Text;
  hit.parent.children.splice(
    hit.index,
    1,
    { type: 'text', value: text.value.slice(0, hit.at) },
    h('ins', { className: [CLASS.emendation], dataSourceReading: emend.source }, emend.reading),
    marker(note),
    { type: 'text', value: text.value.slice(hit.at + emend.source.length) },
  );
}
