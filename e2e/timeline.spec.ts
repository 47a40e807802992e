import { expect, test, type Locator } from '@playwright/test';
import { APPARATUS_SELECTOR } from '../src/markup/contract';

/** A paragraph's words as printed: the apparatus (notes, tooltips, ¶ tools) removed, white space collapsed. */
function readerWords(paragraph: Locator): Promise<string> {
  return paragraph.evaluate((p, apparatus) => {
    const copy = p.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll(apparatus)) element.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ');
  }, APPARATUS_SELECTOR);
}

test.describe('the timeline', () => {
  test('lists at least 40 dated events in date order, grouped by period', async ({ page }) => {
    await page.goto('/timeline/');
    const periods = page.locator('section.ed-period');
    expect(await periods.count()).toBeGreaterThanOrEqual(4);
    const starts = await page.locator('.ed-event').evaluateAll((events) => events.map((event) => event.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(starts.length).toBeGreaterThanOrEqual(40);
    expect(starts.every((date) => /^\d{4}(-\d\d){0,2}$/.test(date))).toBe(true);
    // Date order: a year sorts before its months; compare padded to full dates.
    const full = starts.map((date) => date.padEnd(10, '-00'));
    const disorder = full.flatMap((date, index) => (index > 0 && date < full[index - 1] ? [`${full[index - 1]} > ${date}`] : []));
    expect(disorder).toEqual([]);
    expect(starts[0]).toMatch(/^1871/);
    expect(starts.at(-1)).toMatch(/^1991/);
    // Each period holds only events from its own years.
    for (const period of await periods.all()) {
      const [from, to] = (await period.locator('h2 .ed-timeline__years').innerText()).split('–').map(Number);
      for (const date of await period.locator('.ed-event time:first-of-type').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''))) {
        const year = Number(date.slice(0, 4));
        expect(year >= from && year <= to, `${date} in ${from}–${to}`).toBe(true);
      }
    }
  });

  test('the key events are there, with uncertain dates and spans marked', async ({ page }) => {
    await page.goto('/timeline/');
    for (const id of ['paris-commune', 'october-revolution', 'cheka-founded', 'kronstadt-rebellion', 'ban-on-factions', 'lenin-death', 'first-five-year-plan', 'hitler-stalin-pact', 'secret-speech', 'hungarian-revolution', 'prague-spring', 'soviet-union-dissolved']) {
      await expect(page.locator(`li.ed-event#${id}`)).toHaveCount(1);
    }
    await expect(page.locator('#kronstadt-rebellion .ed-event__date')).toHaveText('1–18 March 1921');
    await expect(page.locator('#civil-war .ed-event__date')).toHaveText('c. 1918–1921');
    await expect(page.locator('#soviets-hollowed .ed-event__date')).toHaveText('by 1919');
  });

  test('every paragraph link lands on a paragraph that contains the quoted words', async ({ page }) => {
    await page.goto('/timeline/');
    const mentions = await page.locator('.ed-event__mention').evaluateAll((items) =>
      items.map((item) => ({ href: item.querySelector('a')?.getAttribute('href') ?? '', quote: item.querySelector('q')?.textContent ?? '' })),
    );
    expect(mentions.length).toBeGreaterThanOrEqual(40);
    for (const path of new Set(mentions.map(({ href }) => href.split('#')[0]))) {
      await page.goto(path);
      for (const { href, quote } of mentions.filter((mention) => mention.href.startsWith(`${path}#`))) {
        const paragraph = page.locator(`#${href.split('#')[1]}`);
        await expect(paragraph, `${href} exists`).toHaveCount(1);
        expect(await readerWords(paragraph), href).toContain(quote);
      }
    }
    await page.goto('/timeline/');
    await page.locator('#kronstadt-rebellion .ed-event__mention a').first().click();
    await expect(page).toHaveURL(/\/v\/#p8$/);
    await expect(page.locator('#p8')).toBeInViewport();
    expect(await readerWords(page.locator('#p8'))).toContain('The sailors at the Kronstadt naval base revolted in March 1921');
  });

  test('every event names the works that support its date, quietly, after its links', async ({ page }) => {
    await page.goto('/timeline/');
    const sources = await page.locator('.ed-event').evaluateAll((events) => events.map((event) => ({ id: event.id, text: event.querySelector('.ed-event__sources')?.textContent ?? '' })));
    expect(sources.length).toBeGreaterThanOrEqual(40);
    expect(sources.filter(({ text }) => !/^Sources?: .+\(.*\d{4}.*\)/.test(text)).map(({ id }) => id)).toEqual([]);
    const revived = page.locator('#death-penalty-revived');
    await expect(revived.locator('.ed-event__date')).toHaveText('21 February–22 June 1918');
    await expect(revived.locator('.ed-event__sources')).toContainText('Sources: George Leggett, The Cheka');
    const [sourceSize, summarySize] = await Promise.all(['.ed-event__sources', '.ed-event__summary'].map((selector) => revived.locator(selector).evaluate((node) => parseFloat(getComputedStyle(node).fontSize))));
    expect(sourceSize).toBeLessThan(summarySize);
  });

  test('the time axis is a labelled picture of the list, drawn to scale', async ({ page }) => {
    await page.goto('/timeline/');
    const axis = page.getByRole('img', { name: /^Time axis, 1871 to 1991/ });
    await expect(axis).toBeVisible();
    expect(await axis.locator('line').count()).toBe(await page.locator('.ed-event').count());
  });
});
