import { copy } from './copy';
import { normaliseQuote, passageUrl, quoteWithCitation, wholeWords, type DirectiveOptions } from '../citation/passage';

export { selectToCopy } from './copy';

/** Words the reader has selected inside one paragraph. */
interface Passage {
  paragraph: string;
  quote: string;
  /** The quote cut where note references stand in it (one piece when none does). */
  pieces: string[];
}

/** What a section page's Cite controls ask of the full panel once it is in. */
export interface CitePanel {
  /** A ¶ Cite button: cites paragraph `number`, quoting the words of the first of `ranges` that lie in it; opens the panel at its picker. */
  paragraph(number: string, ranges: Range[]): void;
  /** The header's Cite link: opens the panel, quoting the words of the first of `ranges` that lie in a paragraph. */
  open(ranges: Range[]): void;
}

/** Text made safe to put in HTML beside the citeproc output. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Where a note reference stands in a piece of text: its number or letter is not the author's word. */
const REFERENCE = '\u0000';

/** A piece of a paragraph's text as the author wrote it, each note reference replaced by {@link REFERENCE}. */
function authorWords(node: Node): string {
  const copy = node.cloneNode(true) as Element | DocumentFragment;
  for (const reference of copy.querySelectorAll('.ed-noteref')) reference.replaceWith(REFERENCE);
  return copy.textContent ?? '';
}

/** The words of a selection (made with a mouse, touch or the keyboard) when it lies inside one paragraph, else null. */
function passageIn(range: Range): Passage | null {
  const common = range.commonAncestorContainer;
  const element = common instanceof Element ? common : common.parentElement;
  const paragraph = element?.closest<HTMLElement>('p.ed-para');
  const number = paragraph?.id.replace(/^p/, '');
  if (!paragraph || !number) return null;
  // The quote is the author's words: note references split it into pieces, which the page prints
  // apart (a reference's number stands between them), and are left out of the quotation.
  const pieces = wholeWords(authorWords(paragraph), authorWords(range.cloneContents())).split(REFERENCE);
  const quote = normaliseQuote(pieces.join(''));
  return /[\p{L}\p{N}]/u.test(quote) ? { paragraph: number, quote, pieces } : null;
}

/** The first of `ranges` that is a passage. */
const firstPassage = (ranges: Range[]) => ranges.map(passageIn).find((passage) => passage !== null) ?? null;

/**
 * What the passage's link must name besides the quote: its pieces around note references, and the
 * words around it when the page holds it more than once (a browser highlights the first match).
 * Worked out when a passage is cited, not on every press that reads the selection.
 */
function linkOptions(doc: Document, passage: Passage): DirectiveOptions {
  const options: DirectiveOptions = passage.pieces.length > 1 ? { pieces: passage.pieces } : {};
  const plain = (p: Element) => normaliseQuote(authorWords(p).replaceAll(REFERENCE, ''));
  const occurrences = [...doc.querySelectorAll('p.ed-para')].reduce((sum, p) => sum + plain(p).split(passage.quote).length - 1, 0);
  const paragraph = doc.getElementById(`p${passage.paragraph}`);
  if (occurrences > 1 && paragraph) {
    const text = plain(paragraph);
    const at = text.indexOf(passage.quote);
    options.context = { before: text.slice(0, Math.max(0, at)), after: text.slice(at + passage.quote.length) };
  }
  return options;
}

/**
 * Fetches the section's citation page (`page`, `/v/cite/`) and puts its full panel in the section
 * page's Cite panel in place of the built, compact one, then enhances it. `rangesNow` gives the
 * words selected when a reader presses the panel's own Cite button (src/scripts/cite-intent.ts keeps them).
 */
export async function loadCitePanel(doc: Document, panel: HTMLDetailsElement, page: string, rangesNow: () => Range[]): Promise<CitePanel> {
  const response = await fetch(page);
  if (!response.ok) throw new Error(`${page}: ${response.status}`);
  const fetched = new DOMParser().parseFromString(await response.text(), 'text/html');
  const root = fetched.querySelector<HTMLElement>('[data-cite-root]');
  const compact = panel.querySelector<HTMLElement>('[data-cite-compact]');
  if (!root || !compact) throw new Error(`${page} has no Cite panel`);
  // On its page the panel's headings follow the h1; here they follow the panel's own h2.
  for (const h2 of root.querySelectorAll('h2')) {
    const h3 = fetched.createElement('h3');
    for (const { name, value } of h2.attributes) h3.setAttribute(name, value);
    h3.append(...h2.childNodes);
    h2.replaceWith(h3);
  }
  // The panel's own rules (cite-panel.css) come with it: the page's stylesheets this page lacks, loaded before it shows.
  const sheets = [...fetched.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((link) => ![...doc.styleSheets].some((sheet) => sheet.href === link.href));
  await Promise.all(
    sheets.map((link) => {
      const loaded = new Promise((done) => (link.onload = link.onerror = done));
      doc.head.append(doc.adoptNode(link));
      return loaded;
    }),
  );
  // The page's live region stays: one added with its message could go unannounced.
  const status = compact.querySelector('[data-cite-status]');
  if (status) root.querySelector('[data-cite-status]')?.replaceWith(status);
  const focused = compact.contains(doc.activeElement);
  compact.replaceWith(doc.adoptNode(root));
  if (focused) panel.querySelector('summary')?.focus();
  return enhanceCitations(doc, root, panel, rangesNow);
}

/** The citation page (`/v/cite/`): its panel enhanced, with the paragraph in its address (`?paragraph=9`) chosen. */
export function enhanceCitePage(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-cite-root]');
  if (!root) return;
  enhanceCitations(doc, root);
  const picker = root.querySelector<HTMLSelectElement>('[data-cite-paragraph]');
  const asked = new URLSearchParams(doc.defaultView?.location.search).get('paragraph');
  if (picker && asked && [...picker.options].some((option) => option.value === asked)) {
    picker.value = asked;
    picker.dispatchEvent(new Event('change'));
  }
}

/**
 * Enhancements for a full Cite panel (`root`, src/components/CitePanel.astro): a paragraph picker
 * and copy buttons. The paragraph citations are the build's CSL output with the paragraph number
 * put in place of a placeholder. On a section page (`panel`), with words selected in a paragraph,
 * Cite quotes them: a text-fragment link to the words and each style's quotation.
 */
export function enhanceCitations(doc: Document, root: HTMLElement, panel?: HTMLDetailsElement, rangesNow: () => Range[] = () => []): CitePanel {
  const templates = JSON.parse(root.querySelector('[data-cite-templates]')?.textContent ?? '{}') as { section: Record<string, string>; paragraph: Record<string, string> };
  const placeholder = root.dataset.placeholder ?? '9999';
  const sectionUrl = root.dataset.url ?? location.href.split('#')[0];
  const sectionName = root.dataset.sectionName ?? 'this section';
  const picker = root.querySelector<HTMLSelectElement>('[data-cite-paragraph]');
  const target = root.querySelector<HTMLElement>('[data-cite-target]');
  const status = root.querySelector<HTMLElement>('[data-cite-status]');
  const announce = (message: string) => {
    if (status) status.textContent = message;
  };

  const passageBox = root.querySelector<HTMLElement>('[data-cite-passage]');
  const passageLink = root.querySelector<HTMLAnchorElement>('[data-cite-passage-link]');

  const show = (paragraph: string, passage?: Passage) => {
    for (const output of root.querySelectorAll<HTMLElement>('[data-cite]')) {
      const key = output.dataset.cite as string;
      const value = paragraph ? templates.paragraph[key].replaceAll(placeholder, paragraph) : templates.section[key];
      // The styles' HTML is the build's own citeproc output (italics); BibTeX and RIS are text.
      // A quotation goes with each citation in the text: Chicago's first (full) and short notes, MLA's and APA's parentheses.
      if (/-(reference|note|short)$/.test(key)) output.innerHTML = passage && /-(note|short)$/.test(key) ? quoteWithCitation(key.replace(/-(note|short)$/, ''), escapeHtml(passage.quote), value) : value;
      else output.textContent = value;
    }
    if (passageBox && passageLink) {
      passageBox.hidden = !passage;
      const href = passage ? passageUrl(sectionUrl, passage.paragraph, passage.quote, linkOptions(doc, passage)) : '';
      passageLink.href = href;
      passageLink.textContent = href;
    }
    if (target) {
      target.textContent = passage
        ? `Quoting ${sectionName}, paragraph ${paragraph}: “${passage.quote}”.`
        : paragraph
          ? `Citing ${sectionName}, paragraph ${paragraph} (${sectionUrl}#p${paragraph}).`
          : `Citing ${sectionName} as a whole.`;
    }
  };

  const citePassage = (passage: Passage) => {
    if (picker) picker.value = passage.paragraph;
    show(passage.paragraph, passage);
    if (panel) panel.open = true;
    announce(`Citing the words selected in paragraph ${passage.paragraph}.`);
  };

  // Words can be quoted only where the page has the paragraphs to select them in.
  const passageButton = root.querySelector<HTMLButtonElement>('[data-cite-passage-button]');
  if (passageButton && doc.querySelector('p.ed-para')) {
    passageButton.hidden = false;
    root.querySelector('[data-cite-passage-hint]')?.removeAttribute('hidden');
    passageButton.addEventListener('click', () => {
      const passage = firstPassage(rangesNow());
      if (passage) citePassage(passage);
      else announce('Select words inside one paragraph first, then choose Cite the selected words.');
    });
  }

  if (picker) {
    picker.closest<HTMLElement>('[data-cite-picker]')?.removeAttribute('hidden');
    picker.addEventListener('change', () => show(picker.value));
  }

  const copied = (how: 'copied' | 'selected') => announce(how === 'copied' ? 'Copied to the clipboard.' : 'Selected: press Ctrl+C or ⌘C to copy.');
  const copyButton = (label: string, text: () => string, element: HTMLElement) => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'ed-copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', label);
    button.addEventListener('click', () => void copy(doc, text(), element).then(copied));
    element.after(button);
  };
  if (passageLink) copyButton('Copy the link to the quoted words', () => passageLink.href, passageLink);
  for (const output of root.querySelectorAll<HTMLElement>('[data-cite]')) {
    const label = output.closest('section')?.querySelector('h2, h3')?.firstChild?.textContent?.trim() ?? 'citation';
    const kind = output.previousElementSibling?.classList.contains('ed-cite__label') ? output.previousElementSibling.textContent : '';
    copyButton(`Copy ${label}${kind ? ` ${kind.toLowerCase()}` : ''}`, () => output.innerText.trim(), output);
  }

  return {
    paragraph(number, ranges) {
      const passage = firstPassage(ranges);
      if (passage?.paragraph === number) citePassage(passage);
      else {
        if (picker) picker.value = number;
        show(number);
      }
      if (!panel) return;
      panel.open = true;
      panel.scrollIntoView({ block: 'start' });
      (picker ?? panel.querySelector('summary'))?.focus();
    },
    open(ranges) {
      const passage = firstPassage(ranges);
      if (passage) citePassage(passage);
      if (panel) panel.open = true;
    },
  };
}
