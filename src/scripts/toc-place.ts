/** On the one-page essay: the table of contents marks the section being read as the reader scrolls. */
export function markSectionRead(doc: Document): void {
  const toc = doc.querySelector<HTMLElement>('.ed-toc');
  if (!toc) return;
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
