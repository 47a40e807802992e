import type { Tooltips } from './glossary';
import glossaryScript from 'on-intent:./glossary.ts';

/** A reader reaching for a glossed term: the term reached for gets its tooltip once it is ready. */
const REACH = ['pointerover', 'focusin', 'touchstart'] as const;

/**
 * Starts the glossary tooltips (`./glossary.ts`, and the definitions it fetches, which it also gives
 * each term as its description for screen readers) when a reader first reaches for a glossed term
 * (points at it, focuses it or touches it) or first uses the keyboard on the page, so that a
 * keyboard or screen-reader user's first term already has its description. Reading a page costs no
 * tooltip bytes. A first tap that lands before the tooltips are ready shows the definition instead of
 * following the link, as every later first tap does. If the script or the definitions cannot be
 * loaded, terms stay what they are without JavaScript: links to their entries.
 */
export function glossaryOnIntent(doc: Document): void {
  if (!doc.querySelector('a.ed-term')) return;
  let tooltips: Promise<Tooltips | undefined> | undefined;
  // Settled: the tooltips run, or will not (failed to load); either way a tap is no longer held back.
  let settled = false;
  let touching = false;

  const termOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.ed-term') : null);
  const start = () =>
    (tooltips ??= (import(/* @vite-ignore */ glossaryScript) as Promise<typeof import('./glossary')>)
      .then(({ enhanceGlossary }) => enhanceGlossary(doc))
      .catch(() => undefined)
      .then((started) => {
        settled = true;
        return started;
      }));

  const reach = (event: Event) => {
    const term = termOf(event);
    if (!term) return;
    for (const type of REACH) doc.removeEventListener(type, reach, true);
    void start().then((started) => {
      if (started && (term.matches(':hover') || doc.activeElement === term)) started.show(term);
    });
  };
  for (const type of REACH) doc.addEventListener(type, reach, { capture: true, passive: true });
  doc.addEventListener('pointerdown', (event) => (touching = event.pointerType === 'touch'), { capture: true, passive: true });
  doc.addEventListener(
    'keydown',
    () => {
      touching = false;
      void start();
    },
    { capture: true, passive: true },
  );
  doc.addEventListener(
    'click',
    (event) => {
      const term = termOf(event);
      // A tap's click (detail ≥ 1), not a keyboard Enter's (detail 0), is held until the tooltip can show.
      if (!term || settled || !touching || event.detail === 0) return;
      event.preventDefault();
      void start().then((started) => (started ? started.show(term) : term.click()));
    },
    { capture: true },
  );
}
