import { paragraphKeys } from './paragraph-keys';
import { normaliseQuote, passageUrl, quoteWithCitation, wholeWords, type DirectiveOptions } from '../citation/passage';

/** Words the reader has selected inside one paragraph. */
interface Passage {
  paragraph: string;
  quote: string;
  /** The quote cut where note references stand in it (one piece when none does). */
  pieces: string[];
}

/** Where a note reference stands in a piece of text: its number or letter is not the author's word. */
const REFERENCE = '\u0000';

/** A piece of a paragraph's text as the author wrote it, each note reference replaced by {@link REFERENCE}. */
function authorWords(node: Node): string {
  const copy = node.cloneNode(true) as Element | DocumentFragment;
  for (const reference of copy.querySelectorAll('.ed-noteref')) reference.replaceWith(REFERENCE);
  return copy.textContent ?? '';
}

/** The reader's selection when it lies inside one paragraph (made with a mouse, touch or the keyboard), else null. */
function selectedPassage(doc: Document): Passage | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
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
 * Enhancements for citing: each paragraph's ¶ permalink gains "Copy link" and "Cite" buttons, the
 * Cite panel gains a paragraph picker and copy buttons. Without JavaScript the ¶ links are plain
 * permalinks and the panel shows the section's citations. The paragraph citations are the build's
 * CSL output with the paragraph number put in place of a placeholder. With words selected in a
 * paragraph, Cite quotes them: a text-fragment link to the words and each style's quotation.
 */
export function enhanceCitations(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-cite-root]');
  const panel = doc.querySelector<HTMLDetailsElement>('details.ed-cite');
  const templatesJson = doc.querySelector('[data-cite-templates]')?.textContent;
  if (!root || !panel || !templatesJson) return;
  const templates = JSON.parse(templatesJson) as { section: Record<string, string>; paragraph: Record<string, string> };
  const placeholder = root.dataset.placeholder ?? '9999';
  const sectionUrl = root.dataset.url ?? location.href.split('#')[0];
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
      // The reference's HTML is the build's own citeproc output (italics); the rest is text.
      if (key.endsWith('-reference')) output.innerHTML = value;
      else output.textContent = passage && key.endsWith('-short') ? quoteWithCitation(key.replace(/-short$/, ''), passage.quote, value) : value;
    }
    if (passageBox && passageLink) {
      passageBox.hidden = !passage;
      const href = passage ? passageUrl(sectionUrl, passage.paragraph, passage.quote, linkOptions(doc, passage)) : '';
      passageLink.href = href;
      passageLink.textContent = href;
    }
    if (target) {
      target.textContent = passage
        ? `Quoting paragraph ${paragraph}: “${passage.quote}”.`
        : paragraph
          ? `Citing paragraph ${paragraph} (${sectionUrl}#p${paragraph}).`
          : 'Citing the section as a whole.';
    }
  };

  const citePassage = (passage: Passage) => {
    if (picker) picker.value = passage.paragraph;
    show(passage.paragraph, passage);
    panel.open = true;
    announce(`Citing the words selected in paragraph ${passage.paragraph}.`);
  };

  // A mouse press on a Cite control can collapse the selection before the click: keep what was selected.
  let pressed: Passage | null = null;
  doc.addEventListener('pointerdown', () => (pressed = selectedPassage(doc)), { capture: true });
  // …for that one click only, so a later keyboard Cite never quotes words no longer selected.
  doc.addEventListener('click', () => setTimeout(() => (pressed = null)), { capture: true });
  const passageNow = () => {
    const passage = selectedPassage(doc) ?? pressed;
    pressed = null;
    return passage;
  };

  const passageButton = root.querySelector<HTMLButtonElement>('[data-cite-passage-button]');
  if (passageButton) {
    passageButton.hidden = false;
    root.querySelector('[data-cite-passage-hint]')?.removeAttribute('hidden');
    passageButton.addEventListener('click', () => {
      const passage = passageNow();
      if (passage) citePassage(passage);
      else announce('Select words inside one paragraph first, then choose Cite the selected words.');
    });
  }

  // The header's "Cite this section" link opens the panel it points to, quoting any words selected in a paragraph.
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href="#cite"]')) {
    link.addEventListener('click', () => {
      const passage = passageNow();
      if (passage) citePassage(passage);
      panel.open = true;
    });
  }

  if (picker) {
    picker.closest<HTMLElement>('[data-cite-picker]')?.removeAttribute('hidden');
    picker.addEventListener('change', () => show(picker.value));
  }

  if (passageLink) {
    const copyPassage = doc.createElement('button');
    copyPassage.type = 'button';
    copyPassage.className = 'ed-copy';
    copyPassage.textContent = 'Copy';
    copyPassage.setAttribute('aria-label', 'Copy the link to the quoted words');
    copyPassage.addEventListener('click', () => void copy(doc, passageLink.href, passageLink).then((how) => announce(how === 'copied' ? 'Copied to the clipboard.' : 'Selected: press Ctrl+C or ⌘C to copy.')));
    passageLink.after(copyPassage);
  }

  for (const output of root.querySelectorAll<HTMLElement>('[data-cite]')) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'ed-copy';
    const label = output.closest('section')?.querySelector('h3')?.firstChild?.textContent?.trim() ?? 'citation';
    const kind = output.previousElementSibling?.classList.contains('ed-cite__label') ? output.previousElementSibling.textContent : '';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', `Copy ${label}${kind ? ` ${kind.toLowerCase()}` : ''}`);
    button.addEventListener('click', () => void copy(doc, output.innerText.trim(), output).then((how) => announce(how === 'copied' ? 'Copied to the clipboard.' : 'Selected: press Ctrl+C or ⌘C to copy.')));
    output.after(button);
  }

  const marks = [...doc.querySelectorAll<HTMLAnchorElement>('a.ed-para__mark')];
  for (const mark of marks) {
    const number = mark.hash.replace('#p', '');
    const tools = doc.createElement('span');
    tools.className = 'ed-para__tools';
    const copyLink = doc.createElement('button');
    copyLink.type = 'button';
    copyLink.textContent = 'Copy link';
    copyLink.setAttribute('aria-label', `Copy link to paragraph ${number}`);
    copyLink.addEventListener('click', () =>
      void copy(doc, `${sectionUrl}#p${number}`).then((how) => {
        copyLink.textContent = how === 'copied' ? 'Copied' : 'Link selected';
        setTimeout(() => (copyLink.textContent = 'Copy link'), 2000);
      }),
    );
    const citeButton = doc.createElement('button');
    citeButton.type = 'button';
    citeButton.textContent = 'Cite';
    citeButton.setAttribute('aria-label', `Cite paragraph ${number}`);
    citeButton.addEventListener('click', () => {
      const passage = passageNow();
      if (passage?.paragraph === number) citePassage(passage);
      else {
        if (picker) picker.value = number;
        show(number);
      }
      panel.open = true;
      panel.scrollIntoView({ block: 'start' });
      (picker ?? panel.querySelector('summary'))?.focus();
    });
    tools.append(copyLink, citeButton);
    mark.after(tools);
  }
  paragraphKeys(root, marks, 'Up and down arrows: the other paragraphs. Right arrow: Copy link and Cite.');
}

/** Copies text with the Clipboard API; where that is refused, selects it for the reader to copy. */
async function copy(doc: Document, text: string, element?: HTMLElement): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (!element) {
      const field = doc.createElement('input');
      field.value = text;
      field.readOnly = true;
      field.className = 'ed-copy__fallback';
      doc.body.append(field);
      field.select();
      setTimeout(() => field.remove(), 8000);
      return 'selected';
    }
    const range = doc.createRange();
    range.selectNodeContents(element);
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(range);
    return 'selected';
  }
}
