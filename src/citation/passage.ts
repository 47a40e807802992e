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

/** What the browser must match besides the quote: the pieces it is split into by note references, and its context. */
export interface DirectiveOptions {
  /**
   * The quote's words between the note references it spans (`["factions.", "The two"]`): the page
   * prints a reference's number between them, so they can only be matched as a start and an end.
   */
  pieces?: string[];
  /** Words just before and after the quote in its paragraph, for a quote the page holds more than once. */
  context?: { before: string; after: string };
}

const firstWords = (text: string, count: number) => normaliseQuote(text).split(' ').slice(0, count).join(' ');
const lastWords = (text: string, count: number) => normaliseQuote(text).split(' ').slice(-count).join(' ');

/**
 * `text=harmed%20no%20one`, or `text=start,end` naming the first and last words of a long quote or
 * of one that spans a note reference; with `context`, `text=prefix-,…,-suffix`, so that a browser,
 * which highlights the first match on the page, finds these words and not the same words elsewhere.
 */
export function textDirective(quote: string, options: DirectiveOptions = {}): string {
  const words = normaliseQuote(quote).split(' ');
  const pieces = (options.pieces ?? []).map(normaliseQuote).filter(Boolean);
  let terms: string[];
  if (pieces.length > 1) terms = [firstWords(pieces[0], EDGE_WORDS), lastWords(pieces.at(-1) as string, EDGE_WORDS)];
  else if (words.length <= LONG_QUOTE_WORDS) terms = [words.join(' ')];
  else terms = [words.slice(0, EDGE_WORDS).join(' '), words.slice(-EDGE_WORDS).join(' ')];
  const encoded = terms.map(encodeTextTerm);
  const before = options.context && lastWords(options.context.before, 3);
  const after = options.context && firstWords(options.context.after, 3);
  return `text=${[before ? `${encodeTextTerm(before)}-` : '', ...encoded, after ? `-${encodeTextTerm(after)}` : ''].filter(Boolean).join(',')}`;
}

/** The quote's address: the paragraph's permalink with a text fragment, `…/v/#p9:~:text=…`. */
export function passageUrl(sectionUrl: string, paragraph: number | string, quote: string, options: DirectiveOptions = {}): string {
  return `${sectionUrl.split('#')[0]}#p${paragraph}:~:${textDirective(quote, options)}`;
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
