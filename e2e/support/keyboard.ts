import type { Page } from '@playwright/test';

/** One element the Tab key stopped on. */
export interface TabStop {
  /** Tag and class, e.g. `a.ed-term`. */
  what: string;
  /** Its accessible name as far as the DOM tells (aria-label, else its text). */
  name: string;
}

/**
 * Presses Tab from the top of the page and records every stop, up to and including the first
 * element matching `last` (or `limit` stops). The first stop is whatever Tab reaches first.
 */
export async function tabStops(page: Page, last: string, limit = 400): Promise<TabStop[]> {
  const stops: TabStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((selector) => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const what = `${element.tagName.toLowerCase()}${element.className ? `.${[...element.classList].join('.')}` : ''}`;
      const name = (element.getAttribute('aria-label') ?? element.innerText ?? '').replace(/\s+/g, ' ').trim();
      return { what, name, last: element.matches(selector) };
    }, last);
    if (!stop) break;
    stops.push({ what: stop.what, name: stop.name });
    if (stop.last) break;
  }
  return stops;
}
