import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { loadEditionModel, type EditionModel } from '../edition/index.ts';
import { GLOSSARY_DIR } from '../edition/paths.ts';
import rehypeGlossary from './rehype-glossary.ts';
import rehypeNotes from './rehype-notes.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';

/**
 * The Markdown pipeline, in order. `astro.config.mjs` only wires these lists in; the test helpers
 * run the same list over their own notes and glossary.
 *
 * remark: nothing of ours yet; GFM comes with Astro's unified processor.
 * rehype:
 * 1. rehype-notes: `<NoteRef id>` → note reference + sidenote; emendations + their editorial notes.
 * 2. rehype-paragraph-ids: body paragraphs get their permalink ids `p1…pN`.
 * 3. rehype-glossary: the first mention of each glossary entry in a paragraph → term link + tooltip;
 *    mentions are recorded (by paragraph id) for the glossary's "Where it appears".
 */
export const remarkPlugins: RemarkPlugins = [];

/** The part of the model the plugins read, asked for on every file so that `astro dev` sees an edit at once. */
export type PipelineModel = () => Pick<EditionModel, 'notes' | 'glossary'>;

/**
 * The rehype plugins in order, reading the notes and the glossary from `model` (the edition's own by
 * default); `glossaryDir` is the folder an author is told to add a missing entry to.
 */
export function rehypePlugins(model: PipelineModel = loadEditionModel, glossaryDir = GLOSSARY_DIR): RehypePlugins {
  return [[rehypeNotes, { registry: () => model().notes }], rehypeParagraphIds, [rehypeGlossary, { dir: glossaryDir, glossary: () => model().glossary }]];
}
