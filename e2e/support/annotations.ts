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
  await page.evaluate(
    ([annotations, paths]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('edition-annotations', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('annotations', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('annotations', 'readwrite');
          const store = transaction.objectStore('annotations');
          store.clear();
          for (const annotation of annotations as object[]) store.put(annotation);
          transaction.oncomplete = () => {
            open.result.close();
            localStorage.setItem('ed-annotated', paths as string);
            resolve();
          };
        };
      }),
    [annotations, paths] as const,
  );
}
