/**
 * A `<button type="button">` that shows `text` and runs `action` when pressed; `label`, when it says more
 * than the text ("Delete your note on “…”" for "Delete"), is its accessible name.
 */
export function actionButton(doc: Document, text: string, label: string, action: () => void | Promise<void>): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.textContent = text;
  if (label !== text) element.setAttribute('aria-label', label);
  element.addEventListener('click', () => void action());
  return element;
}
