import { Readability } from '@mozilla/readability';
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import puppeteer from 'puppeteer-core';
import { workerSettled } from '../measure/offline';
import { axeViolations } from './support/axe';
import { highlighted, MARGIN_FIXTURE, putAnnotations, selectWords, stored, storeDirectly } from './support/annotations';
import { marginFaults, measureMargin, offsets } from './support/margin';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const WORDS = 'harmed no one';

test.describe("a reader's own annotations", () => {
  test('selecting words offers Highlight, Note and Cite; a highlight is kept in this browser and drawn again after a reload, the text untouched', async ({ page }) => {
    await page.goto('/v/');
    const before = await page.locator('#p9').evaluate((p) => p.innerHTML);
    await selectWords(page, 'p9', WORDS);
    const bar = page.getByRole('group', { name: 'Your annotations' });
    await expect(bar.getByRole('button', { name: 'Highlight' })).toBeVisible();
    await expect(bar.getByRole('button', { name: 'Note' })).toBeVisible();
    await expect(bar.getByRole('link', { name: 'Cite paragraph 9' })).toBeVisible();
    await expect(bar).toContainText('Your annotations stay in this browser.');
    await bar.getByRole('button', { name: 'Highlight' }).click();
    await expect.poll(() => highlighted(page)).toEqual([WORDS]);
    const [annotation] = await stored(page);
    expect(annotation.target.source).toBe('http://localhost:4321/v/#p9');
    expect(annotation.target.selector[0].exact).toBe(WORDS);
    // The author's words are as they were: the highlight is painted, not written into the paragraph.
    expect(await page.locator('#p9').evaluate((p) => p.innerHTML)).toBe(before);

    await page.reload();
    await expect.poll(() => highlighted(page)).toEqual([WORDS]);
  });

  test('a note is written in place, stands in the margin as "Your note", is edited and deleted', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/v/');
    await selectWords(page, 'p9', WORDS);
    await page.getByRole('group', { name: 'Your annotations' }).getByRole('button', { name: 'Note' }).click();
    const field = page.getByRole('textbox', { name: `Your note on “${WORDS}”` });
    await expect(field).toBeFocused();
    await field.fill('Compare Avrich, ch. 4.');
    await page.getByRole('button', { name: `Save your note on “${WORDS}”` }).click();
    const note = page.getByRole('complementary', { name: 'Your note' });
    await expect(note).toContainText('Your note');
    await expect(note).toContainText('Compare Avrich, ch. 4.');
    await page.reload();
    await expect(note).toContainText('Compare Avrich, ch. 4.');
    await note.getByRole('button', { name: `Edit your note on “${WORDS}”` }).click();
    await page.getByRole('textbox', { name: `Your note on “${WORDS}”` }).fill('Avrich, 1970.');
    await page.getByRole('button', { name: `Save your note on “${WORDS}”` }).click();
    await expect(note).toContainText('Avrich, 1970.');
    expect((await stored(page))[0].body?.value).toBe('Avrich, 1970.');
    await note.getByRole('button', { name: `Delete your note on “${WORDS}”` }).click();
    await expect(note).toHaveCount(0);
    await expect.poll(() => stored(page)).toEqual([]);
    await expect.poll(() => highlighted(page)).toEqual([]);
  });

  test('on the one-page essay: words annotated there belong to the section’s paragraph and show on both pages', async ({ page }) => {
    await page.goto('/essay/');
    await selectWords(page, 'v-p9', WORDS);
    const bar = page.getByRole('group', { name: 'Your annotations' });
    await expect(bar.getByRole('link', { name: 'Cite paragraph 9' })).toHaveAttribute('href', '/v/cite/?paragraph=9');
    await bar.getByRole('button', { name: 'Highlight' }).click();
    await expect.poll(() => highlighted(page)).toEqual([WORDS]);
    expect((await stored(page))[0].target.source).toBe('http://localhost:4321/v/#p9');
    await page.goto('/v/');
    await expect.poll(() => highlighted(page)).toEqual([WORDS]);
    await page.goto('/essay/');
    await expect.poll(() => highlighted(page)).toEqual([WORDS]);
  });

  test('an annotation made on an earlier wording of the paragraph finds its words again; one whose words are gone is shown as orphaned, never dropped', async ({ page }) => {
    await page.goto('/v/');
    const old = (id: string, exact: string, prefix: string, start: number, note: string) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id,
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      body: { type: 'TextualBody', value: note, format: 'text/plain', purpose: 'commenting' },
      target: { source: 'http://localhost:4321/v/#p9', selector: [{ type: 'TextQuoteSelector', exact, prefix, suffix: ' and the rebellion' }, { type: 'TextPositionSelector', start, end: start + exact.length }] },
    });
    // Made when the paragraph began with other words: the recorded position no longer holds the quote.
    await storeDirectly(page, [old('urn:uuid:moved', WORDS, 'prisoner, they ', 3, 'moved'), old('urn:uuid:gone', 'no prisoners at all', 'took ', 40, 'gone')], '/v/');
    await page.reload();
    await expect.poll(() => highlighted(page)).toEqual([WORDS]);
    const orphan = page.getByRole('complementary', { name: 'Your annotation, whose words are no longer in this paragraph' });
    await expect(orphan).toContainText('no prisoners at all');
    await expect(orphan).toContainText('gone');
    expect((await stored(page)).map((a) => a.id).sort()).toEqual(['urn:uuid:gone', 'urn:uuid:moved']);
  });
});

test.describe('My annotations (/annotations/)', () => {
  /** Makes a highlight on `words` of paragraph `id` of `path`, and a note when `note` is given. */
  const make = async (page: import('@playwright/test').Page, path: string, id: string, words: string, note?: string) => {
    await page.goto(path);
    await selectWords(page, id, words);
    const bar = page.getByRole('group', { name: 'Your annotations' });
    if (note === undefined) {
      await bar.getByRole('button', { name: 'Highlight' }).click();
      await expect.poll(() => highlighted(page)).toContain(words);
      return;
    }
    await bar.getByRole('button', { name: 'Note' }).click();
    await page.getByRole('textbox', { name: `Your note on “${words}”` }).fill(note);
    await page.getByRole('button', { name: `Save your note on “${words}”` }).click();
    await expect(page.getByRole('complementary', { name: 'Your note' }).filter({ hasText: note })).toHaveCount(1);
  };

  test('lists by section with quote, note and a link back; exports W3C Web Annotation JSON-LD that imports back to the same annotations; a bad or foreign file changes nothing', async ({ page }) => {
    await make(page, '/v/', 'p9', WORDS, 'Compare Avrich.');
    await make(page, '/i/', 'p2', 'a watershed');
    await page.goto('/annotations/');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Part I', 'Part V']);
    await expect(page.locator('blockquote')).toHaveText(['a watershed', WORDS]);
    await expect(page.getByText('Compare Avrich.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Paragraph 9' })).toHaveAttribute('href', `/v/#p9:~:text=${encodeURIComponent(WORDS)}`);
    await page.getByRole('searchbox', { name: 'Filter by words' }).fill('avrich');
    await expect(page.locator('blockquote')).toHaveText([WORDS]);
    await page.getByRole('searchbox', { name: 'Filter by words' }).fill('');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as JSON-LD (W3C Web Annotations)' }).click()]);
    const exported = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
    expect(exported['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(exported.type).toBe('AnnotationCollection');
    expect(exported.total).toBe(2);
    for (const annotation of exported.first.items) {
      expect(annotation.type).toBe('Annotation');
      expect(annotation.target.source).toMatch(/^http:\/\/localhost:4321\/(i|v)\/#p\d+$/);
      const quote = annotation.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
      // The words stand exactly once in the paragraph the source names, as a reader sees it.
      const paragraph = await page.request.get(new URL(annotation.target.source).pathname).then((r) => r.text());
      const id = new URL(annotation.target.source).hash.slice(1);
      const text = await page.evaluate(([html, id]) => {
        const p = new DOMParser().parseFromString(html, 'text/html').getElementById(id) as HTMLElement;
        for (const ref of p.querySelectorAll('.ed-noteref')) ref.remove();
        return p.textContent ?? '';
      }, [paragraph, id]);
      expect(text.split(quote.exact).length - 1).toBe(1);
      const position = annotation.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
    }
    const before = await stored(page);

    // The browser's data cleared, then the export imported.
    await page.getByRole('button', { name: 'Delete all my annotations' }).click();
    await expect(page.getByText('You have no annotations in this browser yet.')).toBeVisible();
    const file = page.getByLabel('Import annotations (a .jsonld file exported here)');
    await file.setInputFiles({ name: 'annotations.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect(page.getByRole('status')).toHaveText('Imported 2 annotations from annotations.jsonld.');
    expect((await stored(page)).sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.sort((a, b) => a.id.localeCompare(b.id)));
    await page.goto('/v/');
    await expect.poll(() => highlighted(page)).toEqual([WORDS]);
    await expect(page.getByRole('complementary', { name: 'Your note' })).toContainText('Compare Avrich.');

    await page.goto('/annotations/');
    await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json at all') });
    await expect(page.getByRole('status')).toContainText('notes.txt was not imported, and nothing changed: This file is not JSON');
    const foreign = { ...exported, first: { ...exported.first, items: exported.first.items.map((a: { target: { source: string } }) => ({ ...a, target: { ...a.target, source: 'https://example.com/v/#p9' } })) } };
    await file.setInputFiles({ name: 'other.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(foreign)) });
    await expect(page.getByRole('status')).toContainText('other.jsonld was not imported, and nothing changed: Annotation 1 is about https://example.com/v/#p9, which is not a paragraph of this edition');
    expect(await stored(page)).toHaveLength(2);

    await page.getByRole('button', { name: 'Delete my annotations on Part V' }).click();
    await expect(page.locator('blockquote')).toHaveText(['a watershed']);
  });

  test('the Markdown export has the quote, the note, the paragraph’s citation in the chosen style and a link to the words', async ({ page }) => {
    await make(page, '/v/', 'p9', WORDS, 'Compare Avrich.');
    await page.goto('/annotations/');
    await page.getByLabel('Citation style').selectOption('mla');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Markdown' }).click()]);
    const markdown = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    expect(markdown).toContain(`> ${WORDS}`);
    expect(markdown).toContain('Compare Avrich.');
    // MLA's works-cited entry for Part V and its in-text citation of paragraph 9.
    expect(markdown).toMatch(/^— “This Changed Everything—Twice\.” 2017\. .* http:\/\/localhost:4321\/v\/#p9\. In the text: \(“This Changed Everything—Twice,” pt\. 5, par\. 9\)$/m);
    expect(markdown).toContain(`(http://localhost:4321/v/#p9:~:text=${encodeURIComponent(WORDS)})`);
  });
});

test.describe('reaching and reading the annotations', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('keyboard only: words selected with Shift+arrows, Tab reaches Highlight and Note, the note is written, saved and deleted without a pointer', async ({ page }) => {
    await page.goto('/v/');
    // The first letter of "harmed" selected (as caret browsing, F7, starts), then the words taken with Shift+Right.
    await selectWords(page, 'p9', WORDS);
    await page.evaluate(() => {
      const range = getSelection()?.getRangeAt(0) as Range;
      range.setEnd(range.startContainer, range.startOffset + 1);
    });
    for (let i = 1; i < WORDS.length; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(WORDS);
    const bar = page.getByRole('group', { name: 'Your annotations' });
    await expect(bar).toBeVisible();
    // The next Tab goes to the offer for the selected words (focus was still at the top of the page).
    await page.keyboard.press('Tab');
    await expect(bar.getByRole('button', { name: 'Highlight' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(bar.getByRole('button', { name: 'Note' })).toBeFocused();
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: `Your note on “${WORDS}”` });
    await expect(field).toBeFocused();
    await page.keyboard.type('Typed, not clicked.');
    await page.keyboard.press('Control+Enter');
    const note = page.getByRole('complementary', { name: 'Your note' });
    await expect(note).toContainText('Typed, not clicked.');
    await expect(note.getByRole('button', { name: `Edit your note on “${WORDS}”` })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(note.getByRole('button', { name: `Delete your note on “${WORDS}”` })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(note).toHaveCount(0);
    await expect.poll(() => stored(page)).toEqual([]);
  });

  test('screen reader names: the offer and a note, as the accessibility tree gives them', async ({ page }) => {
    await page.goto('/v/');
    await selectWords(page, 'p9', WORDS);
    const bar = page.getByRole('group', { name: 'Your annotations' });
    await expect(bar).toMatchAriaSnapshot(`
      - group "Your annotations":
        - button "Highlight"
        - button "Note"
        - link "Cite paragraph 9"
        - paragraph:
          - text: Your annotations stay in this browser.
          - link "My annotations"
    `);
    await bar.getByRole('button', { name: 'Note' }).click();
    await page.getByRole('textbox', { name: `Your note on “${WORDS}”` }).fill('Mine.');
    await page.getByRole('button', { name: `Save your note on “${WORDS}”` }).click();
    await expect(page.getByRole('complementary', { name: 'Your note' })).toMatchAriaSnapshot(`
      - complementary "Your note":
        - text: Your note Mine.
        - button "Edit your note on “${WORDS}”"
        - button "Delete your note on “${WORDS}”"
    `);
  });
});

/** A highlight, a note and an orphan on /v/ paragraph 9, made as a reader makes them (the orphan: words since changed). */
async function annotateParagraph9(page: Page) {
  await page.goto('/v/');
  await storeDirectly(page, [
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:orphan',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      body: { type: 'TextualBody', value: 'On words since changed.', format: 'text/plain', purpose: 'commenting' },
      target: { source: 'http://localhost:4321/v/#p9', selector: [{ type: 'TextQuoteSelector', exact: 'words no longer here', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 20 }] },
    },
  ], '/v/');
  await page.reload();
  await selectWords(page, 'p9', 'Mikhail Kalinin');
  await page.getByRole('group', { name: 'Your annotations' }).getByRole('button', { name: 'Highlight' }).click();
  await selectWords(page, 'p9', WORDS);
  await page.getByRole('group', { name: 'Your annotations' }).getByRole('button', { name: 'Note' }).click();
  await page.getByRole('textbox', { name: `Your note on “${WORDS}”` }).fill('Compare Avrich.');
  await page.getByRole('button', { name: `Save your note on “${WORDS}”` }).click();
  // The note is drawn with its words once it is stored: only then may the page be left or reloaded.
  await expect(page.locator('.ed-reader-note', { hasText: 'Compare Avrich.' })).toHaveCount(1);
  await expect.poll(() => highlighted(page)).toEqual(['Mikhail Kalinin', WORDS].sort());
}

test.describe('annotations shown: the page stays accessible, private and the same text', () => {
  for (const width of [1440, 360]) {
    test(`axe, every rule, with a highlight, a note, an orphan and the offer open, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await annotateParagraph9(page);
      if (width === 360) {
        // On a phone a note waits after its paragraph, closed, until its button or its words are tapped.
        await page.reload();
        const note = page.getByRole('complementary', { name: 'Your note' });
        const toggle = page.getByRole('button', { name: `Your note on “${WORDS}”`, exact: true });
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await expect(note).toBeHidden();
        const words = await page.evaluate((words) => {
          const range = [...(CSS.highlights.get('ed-reader') as Highlight).values()].find((r) => (r as Range).toString() === words) as Range;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = range.getBoundingClientRect();
          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        }, WORDS);
        await page.mouse.click(words.x, words.y);
        await expect(note).toBeVisible();
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await toggle.click();
        await expect(note).toBeHidden();
        await toggle.click();
        await expect(note).toBeVisible();
      }
      await selectWords(page, 'p10', 'The unnecessarily violent');
      await expect(page.getByRole('group', { name: 'Your annotations' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto('/annotations/');
      await expect(page.locator('blockquote')).toHaveCount(3);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('a reader who never selects words fetches no annotation code; selecting words loads it, and nothing ever leaves the origin', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (request) => void requests.push(request.url()));
    // The page's Content-Security-Policy (no 'unsafe-*') lets every part of it run: nothing is refused.
    const refused: string[] = [];
    page.on('console', (message) => void (/Content.Security.Policy/i.test(message.text()) && refused.push(message.text())));
    await page.goto('/v/', { waitUntil: 'networkidle' });
    expect(requests.filter((url) => /annotat/.test(url))).toEqual([]);
    await annotateParagraph9(page);
    expect(requests.filter((url) => /annotat/.test(url)).length).toBeGreaterThan(0);
    await page.goto('/annotations/');
    await page.getByRole('button', { name: 'Export as JSON-LD (W3C Web Annotations)' }).click();
    expect(requests.filter((url) => !url.startsWith(baseURL as string) && !url.startsWith('blob:'))).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(refused).toEqual([]);
  });

  test('copying the words and Reader View give the same text with highlights and notes shown', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/v/');
    const readerView = async () => {
      const { document } = new JSDOM(await page.content(), { url: 'http://localhost:4321/v/' }).window;
      const content = new JSDOM(new Readability(document).parse()?.content ?? '').window.document;
      return [...content.querySelectorAll('p')].map((p) => p.textContent?.replace(/\s+/g, ' ').trim()).filter((text) => text?.includes('Kronstadt sailors'));
    };
    const copied = async () => {
      await page.evaluate(() => getSelection()?.selectAllChildren(document.getElementById('p9') as HTMLElement));
      await page.keyboard.press('Control+C');
      return page.evaluate(() => navigator.clipboard.readText());
    };
    const plainView = await readerView();
    const plainCopy = await copied();
    expect(plainView).toHaveLength(1);
    expect(plainCopy).toContain(WORDS);
    await annotateParagraph9(page);
    expect(await readerView()).toEqual(plainView);
    expect(await copied()).toBe(plainCopy);
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('annotations are made, drawn and kept offline once the page has been read online', async ({ page, context }) => {
    await page.goto('/v/');
    await workerSettled(page);
    await page.reload();
    await selectWords(page, 'p9', 'Mikhail Kalinin');
    await page.getByRole('group', { name: 'Your annotations' }).getByRole('button', { name: 'Highlight' }).click();
    await expect.poll(() => highlighted(page)).toEqual(['Mikhail Kalinin']);
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => highlighted(page)).toEqual(['Mikhail Kalinin']);
    await selectWords(page, 'p9', WORDS);
    await page.getByRole('group', { name: 'Your annotations' }).getByRole('button', { name: 'Note' }).click();
    await page.getByRole('textbox', { name: `Your note on “${WORDS}”` }).fill('Written offline.');
    await page.getByRole('button', { name: `Save your note on “${WORDS}”` }).click();
    // Drawn with its words once stored; then the reload shows what this browser kept.
    await expect(page.getByRole('complementary', { name: 'Your note' })).toContainText('Written offline.');
    await page.reload();
    await expect(page.getByRole('complementary', { name: 'Your note' })).toContainText('Written offline.');
  });
});

test.describe('reader’s notes in the margin, laid out with the edition’s (e2e/support/margin.ts)', () => {
  for (const width of [1280, 1440]) {
    test(`Chromium at ${width} px: each on its words' line or below the note above, none overlapping a note or the text`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/v/');
      await page.evaluate(putAnnotations, [MARGIN_FIXTURE, '/v/'] as [unknown[], string]);
      await page.reload();
      await expect(page.locator('aside.ed-reader-note')).toHaveCount(MARGIN_FIXTURE.length);
      const report = await page.evaluate(measureMargin);
      expect(report.notes.filter((note) => note.reader)).toHaveLength(MARGIN_FIXTURE.length);
      expect(marginFaults(report), offsets(report)).toEqual([]);
    });
  }

  test('Firefox at 1440 px: the same', async ({ baseURL }) => {
    if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: run \`node scripts/setup.mjs --browser\` (installs Debian's firefox-esr as root), or set FIREFOX_PATH.`);
    const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: { 'dom.serviceWorkers.enabled': false } });
    try {
      const page = await firefox.newPage();
      await page.setViewport({ width: 1440, height: 900 });
      await page.goto(new URL('/v/', baseURL).href, { waitUntil: 'load' });
      await page.evaluate(putAnnotations, [MARGIN_FIXTURE, '/v/'] as [unknown[], string]);
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction((count: number) => document.querySelectorAll('aside.ed-reader-note').length === count, {}, MARGIN_FIXTURE.length);
      const report = await page.evaluate(measureMargin);
      expect(report.notes.filter((note) => note.reader)).toHaveLength(MARGIN_FIXTURE.length);
      expect(marginFaults(report), offsets(report)).toEqual([]);
    } finally {
      await firefox.close();
    }
  });
});
