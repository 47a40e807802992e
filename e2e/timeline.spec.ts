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
  test('lists at least 40 dated events in date order within each period, each event in exactly one period', async ({ page }) => {
    await page.goto('/timeline/');
    const periods = page.locator('section.ed-period');
    expect(await periods.count()).toBeGreaterThanOrEqual(4);
    const starts = await page.locator('.ed-event').evaluateAll((events) => events.map((event) => event.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(starts.length).toBeGreaterThanOrEqual(40);
    expect(starts.every((date) => /^\d{4}(-\d\d){0,2}$/.test(date))).toBe(true);
    expect(starts[0]).toMatch(/^1871/);
    expect(starts.at(-1)).toMatch(/^1991/);
    // Each period: its own events (not those of a period nested in it) in date order, and only from its own years.
    // Date order compares full dates: a year sorts before its months.
    for (const period of await periods.all()) {
      const [from, to] = (await period.locator(':scope > .ed-period__title .ed-timeline__years').innerText()).split('–').map(Number);
      const own = await period.locator(':scope > ol > .ed-event time:first-of-type').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
      const full = own.map((date) => date.padEnd(10, '-00'));
      expect(full, `${from}–${to} in date order`).toEqual([...full].sort());
      for (const date of own) {
        const year = Number(date.slice(0, 4));
        expect(year >= from && year <= to, `${date} in ${from}–${to}`).toBe(true);
      }
    }
    // Membership is unambiguous: every event sits in one period's own list, and says which.
    const homes = await page.locator('.ed-event').evaluateAll((events) => events.map((event) => [event.getAttribute('data-period'), event.closest('section.ed-period')?.getAttribute('aria-labelledby')]));
    expect(homes.filter(([stated, section]) => !stated || stated !== section)).toEqual([]);
  });

  test('periods overlap and nest: the Civil War inside the years of revolution, the Second World War to 1945 beside the Cold War', async ({ page }) => {
    await page.goto('/timeline/');
    const civil = page.locator('section.ed-period:has(> #the-civil-war)');
    await expect(civil.locator(':scope > .ed-period__within')).toHaveText('Within Revolution and civil war (1917–1920).');
    await expect(page.locator('section.ed-period:has(> #revolution-and-civil-war) section.ed-period:has(> #the-civil-war)')).toHaveCount(1);
    await expect(page.locator('#the-civil-war')).toHaveJSProperty('tagName', 'H3');
    await expect(page.locator('#second-world-war .ed-timeline__years')).toHaveText('1939–1945');
    await expect(page.locator('#cold-war-and-after .ed-timeline__years')).toHaveText('1945–1991');
    await expect(page.locator('section.ed-period:has(> #second-world-war) section.ed-period:has(> #great-patriotic-war) #barbarossa')).toHaveCount(1);
    // 1945 is in both; each 1945 event is listed once, under the period it names.
    await expect(page.locator('#hiroshima-nagasaki')).toHaveAttribute('data-period', 'second-world-war');
    await expect(page.locator('#cold-war')).toHaveAttribute('data-period', 'cold-war-and-after');
    // The list of periods nests them too, and every published period and event anchor still lands.
    await expect(page.getByRole('navigation', { name: 'Periods' }).locator('li li a')).toHaveText(['The Civil War', 'The Great Patriotic War, the Soviet Union\'s war with Germany']);
    for (const id of ['before-1917', 'revolution-and-civil-war', 'nep-and-succession', 'stalins-revolution-from-above', 'second-world-war', 'cold-war-and-after', 'civil-war', 'world-war-two']) {
      await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
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
    // One band per period; overlapping and nested periods are drawn in rows of their own, no band over another.
    const bands = await axis.locator('rect').evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().toJSON() as DOMRect));
    expect(bands.length).toBe(await page.locator('section.ed-period').count());
    const overlapping = bands.flatMap((a, i) => bands.slice(i + 1).filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1).map(() => i));
    expect(overlapping).toEqual([]);
    await expect(axis).toHaveAttribute('aria-label', /The Civil War, 1918–1920, within Revolution and civil war/);
  });
});
