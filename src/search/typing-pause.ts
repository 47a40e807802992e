/**
 * When to search while a reader types key by key: once they pause for half again their own pace
 * between keys, so the search runs when they stop typing, not for each half-typed word (whose results
 * would each fetch their text). Pure, so it can be tested without a browser.
 */

/** Bounds of the wait, ms: the pace assumed before two keystrokes are known, and longer gaps are pauses, not pace. */
export const TYPING_PAUSE = { minMs: 150, maxMs: 450, assumedPaceMs: 200, longestGapMs: 1500 } as const;

/** The wait after the latest keystroke, given the gaps (ms) between this reader's keystrokes so far, oldest first. */
export function typingPause(gaps: readonly number[]): number {
  const recent = gaps.filter((gap) => gap >= 0 && gap <= TYPING_PAUSE.longestGapMs).slice(-3).sort((a, b) => a - b);
  const pace = recent.length === 0 ? TYPING_PAUSE.assumedPaceMs : recent[Math.floor(recent.length / 2)];
  return Math.round(Math.min(TYPING_PAUSE.maxMs, Math.max(TYPING_PAUSE.minMs, pace * 1.5)));
}
