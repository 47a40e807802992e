import { expect, test } from '@playwright/test';

test.describe('glossary tooltips', () => {
  test('hovering a term shows its definition, and the pointer can move onto it', async ({ page }) => {
    await page.goto('/v/');
    const gloss = page.locator('#p5 .ed-gloss[data-term="cheka"]');
    const tip = gloss.locator('.ed-tip');
    await expect(tip).toBeHidden();
    await gloss.getByRole('link', { name: 'Cheka' }).hover();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Cheka');
    await expect(tip).toContainText('political police');
    await tip.getByRole('link', { name: /More/ }).hover();
    await expect(tip).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(tip).toBeHidden();
  });

  test('keyboard focus shows it, Escape dismisses it without moving focus', async ({ page }) => {
    await page.goto('/v/');
    const term = page.locator('#p5 .ed-gloss[data-term="cheka"] .ed-term');
    await term.focus();
    const tip = page.locator('#p5 .ed-gloss[data-term="cheka"] .ed-tip');
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(term).toBeFocused();
  });

  test('the term is a glossary link that screen readers hear with its definition once', async ({ page }) => {
    await page.goto('/v/');
    const term = page.locator('#p5 .ed-gloss[data-term="cheka"] .ed-term');
    await expect(term).toHaveAttribute('role', 'doc-glossref');
    await expect(term).toHaveAttribute('href', '/glossary/cheka/');
    await expect(term).toHaveAccessibleName('Cheka');
    await expect(term).toHaveAccessibleDescription(/^The Bolsheviks' political police, founded in December 1917/);
    // The "More" link repeats the term's own link: it is not an extra tab stop.
    await expect(page.locator('#p5 .ed-gloss[data-term="cheka"] .ed-tip__more')).toHaveAttribute('tabindex', '-1');
  });

  test('terms are never glossed in headings', async ({ page }) => {
    await page.goto('/glossary/');
    await page.goto('/v/');
    await expect(page.locator('h1 .ed-term, h2 .ed-term')).toHaveCount(0);
  });

  test('the Soviet state is not glossed as the council, the soviets are', async ({ page }) => {
    await page.goto('/i/');
    const p3 = page.locator('#p3');
    await expect(p3.locator('.ed-gloss[data-term="soviet"] .ed-term')).toHaveText('soviets');
    const glossedWords = await page.locator('.ed-gloss[data-term="soviet"] .ed-term').allTextContents();
    expect(glossedWords.every((word) => /^soviets?$/.test(word))).toBe(true);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('a tap shows the definition, a tap elsewhere closes it', async ({ page }) => {
    await page.goto('/v/');
    const gloss = page.locator('#p5 .ed-gloss[data-term="cheka"]');
    await gloss.locator('.ed-term').tap();
    await expect(gloss.locator('.ed-tip')).toBeVisible();
    await expect(page).toHaveURL(/\/v\/$/);
    await page.locator('.ed-section__heading').tap();
    await expect(gloss.locator('.ed-tip')).toBeHidden();
  });

  test('tooltips stay inside the viewport, flipping above near the bottom edge', async ({ page }) => {
    await page.goto('/v/');
    const glosses = page.locator('#p5 .ed-gloss, #p12 .ed-gloss');
    const count = await glosses.count();
    expect(count).toBeGreaterThan(4);
    for (let i = 0; i < count; i++) {
      const gloss = glosses.nth(i);
      const term = gloss.locator('.ed-term');
      // Put the term on the last line of the screen, then open it.
      await term.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 4));
      await term.tap();
      const tip = gloss.locator('.ed-tip');
      await expect(tip).toBeVisible();
      // Where the reader sees it once it has been placed (placement may take one frame).
      await expect
        .poll(async () => {
          const box = await tip.boundingBox();
          return box !== null && box.x >= 0 && box.x + box.width <= 360 && box.y >= 0 && box.y + box.height <= 640;
        }, { message: `tip ${i} inside the 360×640 viewport`, timeout: 2000 })
        .toBe(true);
      await page.locator('.ed-section__heading').evaluate((el) => el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term is a plain link to its glossary page, and hovering still shows the definition', async ({ page }) => {
    await page.goto('/v/');
    const gloss = page.locator('#p5 .ed-gloss[data-term="cheka"]');
    await gloss.locator('.ed-term').hover();
    await expect(gloss.locator('.ed-tip')).toBeVisible();
    await gloss.locator('.ed-term').click();
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
        expect(target.slice(start, end), `${slug} → ${path}#${anchor}`).toContain(`data-term="${slug}"`);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
});
