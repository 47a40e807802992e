/**
 * When to search, and what to fetch ahead, while a reader types key by key: search once they pause for
 * half again their own pace between keys, so the search runs when they stop typing, not for each
 * half-typed word (whose results would each fetch their text). Pure, so it can be tested without a
 * browser.
 */

/**
 * Bounds of the wait, ms (up to 900: a reader typing a key every 600 ms still gets one search, not one per
 * key), the pace assumed before two keystrokes are known, and the gap beyond which a gap is a pause, not pace.
 */
export const TYPING_PAUSE = { minMs: 150, maxMs: 900, assumedPaceMs: 200, longestGapMs: 1500 } as const;

/**
 * The part of a half-typed query whose index chunks are worth fetching ahead: a last word of one or two
 * characters waits until it is longer (as a prefix it spans the chunks of all its completions).
 * The header field's inline script applies the same expression (src/components/SiteHeader.astro).
 */
export function preloadable(query: string): string {
  return query.replace(/(?:^|\s)\S{1,2}$/u, '').trim();
}

/**
 * The wait after the latest keystroke, given the gaps (ms) between this reader's keystrokes so far,
 * oldest first, and the query as it now stands. A query of nothing but one or two characters waits the
 * longest: searched as a prefix it matches much of the index, and its results are rarely the ones sought.
 */
export function typingPause(gaps: readonly number[], query: string): number {
  if (!preloadable(query)) return TYPING_PAUSE.maxMs;
  const recent = gaps.filter((gap) => gap >= 0 && gap <= TYPING_PAUSE.longestGapMs).slice(-3).sort((a, b) => a - b);
  const pace = recent.length === 0 ? TYPING_PAUSE.assumedPaceMs : recent[Math.floor(recent.length / 2)];
  return Math.round(Math.min(TYPING_PAUSE.maxMs, Math.max(TYPING_PAUSE.minMs, pace * 1.5)));
}
