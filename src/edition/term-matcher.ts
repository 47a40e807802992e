/** A glossary form found in a text: `[start, end)` and the entry it belongs to. */
export interface TermMatch {
  start: number;
  end: number;
  slug: string;
}

/** Finds glossary forms in plain text. */
export type TermMatcher = (text: string) => TermMatch[];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a matcher from `form → slug` pairs. Matching is case-sensitive (so "soviets", the councils,
 * never matches "Soviet Union"), whole-word (letters or digits may not touch a match: "Trotsky" does
 * not match in "Trotskyist"), and longest-first ("Hitler-Stalin Pact" before "Stalin").
 */
export function createMatcher(forms: Iterable<[form: string, slug: string]>): TermMatcher {
  const bySlug = new Map(forms);
  if (bySlug.size === 0) return () => [];
  const alternatives = [...bySlug.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, slug: bySlug.get(match[0]) as string }));
}
