/**
 * Enhancements for citing: each paragraph's ¶ permalink gains "Copy link" and "Cite" buttons, the
 * Cite panel gains a paragraph picker and copy buttons. Without JavaScript the ¶ links are plain
 * permalinks and the panel shows the section's citations. The paragraph citations are the build's
 * CSL output with the paragraph number put in place of a placeholder.
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

  const show = (paragraph: string) => {
    for (const output of root.querySelectorAll<HTMLElement>('[data-cite]')) {
      const key = output.dataset.cite as string;
      const value = paragraph ? templates.paragraph[key].replaceAll(placeholder, paragraph) : templates.section[key];
      // The reference's HTML is the build's own citeproc output (italics); the rest is text.
      if (key.endsWith('-reference')) output.innerHTML = value;
      else output.textContent = value;
    }
    if (target) target.textContent = paragraph ? `Citing paragraph ${paragraph} (${sectionUrl}#p${paragraph}).` : 'Citing the section as a whole.';
  };

  // The header's "Cite this section" link opens the panel it points to.
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href="#cite"]')) link.addEventListener('click', () => (panel.open = true));

  if (picker) {
    picker.closest<HTMLElement>('[data-cite-picker]')?.removeAttribute('hidden');
    picker.addEventListener('change', () => show(picker.value));
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

  for (const mark of doc.querySelectorAll<HTMLAnchorElement>('a.ed-para__mark')) {
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
      if (picker) picker.value = number;
      show(number);
      panel.open = true;
      panel.scrollIntoView({ block: 'start' });
      (picker ?? panel.querySelector('summary'))?.focus();
    });
    tools.append(copyLink, citeButton);
    mark.after(tools);
  }
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
