import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** One note reference of a built page: the word it follows (empty after punctuation) and its mark. */
export interface MarkedWord {
  word: string;
  mark: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The mark a reader sees on a reference (`4`, `c`), without the brackets or separators around it. */
export function markOf(reference: Element): string {
  return toString(reference).replace(/[\s\u00a0\u2060[\]]/g, '');
}

/**
 * Every note reference (`a.ed-noteref`) of a built page, in document order, with the word that stands
 * right before it in the page's text (references inside notes too: an emendation's reference in a note).
 */
export function markedWords(tree: Root): MarkedWord[] {
  const references = new Set(selectAll('a.ed-noteref', tree));
  const found: MarkedWord[] = [];
  let before = '';
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') before = (before + child.value).slice(-200);
      else if (child.type === 'element' && references.has(child)) {
        found.push({ word: /[\p{L}\p{N}]+$/u.exec(before)?.[0] ?? '', mark: markOf(child) });
        before = '';
      } else if (child.type === 'element') {
        // A block boundary is white space in every extraction.
        if (!['a', 'span', 'em', 'i', 'b', 'strong', 'ins', 'del', 'sup', 'abbr', 'cite', 'q'].includes(child.tagName)) before = '';
        walk(child);
      }
    }
  };
  walk(tree);
  return found;
}

/** Whole tokens of `text` equal to `token`: not inside a longer run of letters and digits. */
function count(text: string, token: string): number {
  let total = 0;
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    const left = at > 0 ? text[at - 1] : ' ';
    const right = text[at + token.length] ?? ' ';
    if (!LETTER_OR_DIGIT.test(left) && !LETTER_OR_DIGIT.test(right)) total += 1;
  }
  return total;
}

/**
 * The words an extraction (Reader View, a copy, the EPUB, a search record) shows with a note mark
 * joined to them (`anarchistsl`, `1934j`): for each reference after a word, the glued token, counted
 * as often as `text` holds it beyond its occurrences in `clean`, the same text with no marks at all
 * (so a glued token that happens to be a real word, "the" + "m", is not counted where the author wrote it).
 */
export function gluedTokens(text: string, words: MarkedWord[], clean: string): string[] {
  const tokens = new Map<string, number>();
  for (const { word, mark } of words) if (word && mark && LETTER_OR_DIGIT.test(mark[0])) tokens.set(word + mark, (tokens.get(word + mark) ?? 0) + 1);
  const glued: string[] = [];
  for (const [token] of tokens) {
    const extra = count(text, token) - count(clean, token);
    for (let i = 0; i < extra; i++) glued.push(token);
  }
  return glued;
}

/** A page's text with every note reference taken out: what the author's words alone read like. */
export function withoutMarks(tree: Root): string {
  const copy = structuredClone(tree);
  for (const reference of selectAll('a.ed-noteref', copy)) reference.children = [];
  return toString(copy);
}
