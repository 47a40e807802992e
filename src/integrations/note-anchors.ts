import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESSAY_DIR } from '../edition/paths.ts';
import { loadEditionModel } from '../edition/index.ts';
import { SIDECAR_SUFFIX, type PlacedNote } from '../edition/notes.ts';
import { noteTextId } from '../edition/urls.ts';

/**
 * One rule per note giving its reference and the note itself the same anchor name, so CSS anchor
 * positioning can set the note on its reference's line (src/styles/notes.css reads `--ed-ref`). CSS
 * cannot pair them by itself: a name shared by every reference would resolve to the last one on the
 * page. A selector matches a section page's ids (`note-4` on the reference, `note-4-text` on the note)
 * and the one-page essay's (`v-note-4`, `v-note-4-text`): both keep the note's mark, unique across the
 * essay.
 *
 * ```css
 * [id*=note-4]{--ed-ref:--ed-ref-4}
 * ```
 */
export function noteAnchorRules(notes: readonly Pick<PlacedNote, 'anchor' | 'mark'>[]): string {
  const ids = notes.flatMap(({ anchor }) => [anchor, noteTextId(anchor)]);
  return notes
    .map(({ anchor, mark }) => {
      // `[id*=note-4]` is shortest, unless another note's id holds it too (note-1 in note-12).
      const own = [anchor, noteTextId(anchor)];
      const selector = ids.some((id) => !own.includes(id) && id.includes(anchor)) ? `[id$=${anchor}],[id$=${anchor}-text]` : `[id*=${anchor}]`;
      return `${selector}{--ed-ref:--ed-ref-${mark}}`;
    })
    .join('');
}

/** The parts of a PostCSS at-rule and result this plugin uses. */
interface AtRule {
  before(css: string): unknown;
  remove(): unknown;
}
interface Result {
  messages: { type: string; [key: string]: unknown }[];
  opts: { from?: string };
}

/**
 * A PostCSS plugin (Vite runs it after inlining `@import`s) that replaces `@edition-note-anchors;` in a
 * stylesheet with {@link noteAnchorRules} for every note of the essay: the rules ship in the page's own
 * stylesheet, and `astro dev` rebuilds it when a notes sidecar changes (each is a dependency).
 */
export function noteAnchors() {
  const dir = ESSAY_DIR;
  return {
    postcssPlugin: 'edition-note-anchors',
    AtRule: {
      'edition-note-anchors'(rule: AtRule, { result }: { result: Result }) {
        rule.before(noteAnchorRules(loadEditionModel().notes.all));
        rule.remove();
        for (const name of readdirSync(dir).filter((file) => file.endsWith(SIDECAR_SUFFIX))) {
          result.messages.push({ type: 'dependency', plugin: 'edition-note-anchors', file: resolve(join(dir, name)), parent: result.opts.from });
        }
      },
    },
  };
}
