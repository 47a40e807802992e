import { expect, test } from '@playwright/test';

test.describe('glossary tooltips', () => {
  test('hovering a term shows its definition, and the pointer can move onto it', async ({ page }) => {
    await page.goto('/v/');
    const term = page.locator('#p5 a.ed-term[href="/glossary/cheka/"]');
    const tip = page.locator('.ed-tip');
    await expect(tip).toBeHidden();
    await term.hover();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Editors’ gloss');
    await expect(tip).toContainText('Cheka');
    await expect(tip).toContainText('political police');
    // The visible copy is hidden from assistive technology (the term carries the definition as its description).
    await tip.locator('a.ed-tip__more').hover();
    await expect(tip).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(tip).toBeHidden();
  });

  test('after keyboard focus, clicking “More” opens the entry', async ({ page }) => {
    await page.goto('/v/');
    await page.locator('#p5 a.ed-term[href="/glossary/cheka/"]').focus();
    await page.locator('.ed-tip a.ed-tip__more').click();
    await expect(page).toHaveURL(/\/glossary\/cheka\/$/);
  });

  test('keyboard focus shows it, Escape dismisses it without moving focus', async ({ page }) => {
    await page.goto('/v/');
    const term = page.locator('#p5 a.ed-term[href="/glossary/cheka/"]');
    await term.focus();
    const tip = page.locator('.ed-tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('political police');
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(term).toBeFocused();
  });

  test('showing a tooltip shifts no text', async ({ page }) => {
    await page.goto('/v/');
    const term = page.locator('#p5 a.ed-term[href="/glossary/cheka/"]');
    await term.scrollIntoViewIfNeeded();
    const before = await page.locator('#p5').boundingBox();
    await term.hover();
    await expect(page.locator('.ed-tip')).toBeVisible();
    expect(await page.locator('#p5').boundingBox()).toEqual(before);
  });

  test('the term is a glossary link that screen readers hear with the editors’ definition once a reader reaches for a term', async ({ page }) => {
    await page.goto('/v/');
    const term = page.locator('#p5 a.ed-term[href="/glossary/cheka/"]');
    await expect(term).toHaveAttribute('role', 'doc-glossref');
    await expect(term).toHaveAttribute('href', '/glossary/cheka/');
    await expect(term).toHaveAccessibleName('Cheka');
    await term.focus();
    await expect(term).toHaveAccessibleDescription(/^Editors’ gloss: The Bolsheviks' political police, founded on 20 December 1917/);
    // Every other term of the page is described too, not only the one reached for.
    await expect(page.locator('#p5 a.ed-term[href="/glossary/lenin/"]')).toHaveAccessibleDescription(/^Editors’ gloss: Founder of the Bolshevik Party/);
  });

  test('a keyboard reader’s first key press gives every term its description, before any term is reached', async ({ page }) => {
    await page.goto('/v/');
    const term = page.locator('#p5 a.ed-term[href="/glossary/cheka/"]');
    await expect(term).not.toHaveAttribute('aria-describedby');
    await page.keyboard.press('Tab');
    await expect(page.locator('.ed-skip-link')).toBeFocused();
    await expect(term).toHaveAccessibleDescription(/^Editors’ gloss: The Bolsheviks' political police/);
    await expect(page.locator('.ed-tip')).toBeHidden();
  });

  test('reading a page fetches no definitions; the first term reached for fetches them once, for every page', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/glossary/definitions.json') || request.url().includes('/_astro/glossary.')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto('/v/', { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 2000);
    await page.locator('#p9').click({ position: { x: 2, y: 2 } });
    expect(fetched).toEqual([]);
    await page.locator('#p5 a.ed-term[href="/glossary/cheka/"]').hover();
    await expect(page.locator('.ed-tip')).toContainText('political police');
    await page.locator('#p5 a.ed-term[href="/glossary/lenin/"]').hover();
    await expect(page.locator('.ed-tip')).toContainText('Founder of the Bolshevik Party');
    expect(fetched.filter((path) => path.endsWith('.json'))).toEqual(['/glossary/definitions.json']);
  });

  test('once a reader reaches for a term, each definition is written once on the page, however often its term is glossed', async ({ page }) => {
    for (const path of ['/v/', '/essay/']) {
      await page.goto(path);
      await page.locator('a.ed-term').first().focus();
      await expect(page.locator('.ed-tip')).toBeVisible();
      const glossed = await page.locator('a.ed-term').evaluateAll((terms) => terms.map((term) => new URL((term as HTMLAnchorElement).href).pathname.split('/')[2]));
      expect(new Set(glossed).size).toBeLessThan(glossed.length);
      for (const slug of new Set(glossed)) await expect(page.locator(`[id="gloss-${slug}"]`), `${path} ${slug}`).toHaveCount(1);
    }
  });

  test('the Soviet state is not glossed as the council, the soviets are', async ({ page }) => {
    await page.goto('/i/');
    const p3 = page.locator('#p3');
    await expect(p3.locator('a.ed-term[href="/glossary/soviet/"]')).toHaveText('soviets');
    const glossedWords = await page.locator('a.ed-term[href="/glossary/soviet/"]').allTextContents();
    expect(glossedWords.every((word) => /^soviets?$/.test(word))).toBe(true);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('a tap shows the definition, a second tap follows the link, a tap elsewhere closes it', async ({ page }) => {
    await page.goto('/v/');
    const term = page.locator('#p5 a.ed-term[href="/glossary/cheka/"]');
    const tip = page.locator('.ed-tip');
    await term.tap();
    await expect(tip).toBeVisible();
    await expect(page).toHaveURL(/\/v\/$/);
    await page.locator('.ed-section__heading').tap();
    await expect(tip).toBeHidden();
    await term.tap();
    await expect(tip).toBeVisible();
    await term.tap();
    await expect(page).toHaveURL(/\/glossary\/cheka\/$/);
  });

  test('when the tooltips cannot load, a tap follows the link to the entry', async ({ page }) => {
    await page.route('**/_astro/glossary.*.js', (route) => route.abort());
    await page.goto('/v/');
    await page.locator('#p5 a.ed-term[href="/glossary/cheka/"]').tap();
    await expect(page).toHaveURL(/\/glossary\/cheka\/$/);
  });

  test('“More” in a tapped tooltip opens the entry', async ({ page }) => {
    await page.goto('/v/');
    await page.locator('#p5 a.ed-term[href="/glossary/cheka/"]').tap();
    await page.locator('.ed-tip a.ed-tip__more').tap();
    await expect(page).toHaveURL(/\/glossary\/cheka\/$/);
  });

  test('tooltips stay inside the viewport, flipping above near the bottom edge', async ({ page }) => {
    await page.goto('/v/');
    const terms = page.locator('#p5 a.ed-term, #p12 a.ed-term');
    const count = await terms.count();
    expect(count).toBeGreaterThan(4);
    const tip = page.locator('.ed-tip');
    for (let i = 0; i < count; i++) {
      const term = terms.nth(i);
      // Put the term on the last line of the screen, then open it.
      await term.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 4));
      await term.tap();
      await expect(tip).toBeVisible();
      const [box, termBox] = await Promise.all([tip.boundingBox(), term.boundingBox()]);
      if (!box || !termBox) throw new Error(`tip ${i} or its term has no box`);
      expect(box.x, `tip ${i} left edge`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `tip ${i} right edge`).toBeLessThanOrEqual(360);
      expect(box.y, `tip ${i} top edge`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `tip ${i} bottom edge`).toBeLessThanOrEqual(640);
      // Near the bottom it flips above the term instead of covering it.
      expect(box.y + box.height, `tip ${i} above its term`).toBeLessThanOrEqual(termBox.y + 1);
      await page.locator('.ed-section__heading').evaluate((el) => el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })));
      await expect(tip).toBeHidden();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('on a very wide screen', () => {
  test.use({ viewport: { width: 2560, height: 1200 } });

  test('the tooltip opens below its term, inside the viewport', async ({ page }) => {
    await page.goto('/v/#p5');
    const term = page.locator('#p5 a.ed-term[href="/glossary/cheka/"]');
    await term.hover();
    const tip = page.locator('.ed-tip');
    await expect(tip).toBeVisible();
    const [box, termBox] = await Promise.all([tip.boundingBox(), term.boundingBox()]);
    if (!box || !termBox) throw new Error('missing boxes');
    expect(box.y).toBeGreaterThanOrEqual(termBox.y + termBox.height);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(2560);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term is a plain link to its glossary entry, and no definition shows in the text', async ({ page }) => {
    await page.goto('/v/');
    const term = page.locator('#p5 a.ed-term[href="/glossary/cheka/"]');
    await term.hover();
    await expect(page.locator('#p5')).not.toContainText('political police');
    // No definition is written into the page, and no term names a description that is not there.
    await expect(page.locator('.ed-glossdefs')).toHaveCount(0);
    await expect(page.locator('a.ed-term[aria-describedby]')).toHaveCount(0);
    await term.click();
    await expect(page).toHaveURL(/\/glossary\/cheka\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cheka');
  });
});

test.describe('glossary pages', () => {
  test('the index lists every entry A–Z within its kind, with its definition and an anchor', async ({ page }) => {
    await page.goto('/glossary/');
    const entries = page.locator('.ed-glossary__entry');
    expect(await entries.count()).toBeGreaterThanOrEqual(50);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Terms and ideas', 'Organisations', 'Events', 'People', 'Places', 'Works']);
    const people = await page.locator('section:has(h2#person) dt > a').allTextContents();
    expect(people).toEqual([...people].sort((a, b) => a.localeCompare(b, 'en')));
    await expect(page.locator('#soviet dd')).toContainText('council of elected delegates');
  });

  for (const slug of ['soviet', 'nep', 'cheka']) {
    test(`/glossary/${slug}/ has its headword, note, references and places in the text`, async ({ page }) => {
      await page.goto(`/glossary/${slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
      await expect(page.getByRole('heading', { name: 'Where it appears' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Further reading' })).toBeVisible();
      expect(await page.locator('.ed-entry__places a').count()).toBeGreaterThan(0);
    });
  }

  test('every "Where it appears" link lands on a paragraph that glosses that entry', async ({ page, request }) => {
    await page.goto('/glossary/');
    const slugs = await page.locator('.ed-glossary__entry').evaluateAll((items) => items.map((item) => item.id));
    const pages = new Map<string, string>();
    let checked = 0;
    for (const slug of slugs) {
      const html = await (await request.get(`/glossary/${slug}/`)).text();
      for (const [, path, anchor] of html.matchAll(/class="ed-entry__places".*?<\/ol>/gs).next().value?.[0].matchAll(/href="(\/[a-z]+\/)#([a-z0-9-]+)"/g) ?? []) {
        if (!pages.has(path)) pages.set(path, await (await request.get(path)).text());
        const target = pages.get(path) as string;
        const start = target.indexOf(`id="${anchor}"`);
        expect(start, `${slug} → ${path}#${anchor}`).toBeGreaterThan(-1);
        const end = anchor.startsWith('p') ? target.indexOf('</p>', start) : target.indexOf(' id="p', start);
        expect(target.slice(start, end), `${slug} → ${path}#${anchor}`).toContain(`class="ed-term" href="/glossary/${slug}/"`);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
});
