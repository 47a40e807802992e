import { minWidthQuery } from './breakpoint';

/**
 * Progressive enhancement for note references. Without JavaScript a reference is a link to its
 * note, which CSS shows on narrow screens while it is the URL's :target. With it, on narrow
 * screens the reference becomes a disclosure: click, tap, Enter or Space opens the note after the
 * line and closes it again, and focus stays put. On wide screens the note is already beside the
 * text, so activating the reference only highlights it.
 */
export function enhanceNotes(doc: Document, wideQuery = minWidthQuery(doc, '--ed-wide')): void {
  const wide = doc.defaultView?.matchMedia(wideQuery);
  const refs = [...doc.querySelectorAll<HTMLAnchorElement>('a.ed-noteref')];
  const noteOf = (ref: HTMLAnchorElement) => doc.getElementById(ref.hash.slice(1));

  const sync = () => {
    for (const ref of refs) {
      const note = noteOf(ref);
      if (!note) continue;
      ref.setAttribute('aria-controls', note.id);
      if (wide?.matches) ref.removeAttribute('aria-expanded');
      else ref.setAttribute('aria-expanded', String(note.hasAttribute('data-open')));
    }
  };

  const toggle = (ref: HTMLAnchorElement, open?: boolean) => {
    const note = noteOf(ref);
    if (!note) return;
    if (wide?.matches) {
      note.removeAttribute('data-flash');
      void note.offsetWidth; // restart the highlight animation
      note.setAttribute('data-flash', '');
      return;
    }
    const next = open ?? !note.hasAttribute('data-open');
    note.toggleAttribute('data-open', next);
    ref.setAttribute('aria-expanded', String(next));
  };

  for (const ref of refs) {
    ref.addEventListener('click', (event) => {
      event.preventDefault();
      toggle(ref);
    });
    // Links answer Enter only; a disclosure answers Space too.
    ref.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        toggle(ref);
      }
    });
    const note = noteOf(ref);
    note?.querySelector<HTMLAnchorElement>('a.ed-sidenote__back')?.addEventListener('click', (event) => {
      if (wide?.matches) return;
      event.preventDefault();
      toggle(ref, false);
      ref.focus();
    });
    note?.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !wide?.matches) {
        toggle(ref, false);
        ref.focus();
      }
    });
  }

  // A permalink to a reference (/v/#note-4) opens its note on narrow screens.
  const landed = refs.find((ref) => `#${ref.id}` === doc.defaultView?.location.hash);
  if (landed && !wide?.matches) toggle(landed, true);

  wide?.addEventListener('change', sync);
  sync();
}
