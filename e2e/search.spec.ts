import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type CDPSession, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';

const results = (page: Page) => page.locator('.ed-result');
const status = (page: Page) => page.getByRole('status');

async function searchFor(page: Page, query: string) {
  await page.goto('/search/');
  await page.getByLabel('Search the essay, its notes and the glossary').fill(query);
}

/**
 * Stops the page's clock once the page has loaded, so that only `page.clock.runFor` moves it: an installed
 * clock otherwise runs on with real time, and on a busy machine the gaps between keys would grow with it.
 */
async function holdClock(page: Page) {
  // A little ahead of now: the page's clock runs on while the call travels.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 5_000));
}

/**
 * Types `text` into `field` a letter every `pace` ms of the page's clock (install it, then hold it), on keys or,
 * with `cdp`, as a phone keyboard does: each word composed letter by letter, then committed.
 */
async function typeOnClock(page: Page, field: Locator, text: string, pace: number, cdp?: CDPSession) {
  for (const [index, word] of text.split(' ').entries()) {
    if (index > 0) {
      await (cdp ? cdp.send('Input.insertText', { text: ' ' }) : field.press('Space'));
      await page.clock.runFor(pace);
    }
    for (let letters = 1; letters <= word.length; letters++) {
      if (cdp) await cdp.send('Input.imeSetComposition', { text: word.slice(0, letters), selectionStart: letters, selectionEnd: letters });
      else await field.press(word[letters - 1]);
      await page.clock.runFor(pace);
    }
    if (cdp) await cdp.send('Input.insertText', { text: word });
  }
}

test.describe('search lands on the right paragraph or entry', () => {
  test('a person: Kalinin → his entry first, then the Kronstadt paragraph', async ({ page }) => {
    await searchFor(page, 'Kalinin');
    await expect(results(page).first().getByRole('heading')).toHaveText('Mikhail Kalinin');
    const place = page.getByRole('link', { name: 'Part V, paragraph 9' });
    await expect(place).toHaveAttribute('href', '/v/#p9');
    await place.click();
    await expect(page).toHaveURL(/\/v\/#p9$/);
    await expect(page.locator('#p9')).toBeInViewport();
    await expect(page.locator('#p9')).toContainText('Mikhail Kalinin');
  });

  test('an event: Kronstadt → the glossary entry, then paragraphs of Part V', async ({ page }) => {
    await searchFor(page, 'Kronstadt');
    await expect(results(page).first().getByRole('heading')).toHaveText('Kronstadt rebellion');
    await expect(page.getByRole('link', { name: 'Part V, paragraph 8' })).toHaveAttribute('href', '/v/#p8');
    await expect(page.locator('.ed-result mark').first()).toHaveText(/kronstadt/i);
  });

  test('a glossary term by its alias: NEP → New Economic Policy', async ({ page }) => {
    await searchFor(page, 'NEP');
    await expect(results(page).first().getByRole('heading')).toHaveText('New Economic Policy (NEP)');
    await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', '/glossary/nep/');
  });

  test('a note is found at its place in the text, after its paragraph', async ({ page }) => {
    await searchFor(page, 'Rabinowitch');
    const place = page.getByRole('link', { name: 'Part I, note 1', exact: true });
    await expect(place).toHaveAttribute('href', '/i/#note-1-text');
    await place.click();
    await expect(page.locator('aside.ed-sidenote#note-1-text')).toBeInViewport();
    await expect(page.locator('aside.ed-sidenote#note-1-text')).toContainText('Rabinowitch');
  });

  test("an editor's note's words land on that note, not on the paragraph", async ({ page }) => {
    await searchFor(page, '527 killed');
    // The anchor note-h-text was published when the note was lettered h; it is now editor’s note k.
    await expect(page.getByRole('link', { name: 'Part V, editor’s note k', exact: true })).toHaveAttribute('href', '/v/#note-h-text');
  });

  test('another case or no diacritics still finds the passage', async ({ page }) => {
    await searchFor(page, 'emigres');
    await expect(page.locator('.ed-result__places a[href^="/v/#p"]').first()).toBeVisible();
    await expect(page.locator('.ed-result mark', { hasText: 'émigrés' }).first()).toBeVisible();
    await searchFor(page, 'Andres Nin');
    await expect(results(page).first().getByRole('heading')).toHaveText('Andrés Nin');
    await expect(page.locator('.ed-result__places a[href^="/iii/#p"]').first()).toBeVisible();
    await searchFor(page, 'KRONSTADT');
    await expect(results(page).first().getByRole('heading')).toHaveText('Kronstadt rebellion');
    await expect(page.getByRole('link', { name: 'Part V, paragraph 8' })).toHaveAttribute('href', '/v/#p8');
  });

  test('every name of every glossary entry (headword and aliases) finds that entry first', async ({ page }) => {
    test.setTimeout(180_000);
    const dir = 'content/glossary';
    const entries = readdirSync(dir).map((file) => parse(readFileSync(`${dir}/${file}`, 'utf8')) as { headword: string; aliases?: string[] });
    await page.goto('/search/');
    const field = page.getByLabel('Search the essay, its notes and the glossary');
    const missed: string[] = [];
    for (const { headword, aliases = [] } of entries) {
      for (const name of [headword, ...aliases]) {
        await field.fill(name);
        await expect(status(page)).toContainText(`“${name}”`);
        const first = await results(page).first().getByRole('heading').textContent();
        if (first !== headword) missed.push(`${name} → ${first} (wanted ${headword})`);
      }
    }
    expect(missed).toEqual([]);
  });
});

test.describe('the search page', () => {
  test('the query lives in the URL: a shared link shows the same results', async ({ page }) => {
    await page.goto('/search/?q=cheka');
    await expect(page.getByLabel('Search the essay, its notes and the glossary')).toHaveValue('cheka');
    await expect(results(page).first().getByRole('heading')).toHaveText('Cheka');
    await page.getByLabel('Search the essay, its notes and the glossary').fill('Bukharin');
    await expect(page).toHaveURL(/\?q=Bukharin$/);
  });

  test('filters narrow by kind and section, and the back button undoes them', async ({ page }) => {
    await page.goto('/search/?q=Lenin');
    await expect(results(page).first()).toBeVisible();
    await page.getByRole('checkbox', { name: 'Glossary' }).uncheck();
    await expect(page).toHaveURL(/kind=Essay/);
    await expect(page.locator('.ed-result__kind', { hasText: 'Glossary' })).toHaveCount(0);
    for (const section of ['I', 'II', 'III', 'IV', 'Afterword']) await page.getByRole('checkbox', { name: section, exact: true }).uncheck();
    await expect(page.locator('.ed-result__title a[href^="/"]:not([href="/v/"]):not([href="/notes/"]):not([href="/about/"])')).toHaveCount(0);
    await expect(page.locator('.ed-result__title a[href="/v/"]')).toHaveCount(1);
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: 'Afterword' })).toBeChecked();
  });

  test('no results says so in the live region', async ({ page }) => {
    await searchFor(page, 'zzqxjv');
    await expect(status(page)).toHaveText(/No results for “zzqxjv”/);
    await expect(status(page)).toHaveAttribute('aria-live', 'polite');
    await expect(results(page)).toHaveCount(0);
  });

  test('the result count is announced', async ({ page }) => {
    await searchFor(page, 'Trotsky');
    await expect(status(page)).toHaveText(/^\d+ matches for “Trotsky”; showing the best 5\.$/);
    const places = results(page).locator('.ed-result__places > li');
    const before = await places.count();
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(status(page)).toHaveText(/^\d+ matches for “Trotsky”(; showing the best 10)?\.$/);
    await expect.poll(() => places.count()).toBeGreaterThan(before);
  });

  for (const [name, query] of [
    ['HTML', '<img src=x onerror="window.__pwned=1">'],
    ['a script', '<script>window.__pwned=1</script>'],
    ['2,000 characters', 'revolution '.repeat(182).slice(0, 2000)],
    ['emoji', '🚩 Lenin 🔥'],
    ['only spaces', '      '],
  ]) {
    test(`a hostile query (${name}) shows results or "no results", injects nothing, logs no error`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      if (query.trim()) await expect(status(page)).toHaveText(/match(es)? for|No results/);
      else await expect(status(page)).toHaveText('');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect(page.locator('.ed-search__results img, .ed-search__results script')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('keyboard only: "/" focuses search, Enter searches, Tab reaches the results', async ({ page }) => {
    await page.goto('/v/');
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search the edition' })).toBeFocused();
    await page.keyboard.type('Zinoviev');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Zinoviev$/);
    await expect(results(page).first()).toBeVisible();
    await page.getByLabel('Search the essay, its notes and the glossary').focus();
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => Boolean(document.activeElement?.closest('.ed-result')));
    }
    expect(reached).toBe(true);
  });

  test('"/" does not steal the key while typing in a field', async ({ page }) => {
    await page.goto('/search/');
    const field = page.getByLabel('Search the essay, its notes and the glossary');
    await field.fill('1917');
    await field.press('/');
    await expect(field).toHaveValue('1917/');
  });

  test('on an essay page, pointing at the search field starts loading search; Enter shows the results', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/v/');
    await page.waitForLoadState('networkidle');
    const field = page.getByRole('searchbox', { name: 'Search the edition' });
    await field.hover();
    await expect.poll(() => requests.filter((url) => /\/pagefind\/wasm\.\w+\.pagefind$/.test(url)).length).toBe(1);
    await field.fill('Kalinin');
    await expect.poll(() => requests.filter((url) => url.includes('/pagefind/index/')).length).toBeGreaterThan(0);
    await field.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Kalinin$/);
    await expect(results(page).first().getByRole('heading')).toHaveText('Mikhail Kalinin');
  });

  for (const pace of [150, 300, 500]) {
    for (const keyboard of ['keys', 'a phone keyboard'] as const) {
      test(`typed on ${keyboard} at ${pace} ms a letter, a query fetches the text of no result but those shown for it, and is announced once`, async ({ page }) => {
        const fragments: string[] = [];
        page.on('request', (request) => request.url().includes('/pagefind/fragment/') && fragments.push(request.url()));
        // The page's clock is the test's: a letter every `pace` ms exactly, however loaded the machine is.
        await page.clock.install();
        await page.goto('/search/');
        await page.waitForLoadState('networkidle');
        await holdClock(page);
        await page.evaluate(() => {
          const status = document.querySelector('[data-search-status]')!;
          const said: string[] = [];
          new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
          (window as unknown as { said: string[] }).said = said;
        });
        const query = 'socialism in one country';
        const field = page.getByLabel('Search the essay, its notes and the glossary');
        await field.focus();
        await typeOnClock(page, field, query, pace, keyboard === 'keys' ? undefined : await page.context().newCDPSession(page));
        await expect(field).toHaveValue(query);
        // The longest pause the page waits for a reader (900 ms), then the search itself.
        await page.clock.runFor(1000);
        await expect
          .poll(async () => {
            await page.clock.runFor(100);
            return status(page).textContent();
          })
          .toContain(`for “${query}”`);
        await page.waitForLoadState('networkidle');
        // A search for each half-typed word would have fetched the text of its own five best results.
        expect(fragments.length).toBeGreaterThan(0);
        expect(fragments.length).toBeLessThanOrEqual(5);
        expect(await page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean))).toEqual([await status(page).textContent()]);
      });
    }
  }

  for (const place of ['the header field of an essay page', 'the search page'] as const) {
    test(`typed in ${place}, index chunks are fetched for the words typed, not for every word a half-typed one could become`, async ({ page }) => {
      const chunks = new Set<string>();
      page.on('request', (request) => request.url().includes('/pagefind/index/') && chunks.add(request.url()));
      await page.clock.install();
      await page.goto(place === 'the search page' ? '/search/' : '/v/');
      await page.waitForLoadState('networkidle');
      await holdClock(page);
      const field = place === 'the search page' ? page.getByLabel('Search the essay, its notes and the glossary') : page.getByRole('searchbox', { name: 'Search the edition' });
      await field.hover();
      await field.focus();
      await typeOnClock(page, field, 'socialism in one country', 150);
      await page.clock.runFor(1000);
      await page.waitForLoadState('networkidle');
      const typed = chunks.size;
      chunks.clear();
      // The same query arriving whole (a shared link) fetches its chunks: typing it cost no more.
      const fresh = await page.context().browser()!.newContext({ baseURL: new URL(page.url()).origin });
      const linked = await fresh.newPage();
      linked.on('request', (request) => request.url().includes('/pagefind/index/') && chunks.add(request.url()));
      await linked.goto('/search/?q=socialism+in+one+country');
      await expect(linked.locator('.ed-result').first()).toBeVisible();
      await linked.waitForLoadState('networkidle');
      await fresh.close();
      expect(typed).toBeGreaterThan(0);
      expect(typed).toBeLessThanOrEqual(chunks.size);
    });
  }

  test('essay pages load no search code until asked', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/v/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links to the contents and glossary, and fetches no search code', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/search/?q=kronstadt');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'contents', exact: true })).toHaveAttribute('href', '/#contents');
    await expect(page.getByRole('link', { name: 'glossary' }).last()).toHaveAttribute('href', '/glossary/');
  });
});
