import { minWidthQuery } from './breakpoint';

/** The table of contents: open on wide screens, where it is a rail beside the text. */
export function enhanceToc(doc: Document): void {
  const toc = doc.querySelector<HTMLElement>('.ed-toc');
  const details = toc?.querySelector('details');
  if (!toc || !details) return;
  const wide = doc.defaultView?.matchMedia(minWidthQuery(doc, '--ed-wide'));
  // CSS shows the list on wide screens even while closed; opening it keeps the accessibility tree in step.
  if (wide?.matches) details.open = true;
}
