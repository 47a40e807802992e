import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { ESSAY_DIR, GLOSSARY_DIR } from '../edition/paths.ts';
import rehypeGlossary from './rehype-glossary.ts';
import rehypeNotes from './rehype-notes.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';

/**
 * The Markdown pipeline, in order. `astro.config.mjs` only wires these lists in.
 *
 * remark: nothing of ours yet; GFM comes with Astro's unified processor.
 * rehype:
 * 1. rehype-notes: `<NoteRef id>` → note reference + sidenote; emendations + their editorial notes.
 * 2. rehype-paragraph-ids: body paragraphs get their permalink ids `p1…pN`.
 * 3. rehype-glossary: the first mention of each glossary entry in a paragraph → term link + tooltip;
 *    mentions are recorded (by paragraph id) for the glossary's "Where it appears".
 */
export const remarkPlugins: RemarkPlugins = [];

export const rehypePlugins: RehypePlugins = [[rehypeNotes, { dir: ESSAY_DIR }], rehypeParagraphIds, [rehypeGlossary, { dir: GLOSSARY_DIR }]];
