/**
 * Where the edition's content lives. `content/` by default; `EDITION_CONTENT` points the build at
 * another tree of the same shape (the benchmark's synthetic corpora, never published).
 */
export const CONTENT_DIR = (process.env.EDITION_CONTENT ?? 'content').replace(/\/$/, '');
/** Sections (`<slug>.mdx`) and their notes sidecars (`<slug>.notes.yaml`). */
export const ESSAY_DIR = `${CONTENT_DIR}/essay`;
/** Glossary entries, one `<slug>.yaml` each. */
export const GLOSSARY_DIR = `${CONTENT_DIR}/glossary`;
/** Bibliographic facts about the essay and the edition. */
export const EDITION_FILE = `${CONTENT_DIR}/edition.yaml`;
/** Dated events the essay mentions, for `/timeline/`. */
export const TIMELINE_FILE = `${CONTENT_DIR}/timeline.yaml`;
/** The edition's releases and what each changed, newest first. */
export const RELEASES_FILE = `${CONTENT_DIR}/releases.yaml`;
/** Digests of every paragraph, note and glossary entry as the last release recorded them. */
export const DIGESTS_FILE = `${CONTENT_DIR}/release-digests.json`;
/** Departures from the copy-text that no note records: rejoined paragraphs, headings, presentation. */
export const DEPARTURES_FILE = `${CONTENT_DIR}/departures.yaml`;
/** The copy-text: the PDF conversion the edition is made from, untouched. */
export const SOURCE_FILE = `${CONTENT_DIR}/source/essay.txt`;
