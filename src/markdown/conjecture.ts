import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { PlacedNote } from '../edition/notes.ts';
import { CLASS } from '../markup/contract.ts';

/** Where the grades are defined, on About. */
export const CERTAINTY_HREF = '/about/#certainty';

/** What a conjecture is, in the words its grade line uses. */
function what(note: PlacedNote): string {
  return note.restored ? 'marker restored' : 'emendation';
}

/**
 * The editors' grade of a conjecture (a restored marker, an emendation), set after its note's text:
 * `[Editors: marker restored; certainty: probable.]`, the grade linked to its definition
 * on About, then the other places or readings considered in a disclosure. The grade and each
 * alternative are text, so copy, Reader View and the EPUB carry them; `undefined` for other notes.
 *
 * ```html
 * <span class="ed-editorial ed-conjecture"> [Editors: marker restored;
 *   certainty: <a href="/about/#certainty">probable</a>.]</span>
 * <details class="ed-conjecture__alternatives"><summary>Other places considered (2)</summary> <span>(1) …</span></details>
 * ```
 */
export function conjectureNodes(note: PlacedNote): ElementContent[] {
  if (!note.certainty) return [];
  const alternatives = note.alternatives ?? [];
  const grade: Element = h('span', { className: [CLASS.editorial, CLASS.conjecture] }, [
    ` [Editors: ${what(note)}; certainty: `,
    h('a', { href: CERTAINTY_HREF }, note.certainty),
    '.]',
  ]);
  if (alternatives.length === 0) return [grade];
  const label = note.restored ? 'Other places considered' : 'Other readings considered';
  return [
    grade,
    { type: 'text', value: ' ' },
    h('details', { className: [CLASS.conjectureAlternatives, CLASS.editorial] }, [
      h('summary', `${label} (${alternatives.length})`),
      ...alternatives.map((alternative, index) => ` (${index + 1}) ${alternative}`),
    ]),
  ];
}
