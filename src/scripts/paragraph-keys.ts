/**
 * One Tab stop for every paragraph's ¶ link, Copy link and Cite (a roving tabindex, as in the ARIA
 * Authoring Practices' toolbar and grid patterns), so a keyboard reader tabs through the essay's own
 * links without three stops per paragraph. The stop is the ¶ link of the paragraph last used (the
 * first, or the one in the address); from it Up and Down arrows move to the other paragraphs' ¶
 * links, Right and Left to its Copy link and Cite buttons (where the page has them), Escape back to
 * the ¶ link. `keys` says so to the focused ¶ link's reader (its description). Screen readers in
 * browse mode meet every control in reading order, as before.
 */
export function paragraphKeys(root: HTMLElement, marks: HTMLAnchorElement[], keys: string): void {
  const doc = root.ownerDocument;
  if (marks.length === 0) return;
  const hint = doc.createElement('p');
  hint.id = 'para-keys';
  hint.hidden = true;
  hint.textContent = keys;
  root.append(hint);

  const controlsOf = (mark: HTMLAnchorElement) => [mark, ...(mark.nextElementSibling?.querySelectorAll<HTMLElement>('button') ?? [])];
  for (const mark of marks) for (const control of controlsOf(mark)) control.tabIndex = -1;
  let current = marks[0];
  const makeCurrent = (mark: HTMLAnchorElement) => {
    current.tabIndex = -1;
    current.removeAttribute('aria-describedby');
    current = mark;
    current.tabIndex = 0;
    current.setAttribute('aria-describedby', hint.id);
  };
  // A paragraph in the address (/v/#p9) holds the stop, so Shift+Tab from it reaches its ¶ link.
  const landed = () => marks.find((mark) => mark.hash === doc.defaultView?.location.hash);
  makeCurrent(landed() ?? marks[0]);
  doc.defaultView?.addEventListener('hashchange', () => {
    const mark = landed();
    if (mark) makeCurrent(mark);
  });

  for (const mark of marks) {
    const controls = controlsOf(mark);
    const index = marks.indexOf(mark);
    for (const control of controls) {
      control.addEventListener('focus', () => makeCurrent(mark));
      control.addEventListener('keydown', (event) => {
        if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
        // Buttons hidden on narrow screens are skipped: only what is shown can take focus.
        const shown = controls.filter((c) => c.getClientRects().length > 0);
        const at = shown.indexOf(control);
        const next: Record<string, HTMLElement | undefined> = {
          ArrowDown: marks[index + 1],
          ArrowUp: marks[index - 1],
          Home: control === mark ? marks[0] : undefined,
          End: control === mark ? marks.at(-1) : undefined,
          ArrowRight: shown[at + 1],
          ArrowLeft: shown[at - 1],
          Escape: control === mark ? undefined : mark,
        };
        if (!(event.key in next)) return;
        event.preventDefault();
        next[event.key]?.focus();
      });
    }
  }
}

