import type { Tooltips } from './glossary';
import glossaryScript from 'on-intent:./glossary.ts';

const INTENT = ['pointerover', 'focusin', 'touchstart'] as const;

/**
 * Starts the glossary tooltips (`./glossary.ts`, and the definitions it fetches) when a reader first
 * reaches for a glossed term: points at it, focuses it or touches it. Reading a page costs no
 * tooltip bytes. The term reached for gets its tooltip as soon as it is ready, if it is still
 * hovered or focused; a first tap that lands before then shows the definition instead of following
 * the link, as every later first tap does.
 */
export function glossaryOnIntent(doc: Document): void {
  if (!doc.querySelector('a.ed-term')) return;
  let tooltips: Promise<Tooltips | undefined> | undefined;
  let ready = false;
  let touching = false;

  const termOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.ed-term') : null);
  const start = () =>
    (tooltips ??= (import(/* @vite-ignore */ glossaryScript) as Promise<typeof import('./glossary')>).then(async ({ enhanceGlossary }) => {
      const started = await enhanceGlossary(doc);
      ready = true;
      return started;
    }));

  const reach = (event: Event) => {
    const term = termOf(event);
    if (!term) return;
    for (const type of INTENT) doc.removeEventListener(type, reach, true);
    void start().then((started) => {
      if (started && (term.matches(':hover') || doc.activeElement === term)) started.show(term);
    });
  };
  for (const type of INTENT) doc.addEventListener(type, reach, { capture: true, passive: true });

  doc.addEventListener('pointerdown', (event) => (touching = event.pointerType === 'touch'), { capture: true, passive: true });
  doc.addEventListener(
    'click',
    (event) => {
      const term = termOf(event);
      if (!term || ready || !touching) return;
      event.preventDefault();
      void start().then((started) => (started ? started.show(term) : term.click()));
    },
    { capture: true },
  );
}
