import stylesheet from '../styles/annotations.css?url';
import { anchor, createAnnotation, describe, paragraphOf, withNote, type Annotation } from '../annotations/model';
import { allAnnotations, deleteAnnotations, saveAnnotations } from '../annotations/store';
import { actionButton } from './action-button';

/** What in a paragraph is not the author's words: note references, and anything a script adds. */
const APPARATUS = '.ed-noteref, .ed-para__tools';
/** The name of the highlight the stylesheet paints (`::highlight(ed-reader)`). */
const HIGHLIGHT = 'ed-reader';

/** A paragraph's author's text and the text nodes it is made of, each with its offset in it. */
interface ParagraphText {
  element: HTMLElement;
  /** The paragraph's permalink, `https://…/v/#p9`, whatever page shows it. */
  source: string;
  text: string;
  nodes: { node: Text; start: number }[];
}

/** The author's text of a paragraph, as a reader sees it: note references left out. */
export function paragraphText(element: HTMLElement, source: string): ParagraphText {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(APPARATUS) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: ParagraphText['nodes'] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push({ node, start: text.length });
    text += node.data;
  }
  return { element, source, text, nodes };
}

/** The offset in the paragraph's text of a boundary point (`container`, `offset`) in or around it. */
function offsetOf(paragraph: ParagraphText, container: Node, offset: number): number {
  const point = paragraph.element.ownerDocument.createRange();
  point.setStart(container, offset);
  for (const { node, start } of paragraph.nodes) {
    if (node === container) return start + offset;
    if (point.comparePoint(node, 0) >= 0) return start;
  }
  return paragraph.text.length;
}

/** A DOM range over characters `start`…`end` of the paragraph's text. */
function rangeOf(paragraph: ParagraphText, start: number, end: number): Range {
  const range = paragraph.element.ownerDocument.createRange();
  const at = (offset: number, isEnd: boolean): [Node, number] => {
    const hit = paragraph.nodes.find(({ node, start: from }) => (isEnd ? offset <= from + node.length : offset < from + node.length)) ?? paragraph.nodes.at(-1);
    return hit ? [hit.node, Math.min(hit.node.length, Math.max(0, offset - hit.start))] : [paragraph.element, 0];
  };
  range.setStart(...at(start, false));
  range.setEnd(...at(end, true));
  return range;
}

/** An annotation as drawn on this page: its words (null when orphaned) and its note in the margin. */
interface Drawn {
  annotation: Annotation;
  paragraph: ParagraphText;
  range: Range | null;
  note?: HTMLElement;
}

/**
 * The reader's own highlights and notes on a page of the essay (a section, /essay/): selecting words
 * in a paragraph offers Highlight, Note and Cite; highlights are painted with the CSS Custom
 * Highlight API, which leaves the author's text in the DOM as it is; notes stand in the margin with
 * the edition's. Each is anchored again by its quote on every load; one whose words are gone is
 * shown as orphaned beside its paragraph, with its quote. Stored in IndexedDB only.
 */
export async function annotate(doc: Document): Promise<void> {
  const view = doc.defaultView as Window;
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? view.location.href;
  const paragraphs = new Map<string, HTMLElement>();
  for (const element of doc.querySelectorAll<HTMLElement>('p.ed-para')) {
    const mark = element.previousElementSibling?.querySelector<HTMLAnchorElement>('a.ed-para__mark');
    if (mark) paragraphs.set(new URL(mark.getAttribute('href') ?? '', canonical).href, element);
  }
  const texts = new Map<string, ParagraphText>();
  const textOf = (source: string) => {
    const element = paragraphs.get(source);
    if (!element) return undefined;
    if (!texts.has(source)) texts.set(source, paragraphText(element, source));
    return texts.get(source);
  };
  const paragraphAt = (node: Node | null) => {
    const element = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('p.ed-para');
    const source = [...paragraphs].find(([, p]) => p === element)?.[0];
    return source ? textOf(source) : undefined;
  };

  // The stylesheet comes with the code: a page without annotations never loads it.
  if (![...doc.styleSheets].some((sheet) => sheet.href?.endsWith(stylesheet))) {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    const loaded = new Promise((done) => (link.onload = link.onerror = done));
    doc.head.append(link);
    await loaded;
  }

  // The breakpoint the stylesheet declares (--ed-wide), read here rather than through ./breakpoint, which the
  // bundler would then split out of the first-load script into a request of its own.
  const breakpoint = view.getComputedStyle(doc.documentElement).getPropertyValue('--ed-wide').trim();
  const wide = view.matchMedia(breakpoint ? `(min-width: ${breakpoint})` : 'not all');
  const highlight = 'highlights' in CSS ? new Highlight() : null;
  if (highlight) CSS.highlights.set(HIGHLIGHT, highlight);
  const drawn = new Map<string, Drawn>();

  const status = doc.createElement('p');
  status.className = 'ed-visually-hidden';
  status.setAttribute('role', 'status');
  doc.body.append(status);
  const announce = (message: string) => (status.textContent = message);

  // ---- Notes in the margin ----
  const placeNote = (entry: Drawn) => {
    const note = entry.note;
    if (!note) return;
    const rect = (entry.range ?? entry.paragraph.element).getClientRects()[0] ?? entry.paragraph.element.getBoundingClientRect();
    note.style.setProperty('--ed-line', `${rect.top + view.scrollY}px`);
  };
  const marginOf = (paragraph: HTMLElement) => {
    const next = paragraph.nextElementSibling;
    if (next instanceof HTMLElement && next.matches('.ed-margin')) return next;
    const margin = doc.createElement('div');
    margin.className = 'ed-margin ed-margin--reader';
    paragraph.after(margin);
    return margin;
  };
  const renderNote = (entry: Drawn, editing = false) => {
    const { annotation, range, paragraph } = entry;
    const orphan = range === null;
    if (annotation.body === undefined && !orphan) {
      entry.note?.remove();
      entry.note = undefined;
      return;
    }
    const note = entry.note ?? doc.createElement('aside');
    note.className = 'ed-reader-note';
    note.dataset.annotation = annotation.id;
    note.toggleAttribute('data-orphan', orphan);
    note.setAttribute('aria-label', orphan ? 'Your annotation, whose words are no longer in this paragraph' : 'Your note');
    note.replaceChildren();
    const label = doc.createElement('span');
    label.className = 'ed-reader-note__label';
    label.textContent = orphan ? 'Your annotation: words not found' : 'Your note';
    note.append(label);
    const quote = annotation.target.selector[0].exact;
    if (orphan) {
      const words = doc.createElement('q');
      words.className = 'ed-reader-note__quote';
      words.textContent = quote;
      note.append(' ', words);
    }
    if (editing) {
      const field = doc.createElement('textarea');
      field.className = 'ed-reader-note__field';
      field.value = annotation.body?.value ?? '';
      field.rows = 3;
      field.setAttribute('aria-label', `Your note on “${quote}”`);
      const save = button('Save', `Save your note on “${quote}”`, async () => {
        const value = field.value.trim();
        const next: Annotation = value ? withNote(annotation, value, new Date()) : { ...annotation, motivation: 'highlighting', modified: new Date().toISOString() };
        if (!value) delete next.body;
        await saveAnnotations([next]);
        entry.annotation = next;
        renderNote(entry);
        focusNote(entry);
        announce(value ? 'Note saved.' : 'Note removed; the words stay highlighted.');
      });
      const cancel = button('Cancel', 'Cancel editing', () => {
        renderNote(entry);
        focusNote(entry);
      });
      field.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') cancel.click();
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save.click();
      });
      note.append(field, actions(save, cancel));
    } else {
      if (annotation.body?.value) {
        const text = doc.createElement('span');
        text.className = 'ed-reader-note__text';
        text.textContent = annotation.body.value;
        note.append(' ', text);
      }
      const edit = button(orphan ? 'Edit note' : 'Edit', `Edit your note on “${quote}”`, () => {
        renderNote(entry, true);
        note.querySelector('textarea')?.focus();
      });
      note.append(actions(edit, button('Delete', `Delete your ${annotation.body ? 'note' : 'highlight'} on “${quote}”`, () => void remove(entry))));
    }
    if (!entry.note) {
      entry.note = note;
      insertNote(entry);
    }
    placeNote(entry);
    syncOpen(entry);
  };
  const focusNote = (entry: Drawn) => entry.note?.querySelector<HTMLButtonElement>('button')?.focus();
  const actions = (...buttons: HTMLButtonElement[]) => {
    const box = doc.createElement('span');
    box.className = 'ed-reader-note__actions';
    box.append(...buttons);
    return box;
  };
  const button = (text: string, label: string, action: () => void | Promise<void>) => actionButton(doc, text, label, action);
  let notes = 0;
  // In the paragraph's margin box, in the order of the words: before the first note whose reference comes later.
  const insertNote = (entry: Drawn) => {
    const note = entry.note as HTMLElement;
    const margin = marginOf(entry.paragraph.element);
    const start = entry.range ?? doc.createRange();
    if (!entry.range) start.setStart(entry.paragraph.element, 0);
    const later = [...margin.children].find((child) => {
      if (child.matches('.ed-reader-note')) {
        const other = drawn.get((child as HTMLElement).dataset.annotation ?? '');
        return other?.range ? other.range.compareBoundaryPoints(Range.START_TO_START, start) > 0 : false;
      }
      const reference = child.id ? doc.querySelector(`a.ed-noteref[href="#${child.id}"]`) : null;
      return reference ? start.comparePoint(reference, 0) > 0 : false;
    });
    const toggle = doc.createElement('button');
    toggle.type = 'button';
    toggle.className = 'ed-reader-note__toggle';
    toggle.textContent = 'Your note';
    toggle.setAttribute('aria-label', `Your note on “${entry.annotation.target.selector[0].exact}”`);
    toggle.addEventListener('click', () => openNote(entry));
    // A later reader's note has its button just before it: both go before that button.
    const before = later?.previousElementSibling?.matches('.ed-reader-note__toggle') ? later.previousElementSibling : later;
    note.id = `ed-reader-note-${++notes}`;
    toggle.setAttribute('aria-controls', note.id);
    margin.insertBefore(toggle, before ?? null);
    margin.insertBefore(note, before ?? null);
  };
  // Phones: a note opens after its paragraph when its words or its button are tapped, like the edition's notes.
  const syncOpen = (entry: Drawn) => {
    const toggle = entry.note?.previousElementSibling;
    if (toggle?.matches('.ed-reader-note__toggle')) toggle.setAttribute('aria-expanded', String(wide.matches || entry.note?.hasAttribute('data-open')));
  };
  const openNote = (entry: Drawn, open = !entry.note?.hasAttribute('data-open')) => {
    entry.note?.toggleAttribute('data-open', open);
    syncOpen(entry);
  };
  const replaceAll = () => {
    for (const entry of drawn.values()) {
      placeNote(entry);
      syncOpen(entry);
    }
  };
  view.addEventListener('resize', replaceAll);
  wide.addEventListener('change', replaceAll);
  void doc.fonts?.ready.then(replaceAll);

  // ---- Drawing ----
  const draw = (annotation: Annotation) => {
    const paragraph = textOf(annotation.target.source) ?? lastParagraphOf(annotation.target.source);
    if (!paragraph) return;
    const at = textOf(annotation.target.source) ? anchor(paragraph.text, annotation.target.selector) : null;
    const range = at ? rangeOf(paragraph, at.start, at.end) : null;
    const entry: Drawn = { annotation, paragraph, range };
    drawn.set(annotation.id, entry);
    if (range) highlight?.add(range);
    renderNote(entry);
  };
  // A paragraph the page no longer has: its annotation stands, orphaned, beside the section's last paragraph.
  const lastParagraphOf = (source: string) => {
    const path = paragraphOf(source)?.path;
    const last = [...paragraphs.keys()].filter((key) => paragraphOf(key)?.path === path).at(-1);
    return last ? textOf(last) : undefined;
  };
  const remove = async (entry: Drawn) => {
    await deleteAnnotations([entry.annotation.id]);
    if (entry.range) highlight?.delete(entry.range);
    const toggle = entry.note?.previousElementSibling;
    if (toggle?.matches('.ed-reader-note__toggle')) toggle.remove();
    const next = entry.note?.nextElementSibling?.querySelector('button') ?? entry.note?.parentElement?.previousElementSibling?.querySelector('a');
    entry.note?.remove();
    drawn.delete(entry.annotation.id);
    if (next instanceof HTMLElement) next.focus();
    announce(entry.annotation.body ? 'Note deleted.' : 'Highlight deleted.');
  };

  const here = new Set(paragraphs.keys());
  const sections = new Set([...here].map((source) => paragraphOf(source)?.path));
  for (const annotation of await allAnnotations()) if (sections.has(paragraphOf(annotation.target.source)?.path)) draw(annotation);

  // ---- The offer beside a selection ----
  const bar = doc.createElement('div');
  bar.className = 'ed-annotate';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Your annotations');
  bar.hidden = true;
  const citeLink = doc.createElement('a');
  citeLink.textContent = 'Cite';
  const kept = doc.createElement('p');
  kept.className = 'ed-annotate__kept';
  kept.innerHTML = 'Your annotations stay in this browser. <a href="/annotations/">My annotations</a>';
  let current: { paragraph: ParagraphText; start: number; end: number; over?: Drawn } | null = null;
  const highlightButton = button('Highlight', 'Highlight', () => void make());
  const noteButton = button('Note', 'Note', () => void make(true));
  bar.append(highlightButton, noteButton, citeLink, kept);
  // Cite goes on in the section's Cite panel (src/scripts/cite-intent.ts quotes the selected words) or its citation page.
  citeLink.addEventListener('click', () => setTimeout(hideBar));
  // A press must not collapse the selection it acts on.
  bar.addEventListener('mousedown', (event) => (event.target as Element).closest('button') && event.preventDefault());

  const make = async (withNoteField = false) => {
    // The words selected now: the offer may have been reached before the last change of the selection was read.
    if (doc.getSelection()?.isCollapsed === false) onSelection(true);
    if (!current) return;
    const { paragraph, start, end, over } = current;
    hideBar();
    doc.getSelection()?.removeAllRanges();
    if (over && !withNoteField) {
      await remove(over);
      return;
    }
    if (over) {
      renderNote(over, true);
      openNote(over, true);
      over.note?.querySelector('textarea')?.focus();
      return;
    }
    const annotation = createAnnotation(paragraph.source, describe(paragraph.text, start, end), `urn:uuid:${crypto.randomUUID()}`, new Date(), withNoteField ? '' : undefined);
    await saveAnnotations([annotation]);
    draw(annotation);
    const entry = drawn.get(annotation.id);
    if (withNoteField && entry) {
      renderNote(entry, true);
      openNote(entry, true);
      entry.note?.querySelector('textarea')?.focus();
    } else announce('Highlighted. Your annotations stay in this browser.');
  };

  const hideBar = () => {
    bar.hidden = true;
    current = null;
  };
  const showBar = () => {
    if (!current) return;
    const { paragraph, over } = current;
    highlightButton.textContent = over ? (over.annotation.body ? 'Delete note and highlight' : 'Remove highlight') : 'Highlight';
    noteButton.textContent = over?.annotation.body ? 'Edit note' : 'Note';
    const number = paragraphOf(paragraph.source)?.paragraph;
    const onSectionPage = doc.querySelector('details#cite');
    citeLink.href = onSectionPage ? '#cite' : `${new URL(paragraph.source).pathname}cite/?paragraph=${number}`;
    citeLink.setAttribute('aria-label', `Cite paragraph ${number}`);
    // After the paragraph (and its margin box) in the page's order, so that Tab reaches it from the words.
    const after = paragraph.element.nextElementSibling?.matches('.ed-margin') ? paragraph.element.nextElementSibling : paragraph.element;
    if (after.nextElementSibling !== bar) after.after(bar);
    bar.hidden = false;
    // Wide screens: in the margin beside the first line of the words, over the notes for a moment, never over the
    // text (the paragraph and its ¶ tools stay free to point at). Phones: below the words, clear of the system's
    // own selection menu above them.
    const rects = doc.getSelection()?.rangeCount ? [...(doc.getSelection()?.getRangeAt(0).getClientRects() ?? [])] : [];
    const words = paragraph.element.getBoundingClientRect();
    const first = rects[0] ?? words;
    const last = rects.at(-1) ?? first;
    const gap = Number.parseFloat(view.getComputedStyle(paragraph.element.parentElement as Element).columnGap) || 0;
    bar.toggleAttribute('data-margin', wide.matches);
    bar.style.setProperty('--ed-bar-top', `${(wide.matches ? first.top : last.bottom) + view.scrollY}px`);
    const left = wide.matches ? words.right + gap : last.left;
    bar.style.setProperty('--ed-bar-left', `${Math.max(8, Math.min(left + view.scrollX, view.innerWidth - bar.offsetWidth - 8))}px`);
  };

  let pending = 0;
  let tabbing = false;
  doc.addEventListener('keydown', (event) => (tabbing = event.key === 'Tab'), true);
  doc.addEventListener('pointerdown', () => (tabbing = false), true);
  const onSelection = (fromBar = false) => {
    if (bar.contains(doc.activeElement) && !fromBar) return;
    const selection = doc.getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
    const paragraph = range ? paragraphAt(range.startContainer) : undefined;
    if (!range || !paragraph) return tabbing ? undefined : hideBar();
    let start = offsetOf(paragraph, range.startContainer, range.startOffset);
    let end = paragraph.element.contains(range.endContainer) ? offsetOf(paragraph, range.endContainer, range.endOffset) : paragraph.text.length;
    // A double click takes the space after a word too: the words only.
    while (start < end && /\s/.test(paragraph.text[start])) start += 1;
    while (end > start && /\s/.test(paragraph.text[end - 1])) end -= 1;
    const over = [...drawn.values()].find((entry) => {
      if (!entry.range || entry.paragraph !== paragraph) return false;
      const at = anchor(paragraph.text, entry.annotation.target.selector);
      return at !== null && at.start <= end && start <= at.end && (start < end || (at.start <= start && start < at.end));
    });
    // Tabbing from the words to the offer moves focus through the paragraph's links, which drops the selection: the offer stays.
    if (start === end && !over) return tabbing ? undefined : hideBar();
    // A tap on highlighted words opens their note on a phone.
    if (start === end && over && !wide.matches && over.note) openNote(over, true);
    current = { paragraph, start: over && start === end ? 0 : start, end, over };
    showBar();
  };
  doc.addEventListener('selectionchange', () => {
    clearTimeout(pending);
    pending = view.setTimeout(() => onSelection(), 120);
  });
  doc.addEventListener('keydown', (event) => {
    // Words selected with the keyboard (caret browsing, Shift+arrows) leave focus where it was, often the page's
    // top: the next Tab goes to the offer for those words, not back to the site's header.
    const active = doc.activeElement;
    const fromWords = !active || active === doc.body || (current !== null && current.paragraph.element.contains(active));
    if (event.key === 'Tab' && !event.shiftKey && !bar.hidden && fromWords && doc.getSelection()?.isCollapsed === false) {
      event.preventDefault();
      clearTimeout(pending);
      onSelection();
      highlightButton.focus();
      return;
    }
    if (event.key === 'Escape' && !bar.hidden) {
      hideBar();
      // Back to the page just before the offer: the paragraph's margin, or its ¶ mark.
      if (bar.contains(doc.activeElement)) (bar.previousElementSibling?.querySelector<HTMLElement>('button, a') ?? bar.previousElementSibling?.previousElementSibling?.querySelector<HTMLElement>('a'))?.focus();
    }
  });
  bar.addEventListener('focusout', (event) => {
    if (!bar.contains(event.relatedTarget as Node | null) && doc.getSelection()?.isCollapsed) hideBar();
  });
  // The selection that loaded this code.
  onSelection();
}
