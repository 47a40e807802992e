/**
 * Progressive enhancement for glossary tooltips (WCAG 2.2 SC 1.4.13). CSS alone shows a tooltip
 * while its term is hovered or focused, and keeps it while the pointer is on it. This adds:
 * Escape dismisses it without moving focus; on touch, a first tap shows it and a tap elsewhere
 * closes it (a second tap follows the link); and it is kept inside the viewport, flipping above the
 * term near the bottom edge.
 */
export function enhanceGlossary(doc: Document): void {
  const view = doc.defaultView;
  if (!view) return;
  const glosses = [...doc.querySelectorAll<HTMLElement>('.ed-gloss')];

  const place = (gloss: HTMLElement) => {
    const tip = gloss.querySelector<HTMLElement>('.ed-tip');
    const term = gloss.querySelector<HTMLElement>('.ed-term');
    if (!tip || !term) return;
    gloss.removeAttribute('data-flip');
    tip.style.removeProperty('--tip-shift');
    tip.style.removeProperty('top');
    const termBox = term.getBoundingClientRect();
    const tipBox = tip.getBoundingClientRect();
    if (tipBox.width === 0) return;
    // Align with the term where it fits, never past either edge of the viewport.
    const margin = 8;
    const wanted = termBox.left - tipBox.left;
    const room = view.innerWidth - margin - tipBox.right;
    tip.style.setProperty('--tip-shift', `${Math.max(margin - tipBox.left, Math.min(wanted, room))}px`);
    const container = tip.offsetParent?.getBoundingClientRect();
    if (container && tipBox.bottom > view.innerHeight - margin && termBox.top > tipBox.height + margin) {
      gloss.setAttribute('data-flip', 'above');
      tip.style.top = `${termBox.top - container.top - tipBox.height - 6}px`;
    }
  };

  const closeAll = (except?: HTMLElement) => {
    for (const gloss of glosses) if (gloss !== except) gloss.removeAttribute('data-open');
  };

  for (const gloss of glosses) {
    const term = gloss.querySelector<HTMLAnchorElement>('.ed-term');
    if (!term) continue;
    const show = () => {
      gloss.removeAttribute('data-dismissed');
      // Now, so a tapped or focused tooltip never paints in the wrong place; and again next frame,
      // because a hover state reaches the styles only then.
      place(gloss);
      view.requestAnimationFrame(() => place(gloss));
    };
    gloss.addEventListener('pointerenter', show);
    term.addEventListener('focus', show);
    gloss.addEventListener('pointerleave', () => gloss.removeAttribute('data-dismissed'));
    term.addEventListener('blur', () => gloss.removeAttribute('data-dismissed'));
    term.addEventListener('pointerup', (event) => {
      if (event.pointerType !== 'touch' || gloss.hasAttribute('data-open')) return;
      // First tap shows the definition; the link is followed on the second tap or from "More".
      term.addEventListener('click', (click) => click.preventDefault(), { once: true });
      closeAll(gloss);
      gloss.setAttribute('data-open', '');
      show();
    });
  }

  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const gloss of glosses) {
      if (gloss.matches(':hover, :focus-within, [data-open]')) {
        gloss.setAttribute('data-dismissed', '');
        gloss.removeAttribute('data-open');
      }
    }
  });

  doc.addEventListener('pointerdown', (event) => {
    const inside = (event.target as Element | null)?.closest?.('.ed-gloss');
    closeAll(inside instanceof HTMLElement ? inside : undefined);
  });
}
