import { DEFINITIONS_URL, glossarySlugOf } from '../edition/urls';
import { GLOSS_LABEL, type GlossaryDefinitions } from '../glossary/definitions';
import tooltipStyles from '../styles/tooltip.css?url';

/** What a page's tooltips offer once running: showing a term's definition (the term a reader first reached for). */
export interface Tooltips {
  show(term: HTMLAnchorElement): void;
}

/**
 * Glossary tooltips (WCAG 2.2 SC 1.4.13). A glossed term is a link to its entry. This fetches the
 * definitions (one file for every page, `/glossary/definitions.json`), writes those of the page's
 * terms once, hidden, as each term's description for screen readers, and shows a copy of one in a
 * popover beside its term: on hover (it stays while the pointer is on the term or on the tooltip), on
 * keyboard focus, and on a first tap (a second tap follows the link); Escape dismisses it without
 * moving focus. The popover sits in the top layer, so it never shifts the text. Placement is CSS
 * anchor positioning (`src/styles/tooltip.css`); browsers without it get Floating UI, loaded only
 * then. Resolves to nothing when the page has no terms or the definitions cannot be fetched: the
 * terms stay links.
 */
export async function enhanceGlossary(doc: Document): Promise<Tooltips | undefined> {
  const view = doc.defaultView;
  const terms = [...doc.querySelectorAll<HTMLAnchorElement>('a.ed-term')];
  if (!view || terms.length === 0) return undefined;
  const [definitions] = await Promise.all([fetchDefinitions(view), addStylesheet(doc, tooltipStyles)]);
  if (!definitions) return undefined;
  describeTerms(doc, terms, definitions);

  const tip = doc.createElement('div');
  tip.className = 'ed-tip';
  tip.popover = 'manual';
  // The term already carries the definition as its description: the visible copy is not read twice.
  tip.setAttribute('aria-hidden', 'true');
  doc.body.append(tip);

  const anchored = view.CSS?.supports?.('anchor-name', '--ed-tip') ?? false;
  let current: HTMLAnchorElement | undefined;
  let hideTimer: number | undefined;

  const entryOf = (term: HTMLAnchorElement) => definitions.entries[glossarySlugOf(term.pathname) ?? ''];

  const fill = (term: HTMLAnchorElement, entry: GlossaryDefinitions['entries'][string]) => {
    const head = doc.createElement('p');
    head.className = 'ed-tip__head';
    const label = doc.createElement('span');
    label.className = 'ed-tip__label';
    label.textContent = GLOSS_LABEL;
    const headword = doc.createElement('span');
    headword.className = 'ed-tip__headword';
    headword.textContent = entry.headword;
    head.append(label, ' ', headword);
    const text = doc.createElement('p');
    text.className = 'ed-tip__def';
    text.textContent = entry.short;
    const more = doc.createElement('a');
    more.className = 'ed-tip__more';
    more.href = term.href;
    more.tabIndex = -1;
    more.textContent = 'More';
    tip.replaceChildren(head, text, more);
  };

  const show = (term: HTMLAnchorElement) => {
    view.clearTimeout(hideTimer);
    if (current === term && tip.matches(':popover-open')) return;
    const entry = entryOf(term);
    if (!entry) return;
    current?.removeAttribute('data-tip-open');
    current = term;
    fill(term, entry);
    term.setAttribute('data-tip-open', '');
    if (tip.matches(':popover-open')) tip.hidePopover();
    tip.showPopover();
    if (!anchored) void placeWithoutAnchors(term, tip);
  };

  const hide = () => {
    view.clearTimeout(hideTimer);
    current?.removeAttribute('data-tip-open');
    current = undefined;
    if (tip.matches(':popover-open')) tip.hidePopover();
  };

  // A short grace period lets the pointer cross from the term to the tooltip (SC 1.4.13, hoverable).
  const hideSoon = () => {
    view.clearTimeout(hideTimer);
    hideTimer = view.setTimeout(hide, 300);
  };

  for (const term of terms) {
    term.addEventListener('pointerenter', (event) => {
      if (event.pointerType !== 'touch') show(term);
    });
    term.addEventListener('pointerleave', (event) => {
      if (event.pointerType !== 'touch' && doc.activeElement !== term) hideSoon();
    });
    term.addEventListener('focus', () => show(term));
    term.addEventListener('blur', (event) => {
      // Focus moving into the tooltip (a tap or click on "More") keeps it open, so the link is followed.
      if (pressingTip || tip.contains(event.relatedTarget as Node | null)) return;
      if (!term.matches(':hover')) hide();
    });
    // First tap shows the definition; the link is followed on the second tap, or from "More".
    term.addEventListener('pointerup', (event) => {
      if (event.pointerType !== 'touch') return;
      if (current === term && tip.matches(':popover-open')) return;
      const block = (click: Event) => click.preventDefault();
      term.addEventListener('click', block, { once: true });
      // A tap that yields no click (a long press, a cancelled gesture) must not swallow the next one.
      view.setTimeout(() => term.removeEventListener('click', block), 700);
      show(term);
    });
  }
  let pressingTip = false;
  tip.addEventListener('pointerdown', () => (pressingTip = true));
  doc.addEventListener('pointerup', () => view.setTimeout(() => (pressingTip = false)), { capture: true });
  tip.addEventListener('pointerenter', () => view.clearTimeout(hideTimer));
  tip.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'touch' && current && doc.activeElement !== current) hideSoon();
  });

  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) hide();
  });
  doc.addEventListener('pointerdown', (event) => {
    const target = event.target as Element | null;
    if (current && !tip.contains(target) && target !== current && !current.contains(target)) hide();
  });
  return { show };
}

/** Links a stylesheet and resolves once it has loaded (or failed: the tooltip then shows unstyled, never not at all). */
function addStylesheet(doc: Document, href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    doc.head.append(link);
  });
}

async function fetchDefinitions(view: Window): Promise<GlossaryDefinitions | undefined> {
  try {
    const response = await view.fetch(DEFINITIONS_URL);
    return response.ok ? ((await response.json()) as GlossaryDefinitions) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the definitions of the page's terms once, in a `hidden` container at the end of the page
 * (Reader View and copy and paste skip it), and names them as each term's description, after the
 * label: a screen reader reads "Cheka, link, Editors’ gloss: The Bolsheviks' political police…".
 */
function describeTerms(doc: Document, terms: HTMLAnchorElement[], definitions: GlossaryDefinitions): void {
  const box = doc.createElement('div');
  box.className = 'ed-glossdefs';
  box.hidden = true;
  const label = doc.createElement('span');
  label.id = 'gloss-label';
  label.textContent = `${GLOSS_LABEL}:`;
  box.append(label);
  const written = new Set<string>();
  for (const term of terms) {
    const slug = glossarySlugOf(term.pathname) ?? '';
    const entry = definitions.entries[slug];
    if (!entry) continue;
    const id = `gloss-${slug}`;
    if (!written.has(id)) {
      written.add(id);
      const definition = doc.createElement('p');
      definition.id = id;
      definition.textContent = entry.short;
      box.append(definition);
    }
    term.setAttribute('aria-describedby', `${label.id} ${id}`);
  }
  doc.body.append(box);
}

/** Where CSS anchor positioning is missing: the tooltip below the term (above when it does not fit), inside the viewport. */
async function placeWithoutAnchors(term: HTMLElement, tip: HTMLElement): Promise<void> {
  const { computePosition, flip, shift, offset } = await import('@floating-ui/dom');
  const { x, y } = await computePosition(term, tip, { strategy: 'fixed', placement: 'bottom-start', middleware: [offset(6), flip(), shift({ padding: 8 })] });
  Object.assign(tip.style, { left: `${x}px`, top: `${y}px` });
}
