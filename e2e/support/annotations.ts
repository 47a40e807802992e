import type { Page } from '@playwright/test';

/** Selects `words` in the paragraph `#id` (as a mouse drag or Shift+arrows would): the first occurrence, within one text node. */
export async function selectWords(page: Page, id: string, words: string): Promise<void> {
  await page.evaluate(
    ([id, words]) => {
      const paragraph = document.getElementById(id) as HTMLElement;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return;
      }
      throw new Error(`“${words}” is not in one text node of #${id}`);
    },
    [id, words],
  );
}

/** The words the reader's highlights cover on the page, as the Custom Highlight API holds them. */
export function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((CSS.highlights.get('ed-reader') as Highlight | undefined)?.values() ?? [])].map((range) => (range as Range).toString()).sort());
}

/** The annotations this browser keeps (IndexedDB), as stored. */
export function stored(page: Page): Promise<{ id: string; body?: { value: string }; target: { source: string; selector: [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }] } }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('edition-annotations', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('annotations', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
}

/** Replaces what this browser keeps with `annotations` (a fixture: an annotation made on an earlier text). */
export async function storeDirectly(page: Page, annotations: unknown[], paths: string): Promise<void> {
  await page.evaluate(putAnnotations, [annotations, paths] as [unknown[], string]);
}

/**
 * Puts `annotations` in this browser's store and marks `paths` as annotated, in any engine: it runs in the
 * page and closes over nothing (Playwright's and puppeteer's `page.evaluate(putAnnotations, [annotations, paths])`).
 */
export function putAnnotations([annotations, paths]: [unknown[], string]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('edition-annotations', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('annotations', { keyPath: 'id' });
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const transaction = open.result.transaction('annotations', 'readwrite');
      const store = transaction.objectStore('annotations');
      store.clear();
      for (const annotation of annotations) store.put(annotation);
      transaction.oncomplete = () => {
        open.result.close();
        localStorage.setItem('ed-annotated', paths);
        resolve();
      };
    };
  });
}

/** A note of the reader's on `exact` in paragraph `paragraph` of Part V (found by its quote; the position is a hint). */
export const readerNote = (paragraph: number, exact: string, note: string) => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: `urn:uuid:${paragraph}-${exact.replace(/\W+/g, '-')}`,
  type: 'Annotation',
  motivation: 'commenting',
  created: '2026-12-01T00:00:00.000Z',
  modified: '2026-12-01T00:00:00.000Z',
  body: { type: 'TextualBody', value: note, format: 'text/plain', purpose: 'commenting' },
  target: { source: `http://localhost:4321/v/#p${paragraph}`, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: exact.length }] },
});

/** Reader's notes on Part V around the editors' and the author's notes: several on one paragraph, one beside a reference's line, an orphan. */
export const MARGIN_FIXTURE = [
  readerNote(9, 'harmed no one', 'First line of the paragraph, a note of several lines to push the ones below it down the margin.'),
  readerNote(9, 'Mikhail Kalinin', 'Second.'),
  readerNote(9, 'thousands of deaths', 'Just before the editors’ note k.'),
  readerNote(10, 'great mistakes', 'Beside the author’s note 5.'),
  readerNote(11, 'words that are not in the paragraph', 'An orphan.'),
];
