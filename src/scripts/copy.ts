/** Copies text with the Clipboard API; where that is refused, selects it for the reader to copy ({@link selectToCopy}). */
export async function copy(doc: Document, text: string, element?: HTMLElement): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    selectToCopy(doc, text, element);
    return 'selected';
  }
}

/** Selects `element`, which shows `text`; without one, puts `text` in a field for a while and selects it. */
export function selectToCopy(doc: Document, text: string, element?: HTMLElement): void {
  const selection = doc.getSelection();
  if (element) {
    selection?.selectAllChildren(element);
    return;
  }
  const field = doc.createElement('input');
  field.value = text;
  field.readOnly = true;
  field.className = 'ed-copy__fallback';
  doc.body.append(field);
  field.select();
  setTimeout(() => field.remove(), 8000);
}
