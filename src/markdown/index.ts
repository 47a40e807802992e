import rehypeNotes from './rehype-notes.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';

/**
 * The Markdown pipeline, in order. `astro.config.mjs` only wires this list in.
 *
 * 1. rehype-notes: `<NoteRef id>` → note reference + sidenote; emendations + their editorial notes.
 * 2. rehype-paragraph-ids: body paragraphs get their permalink ids `p1…pN`.
 */
export const rehypePlugins = [[rehypeNotes, { dir: 'content/essay' }], rehypeParagraphIds] as const;

/** remark stage: nothing of ours yet; GFM comes with Astro's unified processor. */
export const remarkPlugins = [] as const;
