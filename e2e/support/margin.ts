/**
 * Where the margin notes stand, measured in the page, and what a reader would call wrong with it. One
 * function, {@link measureMargin}, is evaluated in every engine (Playwright's Chromium, Firefox through
 * puppeteer-core), so both are held to the same measure; {@link marginFaults} judges its report in Node.
 */

/** One note in the margin, in page coordinates (CSS px). */
export interface MeasuredNote {
  /** The note's mark as printed: `4`, `h`. */
  mark: string;
  /** The note's top (border box) and bottom. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The top of the line box that holds its reference. */
  refLineTop: number;
  /** That paragraph's line height. */
  lineHeight: number;
  /** Whether the note is shown at all. */
  shown: boolean;
  /** A reader's own note (src/scripts/annotate.ts): its "reference" is the line its highlighted words start on. */
  reader?: boolean;
}

/** Two consecutive paragraphs and the space between them. */
export interface MeasuredGap {
  /** `v-p5 → v-p6` */
  between: string;
  /** The space between the first's bottom and the second's top. */
  gap: number;
  /** The space their margins give when nothing else pushes them apart. */
  normal: number;
}

/** A box the notes must keep clear of. */
export interface MeasuredBox {
  what: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Everything {@link marginFaults} needs, from one page at one width. */
export interface MarginReport {
  notes: MeasuredNote[];
  gaps: MeasuredGap[];
  /** The text (every block of the essay's columns) and what follows the essay (Cite box, pager, site footer). */
  obstacles: MeasuredBox[];
  /** The page's width: no note may run past it. */
  pageWidth: number;
  /** How many note references the essay's text holds: each must have its note measured. */
  refs: number;
}

/**
 * Measures every note of the page in one pass, once its fonts are in. Runs in the browser: it must
 * not close over anything (it is sent to the page as source text).
 */
export async function measureMargin(): Promise<MarginReport> {
  await document.fonts.ready;
  const y = window.scrollY;
  const x = window.scrollX;
  const box = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top + y, bottom: rect.bottom + y, left: rect.left + x, right: rect.right + x };
  };
  const px = (value: string) => Number.parseFloat(value) || 0;
  // The block that holds an inline element: its lines are the lines the reference stands on.
  const blockOf = (element: Element): Element => {
    let current: Element | null = element.parentElement;
    while (current && getComputedStyle(current).display.startsWith('inline')) current = current.parentElement;
    return current ?? element;
  };

  const authorNotes = [...document.querySelectorAll<HTMLElement>('.ed-prose aside.ed-sidenote')].map((note): [Element, MeasuredNote] => {
    const ref = document.querySelector(`a.ed-noteref[href="#${CSS.escape(note.id)}"]`);
    if (!ref) throw new Error(`no reference links to #${note.id}`);
    const block = blockOf(ref);
    const style = getComputedStyle(block);
    const lineHeight = px(style.lineHeight);
    const contentTop = box(block).top + px(style.borderTopWidth) + px(style.paddingTop);
    // Every line of a paragraph is one line-height tall (a reference never stretches its line), so the
    // reference's line is the one its middle falls in.
    const refBox = box(ref);
    const line = Math.floor(((refBox.top + refBox.bottom) / 2 - contentTop) / lineHeight);
    const mark = note.querySelector('.ed-sidenote__mark [aria-hidden="true"]')?.textContent?.trim() ?? note.id;
    return [note, { mark, ...box(note), refLineTop: contentTop + line * lineHeight, lineHeight, shown: note.getClientRects().length > 0 }];
  });
  // A reader's note stands on the line where its words (a range of the Custom Highlight API, named by the note's
  // button) begin; an orphan, whose words are gone, on its paragraph's first line.
  const highlights = [...((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('ed-reader') ?? [])];
  const readerNotes = [...document.querySelectorAll<HTMLElement>('.ed-prose aside.ed-reader-note')].map((note): [Element, MeasuredNote] => {
    const paragraph = note.parentElement?.previousElementSibling as Element;
    const quote = /“(.*)”$/s.exec(document.querySelector(`[aria-controls="${note.id}"]`)?.getAttribute('aria-label') ?? '')?.[1] ?? '';
    const words = note.hasAttribute('data-orphan') ? undefined : highlights.find((range) => range.toString() === quote && paragraph.contains(range.startContainer));
    const style = getComputedStyle(paragraph);
    const lineHeight = px(style.lineHeight);
    const contentTop = box(paragraph).top + px(style.borderTopWidth) + px(style.paddingTop);
    const first = words ? [...words.getClientRects()].find((rect) => rect.width > 0) : undefined;
    const line = first ? Math.floor(((first.top + first.bottom) / 2 + y - contentTop) / lineHeight) : 0;
    return [note, { mark: `reader “${quote}”`, ...box(note), refLineTop: contentTop + line * lineHeight, lineHeight, shown: note.getClientRects().length > 0, reader: true }];
  });
  // In the page's order, which is the order notes stack in.
  const notes = [...authorNotes, ...readerNotes].sort(([a], [b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)).map(([, note]) => note);

  const gaps: MeasuredGap[] = [];
  for (const prose of document.querySelectorAll('.ed-prose')) {
    const blocks = [...prose.children].filter((child) => !child.matches('.ed-margin, .ed-para__aside'));
    const grid = getComputedStyle(prose).display.includes('grid');
    for (let index = 1; index < blocks.length; index++) {
      const [first, second] = [blocks[index - 1], blocks[index]];
      if (!first.matches('p.ed-para') || !second.matches('p.ed-para')) continue;
      const end = px(getComputedStyle(first).marginBottom);
      const start = px(getComputedStyle(second).marginTop);
      // Margins add up between grid items and collapse between blocks.
      gaps.push({ between: `${first.id} → ${second.id}`, gap: box(second).top - box(first).bottom, normal: grid ? end + start : Math.max(end, start) });
    }
  }

  const obstacles: MeasuredBox[] = [];
  for (const prose of document.querySelectorAll('.ed-prose')) {
    for (const child of prose.children) {
      if (child.matches('.ed-margin, .ed-para__aside')) continue;
      obstacles.push({ what: `text ${child.id || child.tagName.toLowerCase()}`, ...box(child) });
    }
  }
  for (const after of document.querySelectorAll('.ed-section__footer > *, body > footer')) {
    obstacles.push({ what: after.matches('footer') ? 'site footer' : `after the essay: .${after.classList[0] ?? after.tagName.toLowerCase()}`, ...box(after) });
  }

  return { notes, gaps, obstacles, pageWidth: document.documentElement.scrollWidth, refs: document.querySelectorAll('.ed-prose a.ed-noteref').length };
}

/** How far a note may stand below its reference's line and still be on it: half a line. */
const ON_LINE = 0.5;
/** The stacking gap between a note and the note above it, in lines of text: at least a quarter, at most one. */
const MIN_GAP = 0.25;
const MAX_GAP = 1;
/** Rounding between engines and sub-pixel layout. */
const SLACK = 1;

/** The offsets, note by note: `a −356`. */
export function offsets(report: MarginReport): string {
  return report.notes.map((note) => `${note.mark} ${Math.round(note.top - note.refLineTop)}`).join(', ');
}

/** The gaps that differ from the page's normal gap, with the difference: `v-p5 → v-p6 +66`. */
export function gapDeviations(report: MarginReport): string[] {
  return report.gaps.filter((g) => Math.abs(g.gap - g.normal) > SLACK).map((g) => `${g.between} ${g.gap > g.normal ? '+' : ''}${Math.round(g.gap - g.normal)}`);
}

/**
 * What a reader would see wrong, one line each; empty when the margin is right. A note's top stands on
 * its reference's line (at most half a line below its top, never above), or, when the note above is in
 * the way, the stacking gap below that note and no lower; the stacking gap is one and the same on the
 * page. No note overlaps another note, the text or what follows the essay, nor runs off the page;
 * paragraph gaps are all the normal gap.
 */
export function marginFaults(report: MarginReport): string[] {
  const faults: string[] = [];
  const { notes } = report;
  const authors = notes.filter((note) => !note.reader).length;
  if (authors !== report.refs) faults.push(`${report.refs} note references but ${authors} notes measured`);
  const pushedGaps: number[] = [];
  notes.forEach((note, index) => {
    const name = `note ${note.mark}`;
    if (!note.shown) {
      faults.push(`${name} is not shown`);
      return;
    }
    const offset = note.top - note.refLineTop;
    // The note above is the one before it in reading order.
    const above = notes[index - 1];
    const gapAbove = above ? note.top - above.bottom : Number.POSITIVE_INFINITY;
    if (offset < -SLACK) faults.push(`${name} starts ${Math.round(-offset)} px above its reference's line`);
    else if (offset > note.lineHeight * ON_LINE + SLACK) {
      // Below its line: only the note above may have pushed it there, and then to just below it.
      if (!above || gapAbove > note.lineHeight * MAX_GAP + SLACK) faults.push(`${name} starts ${Math.round(offset)} px below its reference's line (more than half a line, ${Math.round(note.lineHeight / 2)} px)`);
      else pushedGaps.push(gapAbove);
    }
    if (above && gapAbove < note.lineHeight * MIN_GAP - SLACK) faults.push(`${name} is ${Math.round(gapAbove)} px below note ${above.mark} (overlapping or crowded: at least ${Math.round(note.lineHeight * MIN_GAP)} px)`);
    for (const other of notes.slice(0, index)) {
      if (other !== above && intersect(note, other)) faults.push(`${name} overlaps note ${other.mark}`);
    }
    for (const other of report.obstacles) {
      if (intersect(note, other)) faults.push(`${name} overlaps ${other.what} (${describe(note)} against ${describe(other)})`);
    }
    if (note.right > report.pageWidth + SLACK) faults.push(`${name} runs ${Math.round(note.right - report.pageWidth)} px off the page`);
  });
  // Notes pushed down by the note above all keep one and the same gap below it.
  if (pushedGaps.length > 1 && Math.max(...pushedGaps) - Math.min(...pushedGaps) > SLACK) {
    faults.push(`notes pushed down by the note above sit at uneven gaps below it: ${pushedGaps.map(Math.round).join(', ')} px`);
  }
  for (const deviation of gapDeviations(report)) faults.push(`paragraph gap ${deviation} px from the normal gap`);
  return faults;
}

function intersect(a: MeasuredBox | MeasuredNote, b: MeasuredBox | MeasuredNote): boolean {
  return Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK && Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK;
}

function describe(b: MeasuredBox | MeasuredNote): string {
  return `${Math.round(b.left)}–${Math.round(b.right)} × ${Math.round(b.top)}–${Math.round(b.bottom)}`;
}
