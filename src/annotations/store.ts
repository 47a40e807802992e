import { paragraphOf, type Annotation } from './model';

/**
 * The reader's annotations, kept in this browser's IndexedDB and nowhere else. Beside them a
 * localStorage key lists the sections that have some (`/i/ /v/`), so that a page can tell, without
 * loading any of this, whether it must draw them (src/scripts/annotate-intent.ts).
 */
export const ANNOTATED_KEY = 'ed-annotated';
const DB = 'edition-annotations';
const STORE = 'annotations';

let opened: Promise<IDBDatabase> | undefined;
const open = () =>
  (opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }));

/** Runs `work` in one transaction and resolves once it is committed. */
async function inStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request ? request.result : undefined);
    transaction.onerror = transaction.onabort = () => reject(transaction.error);
  });
}

/** Every annotation the reader has kept. */
export const allAnnotations = async (): Promise<Annotation[]> => (await inStore('readonly', (store) => store.getAll() as IDBRequest<Annotation[]>)) ?? [];

/** Keeps the list of annotated sections in step with the store. */
async function flag(): Promise<void> {
  const paths = new Set((await allAnnotations()).map((a) => paragraphOf(a.target.source)?.path).filter(Boolean));
  try {
    if (paths.size) localStorage.setItem(ANNOTATED_KEY, [...paths].join(' '));
    else localStorage.removeItem(ANNOTATED_KEY);
  } catch {
    // Storage refused (a private window's quota): pages then draw annotations on the first selection only.
  }
}

/** Adds or replaces annotations (by id), all or none. */
export async function saveAnnotations(annotations: Annotation[]): Promise<void> {
  await inStore('readwrite', (store) => void annotations.forEach((a) => store.put(a)));
  await flag();
}

/** Deletes annotations by id, all or none. */
export async function deleteAnnotations(ids: string[]): Promise<void> {
  await inStore('readwrite', (store) => void ids.forEach((id) => store.delete(id)));
  await flag();
}
