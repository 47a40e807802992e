import type { CitePanel } from './cite';
import citeScript from 'on-intent:./cite.ts';
import { paragraphKeys } from './paragraph-keys';

/** What a reader reaches for before citing: the header's Cite link, a ¶ tool button, the panel's summary. */
const CITE_CONTROLS = 'a[href="#cite"], .ed-para__tools button, #cite > summary';

/**
 * A section page's citing, from its first view: each ¶ permalink gains "Link" (copy it) and "Cite"
 * buttons (one Tab stop for all, src/scripts/paragraph-keys.ts), and Copy link works at once. The
 * citing itself (`./cite.ts`, which takes the full panel from the section's citation page) starts
 * when a reader reaches for it: opens the Cite panel, points at or focuses a Cite control, or
 * selects words in a paragraph. Reading a page costs none of it. A Cite pressed before it is ready
 * runs once it is, with the words selected at the press; if it cannot load, the press opens the
 * citation page instead (`/v/cite/?paragraph=9`). Without JavaScript the ¶ links are plain
 * permalinks and the panel shows the Chicago citation and links to that page.
 */
export function citeOnIntent(doc: Document): void {
  const panel = doc.querySelector<HTMLDetailsElement>('details#cite');
  const page = panel?.querySelector<HTMLAnchorElement>('a[data-cite-page]')?.href;
  const article = panel?.closest<HTMLElement>('.ed-section');
  if (!panel || !page || !article) return;

  const selected = () => {
    const selection = doc.getSelection();
    return selection?.isCollapsed === false ? selection.getRangeAt(0).cloneRange() : null;
  };
  // A mouse press on a Cite control can collapse the selection before the click: keep what was selected…
  let pressed: Range | null = null;
  doc.addEventListener('pointerdown', () => (pressed = selected()), true);
  // …for that one click only, so a later keyboard Cite never quotes words no longer selected.
  doc.addEventListener('click', () => setTimeout(() => (pressed = null)), true);
  const ranges = () => [selected(), pressed].filter((range) => range !== null);

  const citing = () => import(/* @vite-ignore */ citeScript) as Promise<typeof import('./cite')>;
  let loading: Promise<CitePanel> | undefined;
  const start = () =>
    (loading ??= citing()
      .then((cite) => cite.loadCitePanel(doc, panel, page, ranges))
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
  const reach = () => void start().catch(() => undefined);

  // Pointing at (a touch points too) or focusing a Cite control, opening the panel, selecting words in a paragraph.
  for (const type of ['pointerover', 'focusin']) doc.addEventListener(type, (event) => (event.target as Element).closest?.(CITE_CONTROLS) && reach(), true);
  panel.addEventListener('toggle', reach);
  // A link to one format (/v/#cite-bibtex) opens the panel and, once the full panel is in, lands on it.
  const landOnFormat = () => {
    const id = location.hash.slice(1);
    if (!/^cite-[a-z]+$/.test(id)) return;
    panel.open = true;
    void start().then(() => doc.getElementById(id)?.scrollIntoView(), () => undefined);
  };
  landOnFormat();
  doc.defaultView?.addEventListener('hashchange', landOnFormat);
  doc.addEventListener('selectionchange', () => {
    const node = selected()?.commonAncestorContainer;
    if ((node instanceof Element ? node : node?.parentElement)?.closest('p.ed-para')) reach();
  });

  const marks = [...article.querySelectorAll<HTMLAnchorElement>('a.ed-para__mark')];
  for (const mark of marks) {
    const number = mark.hash.slice(2);
    mark.insertAdjacentHTML('afterend', `<span class="ed-para__tools"><button type="button" aria-label="Copy link to paragraph ${number}">Link</button><button type="button" aria-label="Cite paragraph ${number}">Cite</button></span>`);
  }
  paragraphKeys(article, marks, 'Up and down arrows: the other paragraphs. Right arrow: Copy link and Cite.');

  doc.addEventListener('click', (event) => {
    const control = (event.target as Element).closest?.('a[href="#cite"], .ed-para__tools button');
    if (!control) return;
    const at = ranges();
    pressed = null;
    // A press runs once the panel is ready (at once when it is); if the panel cannot load, the citation page is the way.
    const press = (action: (cite: CitePanel) => void, fallback = page) => void start().then(action, () => location.assign(fallback));
    if (control.matches('a')) {
      // The header's "Cite this section" link opens the panel it points to, quoting any words selected in a paragraph.
      panel.open = true;
      return press((cite) => cite.open(at));
    }
    // A ¶ tool: the paragraph is its ¶ link's.
    const number = (control.parentElement?.previousElementSibling as HTMLAnchorElement).hash.slice(2);
    if (control.previousElementSibling) press((cite) => cite.paragraph(number, at), `${page}?paragraph=${number}`);
    else {
      // Copy link; where the clipboard is refused, the link is put in a field, selected, for the reader to copy.
      const link = `${doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href}#p${number}`;
      void navigator.clipboard
        .writeText(link)
        .then(
          () => 'Copied',
          () => citing().then((cite) => (cite.selectToCopy(doc, link), 'Link selected')),
        )
        .then((done) => {
          control.textContent = done;
          setTimeout(() => (control.textContent = 'Link'), 2000);
        });
    }
  });
}
