/**
 * A search result's place as a link text that reads well aloud: "V ¶ 9" shows as it is and is heard as
 * "Part V, paragraph 9" (the ¶ sign is read as "pilcrow" or not at all); "Afterword ¶ 1" as
 * "Afterword, paragraph 1"; "V, editor’s note h" is heard as "Part V, editor’s note h". Other labels
 * are returned as they are.
 */
export function placeName(doc: Document, label: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const place = /^(.*?)(?: ¶ (\d+)|, ((?:editor’s )?note \w+))$/.exec(label);
  if (!place) {
    fragment.append(label);
    return fragment;
  }
  const [, section, number, note] = place;
  const spoken = doc.createElement('span');
  spoken.className = 'ed-visually-hidden';
  spoken.textContent = `${/^[IVXLC]+$/.test(section) ? 'Part ' : ''}${section}, ${number ? `paragraph ${number}` : note}`;
  const shown = doc.createElement('span');
  shown.setAttribute('aria-hidden', 'true');
  shown.textContent = label;
  // The shown text first: pointers (and tools that click a link's first box) land on it.
  fragment.append(shown, spoken);
  return fragment;
}
