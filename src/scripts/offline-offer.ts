/** The offer's one action, for the loader that starts it (src/components/OfflineOffer.astro). */
export interface OfflineOffer {
  /** The reader pressed the offer's button: save the edition, or remove (or stop saving) the saved copy. */
  press(): void;
}

type State = 'unsaved' | 'saving' | 'saved';

/** What the offer says in each state: the button, and the words it is described by (the size follows). */
const WORDING: Record<State, [button: string, before: string, after: string]> = {
  unsaved: ['Save the edition for reading offline', ': every page and the search on this device, ', ' (compressed), kept up to date'],
  saving: ['Stop saving', ': the edition is being saved on this device, ', ' (compressed)'],
  saved: ['Remove the offline copy', ': the whole edition is saved on this device, ', ' (compressed), and kept up to date'],
};

/**
 * Saves the whole edition for reading offline when the reader asks, through the service worker
 * (src/offline/service-worker.js), with a progress bar and the outcome announced in the offer's
 * status region; the choice is remembered by the saved copy itself, which the reader can remove.
 */
export function enhanceOffer(offer: HTMLElement): OfflineOffer {
  const button = offer.querySelector('button') as HTMLButtonElement;
  const described = offer.querySelector('#offline-text') as HTMLElement;
  const size = described.querySelector('[data-offline-size]') as HTMLElement;
  const progress = offer.querySelector('progress') as HTMLProgressElement;
  const status = offer.querySelector('[role="status"]') as HTMLElement;
  const workers = navigator.serviceWorker;
  let state: State = 'unsaved';

  const show = (next: State, announce?: string) => {
    state = next;
    offer.dataset.offline = next;
    const [label, before, after] = WORDING[next];
    button.textContent = label;
    described.replaceChildren(before, size, after);
    progress.hidden = next !== 'saving';
    if (announce !== undefined) status.textContent = announce;
  };
  // Announced at each quarter, not at every file: a screen reader would read nothing else.
  let quarter = 0;
  const ask = async (message: 'save' | 'remove') => {
    await workers.register('/sw.js');
    (await workers.ready).active?.postMessage(message);
  };

  workers.addEventListener('message', (event: MessageEvent) => {
    const news = event.data?.offline;
    if (news === 'saved') show('saved', 'Saved: the edition reads offline on this device.');
    else if (news === 'removed') show('unsaved', 'The offline copy is removed.');
    else if (news === 'failed') show('unsaved', 'The edition could not be saved (is the connection down?). Try again later.');
    // Progress counts only for a save the reader started (here or in another tab): an update of a saved
    // copy goes quietly, and a file that lands just after "remove" must not bring the bar back.
    else if (news?.total && state === 'saving') {
      progress.max = news.total;
      progress.value = news.done;
      const reached = Math.floor((4 * news.done) / news.total);
      if (reached > quarter && reached < 4) status.textContent = `Saving for reading offline: ${25 * reached} %`;
      quarter = reached;
    }
  });

  // A copy is complete once its list (/offline.json) is stored; an unfinished one is a save to resume.
  // Looked up by name, not opened: opening a copy the worker has just deleted would create it again, empty.
  void (async () => {
    for (const key of await caches.keys()) {
      if (!key.startsWith('edition-saved-')) continue;
      if (await caches.match('/offline.json', { cacheName: key })) show('saved');
      else if (state === 'unsaved') {
        show('saving', 'Saving for reading offline, where it was left.');
        await ask('save');
      }
    }
  })();

  return {
    press() {
      if (state === 'unsaved') {
        quarter = 0;
        show('saving', 'Saving the edition for reading offline…');
        // Asks the browser not to clear the copy when space runs low (some browsers ask the reader).
        void navigator.storage?.persist?.();
        ask('save').catch(() => show('unsaved', 'The edition could not be saved in this browser.'));
      } else {
        ask('remove').catch(async () => {
          for (const key of await caches.keys()) if (key.startsWith('edition-saved-')) await caches.delete(key);
          show('unsaved', 'The offline copy is removed.');
        });
      }
    },
  };
}
