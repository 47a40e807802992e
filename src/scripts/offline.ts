/**
 * Registers the service worker that saves the edition for offline reading, once the page has
 * loaded (so saving never competes with the page itself). Readers who asked their browser to save
 * data (Save-Data) are not sent the whole edition. Where service workers are unavailable (or in
 * `astro dev`, which has no sw.js) the edition simply stays online-only.
 */
export function registerOffline(win: Window = window): void {
  if (!('serviceWorker' in win.navigator)) return;
  if ((win.navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  const register = () => void win.navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
