/**
 * Citing words quoted from one paragraph: a link that scrolls to and highlights them (a URL text
 * fragment, https://wicg.github.io/scroll-to-text-fragment/) and the quotation with its citation.
 * Pure: the browser passes in the paragraph's rendered text and the selected words.
 */

/** Quotes longer than this many words are linked by their first and last words (`textStart,textEnd`). */
export const LONG_QUOTE_WORDS = 10;
/** How many words of each end a long quote's link names. */
export const EDGE_WORDS = 4;

/** The selected words with whitespace collapsed, as a reader sees them. */
export function normaliseQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const WORD_CHAR = /[\p{L}\p{N}'’]/u;

/**
 * The quote widened to whole words of the paragraph: a text fragment only matches at word
 * boundaries, so a selection that starts or ends inside a word would link to nothing.
 * The paragraph's first occurrence is used; a quote not found in it is returned as it is.
 */
export function wholeWords(paragraphText: string, quote: string): string {
  const text = normaliseQuote(paragraphText);
  const words = normaliseQuote(quote);
  let start = text.indexOf(words);
  if (start < 0 || !words) return words;
  let end = start + words.length;
  while (start > 0 && WORD_CHAR.test(text[start - 1]) && WORD_CHAR.test(text[start])) start -= 1;
  while (end < text.length && WORD_CHAR.test(text[end]) && WORD_CHAR.test(text[end - 1])) end += 1;
  return text.slice(start, end);
}

/** Percent-encodes one term of a text directive: as a URI component, and `-` too, which the directive's syntax reserves. */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** `text=harmed%20no%20one`, or `text=start,end` naming the first and last words of a long quote. */
export function textDirective(quote: string): string {
  const words = normaliseQuote(quote).split(' ');
  if (words.length <= LONG_QUOTE_WORDS) return `text=${encodeTextTerm(words.join(' '))}`;
  return `text=${encodeTextTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeTextTerm(words.slice(-EDGE_WORDS).join(' '))}`;
}

/** The quote's address: the paragraph's permalink with a text fragment, `…/v/#p9:~:text=…`. */
export function passageUrl(sectionUrl: string, paragraph: number | string, quote: string): string {
  return `${sectionUrl.split('#')[0]}#p${paragraph}:~:${textDirective(quote)}`;
}

/** The words as they go inside quotation marks: no closing punctuation, inner double quotes made single. */
export function quotedWords(quote: string): string {
  return normaliseQuote(quote)
    .replace(/[.,;:]+$/, '')
    .replace(/"([^"]*)"/g, '‘$1’')
    .replace(/“/g, '‘')
    .replace(/”/g, '’');
}

/**
 * A quotation with its citation, as each manual places them: Chicago, a note (here numbered 1)
 * after the closing quotation mark; MLA and APA, the parenthetical citation after the closing quotation mark.
 */
export function quoteWithCitation(style: string, quote: string, short: string): string {
  const words = `“${quotedWords(quote)}”`;
  return style === 'chicago' ? `${words}¹\n1. ${short}` : `${words} ${short}`;
}
