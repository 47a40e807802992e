import annotateScript from 'on-intent:./annotate.ts';

/**
 * A reader's own highlights and notes (src/scripts/annotate.ts), loaded on intent: on the first
 * selection in a paragraph, or at once when this browser keeps annotations on this page (the list
 * of annotated sections in localStorage, src/annotations/store.ts; /essay/ holds every section).
 */
export function annotateOnIntent(doc: Document): void {
  let started = 0;
  const start = () => started++ || void import(/* @vite-ignore */ annotateScript).then((module: typeof import('./annotate')) => module.annotate(doc));
  let saved = '';
  try {
    saved = ` ${localStorage.getItem('ed-annotated') ?? ''} `;
  } catch {}
  if (saved.includes(` ${location.pathname} `) || (location.pathname === '/essay/' && saved.trim())) start();
  doc.addEventListener('selectionchange', () => doc.getSelection()?.anchorNode?.parentElement?.closest('.ed-para') && start());
}
