/** Words a reader reads per minute, for estimates (a common figure for careful prose). */
export const WORDS_PER_MINUTE = 230;

/** The words of an MDX body, without JSX tags, note references or Markdown marks. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_#>`]/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Estimated minutes to read, at least one. */
export function readingMinutes(mdx: string, wpm = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(mdx) / wpm));
}
