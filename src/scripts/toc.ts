import { minWidthQuery } from './breakpoint';

/**
 * The table of contents: open on wide screens (where it is a rail beside the text), and, on the
 * one-page essay, marking the section being read as the reader scrolls.
 */
export function enhanceToc(doc: Document): void {
  const toc = doc.querySelector<HTMLElement>('.ed-toc');
  const details = toc?.querySelector('details');
  if (!toc || !details) return;
  const wide = doc.defaultView?.matchMedia(minWidthQuery(doc, '--ed-wide'));
  // CSS shows the list on wide screens even while closed; opening it keeps the accessibility tree in step.
  if (wide?.matches) details.open = true;
  if (toc.dataset.toc !== 'in-page') return;
  const links = new Map([...toc.querySelectorAll<HTMLAnchorElement>('a[data-toc-section]')].map((link) => [link.dataset.tocSection as string, link]));
  const parts = [...doc.querySelectorAll<HTMLElement>('.ed-essay__part')];
  const mark = () => {
    // The section being read: the last one whose top has passed a third of the way down the window.
    const line = (doc.defaultView?.innerHeight ?? 800) / 3;
    const reading = parts.filter((part) => part.getBoundingClientRect().top <= line).at(-1);
    for (const [slug, link] of links) {
      if (slug === reading?.id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  let queued = false;
  doc.addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  }, { passive: true });
  mark();
}
