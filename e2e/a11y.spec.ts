import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { SECTIONS } from './support/edition';
import { tabStops } from './support/keyboard';
import { outline, outlineProblems } from './support/outline';

/** Every page the sitemap lists, and the utility pages it leaves out: search, each section's citation page, the 404 page. */
function everyPage(): string[] {
  if (!existsSync('dist/sitemap-0.xml')) throw new Error('dist/sitemap-0.xml is missing: run `npm run build` before the browser tests.');
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return [...paths, '/search/', ...SECTIONS.map((section) => `${section.path}cite/`), '/no-such-page/'];
}

/** One page of every kind the site has: title, section (with and without boxed material), the whole essay, notes, glossary and an entry, timeline, About, the changes, search, a citation page, the 404 page. */
const EVERY_KIND = ['/', '/i/', '/iii/', '/v/', '/afterword/', '/essay/', '/notes/', '/glossary/', '/glossary/cheka/', '/timeline/', '/about/', '/changes/', '/search/', '/v/cite/', '/no-such-page/'];

/** The sweep in shards of about a dozen pages, so that both workers share it. */
function shards(paths: string[], size = 12): string[][] {
  return Array.from({ length: Math.ceil(paths.length / size) }, (_, i) => paths.slice(i * size, (i + 1) * size));
}

/** The states a reader can put a page in that add or reveal markup, each checked with every axe rule. */
async function statesPassAxe(page: Page) {
  const violations = axeViolations;
  await page.goto('/search/?q=kronstadt');
  await expect(page.locator('.ed-result').first()).toBeVisible();
  expect(await violations(page), 'search with results').toEqual([]);
  await page.goto('/v/');
  await page.locator('#p5 a.ed-term[href="/glossary/cheka/"]').focus();
  await expect(page.locator('.ed-tip')).toBeVisible();
  expect(await violations(page), 'a tooltip open').toEqual([]);
  await page.locator('a.ed-para__mark[href="#p5"]').focus();
  await page.keyboard.press('ArrowRight');
  expect(await violations(page), 'paragraph tools in use').toEqual([]);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.locator('#cite')).toHaveAttribute('open');
  await expect(page.locator('#cite [data-cite-root]')).toBeVisible();
  expect(await violations(page), 'the Cite panel open').toEqual([]);
  await page.goto('/v/cite/?paragraph=9');
  await expect(page.getByRole('combobox', { name: 'Cite' })).toHaveValue('9');
  expect(await violations(page), 'the citation page for one paragraph').toEqual([]);
  // The panel as built (what it shows without JavaScript, or when the full panel cannot load).
  await page.route('**/v/cite/', (route) => route.abort());
  await page.goto('/v/');
  await page.locator('#cite summary').click();
  await expect(page.getByRole('link', { name: /^All five formats/ })).toBeVisible();
  expect(await violations(page), 'the Cite panel as built').toEqual([]);
  await page.unroute('**/v/cite/');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/v/');
  await page.locator('#note-4').click();
  await expect(page.locator('#note-4-text')).toBeVisible();
  expect(await violations(page), 'a note open on a phone').toEqual([]);
}

const THEMES = [
  { theme: 'light', setup: (page: Page) => page.emulateMedia({ colorScheme: 'light' }) },
  { theme: 'dark', setup: (page: Page) => page.emulateMedia({ colorScheme: 'dark' }) },
  { theme: 'sepia', setup: (page: Page) => page.addInitScript(() => localStorage.setItem('edition-theme', 'sepia')) },
] as const;

// Every rule on every page in one theme (the outline read in the same visit); the other two themes change
// only colours, so they are checked for contrast on every kind of page (test/unit/theme-contrast.test.ts
// holds every colour pair of every theme). `npm run test:a11y-full` runs every rule on every page in all three.
const FULL = Boolean(process.env.A11Y_FULL);
const PAGES = everyPage();

test('the axe check finds what it is there to find: a planted image without text, a planted low-contrast line', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/v/');
  await page.locator('#p1').evaluate((p) => {
    p.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" width="10" height="10">');
    p.insertAdjacentHTML('afterend', '<p id="faint">Planted words</p>');
    (p.nextElementSibling as HTMLElement).style.color = '#c8c8c8';
  });
  expect(await axeViolations(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^image-alt: /), expect.stringMatching(/^color-contrast: #faint/)]));
  expect(await axeViolations(page, { rules: ['color-contrast'] })).toEqual(['color-contrast: #faint']);
});

for (const { theme, setup } of THEMES) {
  const everyRule = FULL || theme === 'light';
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await setup(page);
    });

    test('the sweep covers the sitemap and the utility pages', () => {
      expect(PAGES.length).toBeGreaterThan(80);
      expect(PAGES).toEqual(expect.arrayContaining(EVERY_KIND));
    });

    if (everyRule) {
      shards(PAGES).forEach((paths, index) => {
        test(`every page passes every axe rule, and its outline holds (${index + 1}: ${paths[0]} … ${paths.at(-1)})`, async ({ page }) => {
          test.setTimeout(paths.length * 15_000);
          for (const path of paths) {
            await page.goto(path);
            if (theme === 'sepia') await expect(page.locator('html'), path).toHaveAttribute('data-theme', 'sepia');
            expect(await axeViolations(page), path).toEqual([]);
            expect(outlineProblems(await outline(page)), path).toEqual([]);
          }
        });
      });
    } else {
      test('every kind of page meets colour contrast', async ({ page }) => {
        test.setTimeout(EVERY_KIND.length * 15_000);
        for (const path of EVERY_KIND) {
          await page.goto(path);
          if (theme === 'sepia') await expect(page.locator('html'), path).toHaveAttribute('data-theme', 'sepia');
          expect(await axeViolations(page, { rules: ['color-contrast'] }), path).toEqual([]);
        }
      });
    }

    test('a tooltip open, paragraph tools in use, the Cite panel open, a note open on a phone and search results pass every axe rule', async ({ page }) => {
      test.setTimeout(120_000);
      await statesPassAxe(page);
    });
  });
}

test('outlines in the states that add headings: search results, the Cite panel open', async ({ page }) => {
  await page.goto('/search/?q=kronstadt');
  await expect(page.locator('.ed-result').first()).toBeVisible();
  expect(outlineProblems(await outline(page)), '/search/ with results').toEqual([]);
  await page.goto('/v/');
  await page.locator('#cite summary').click();
  await expect(page.getByRole('heading', { level: 3, name: /^MLA/ })).toBeVisible();
  expect(outlineProblems(await outline(page)), '/v/ with the Cite panel open').toEqual([]);
});

test('a section page’s landmarks and headings, as a screen reader lists them', async ({ page }) => {
  await page.goto('/v/');
  const entries = await outline(page);
  expect(entries.filter((e) => e.kind === 'landmark').map((e) => `${e.role} ${e.name}`.trim())).toEqual([
    'banner',
    'search',
    'navigation Edition',
    'navigation Table of contents',
    'main',
    'navigation Previous and next section',
    'contentinfo',
  ]);
  expect(entries.filter((e) => e.kind === 'heading').map((e) => `h${e.level} ${e.name}`)).toEqual(['h1 Part V', 'h2 Cite this section']);
});

test('a citation page’s landmarks and headings: the page’s title, then one heading per format', async ({ page }) => {
  await page.goto('/v/cite/');
  const entries = await outline(page);
  expect(entries.filter((e) => e.kind === 'landmark').map((e) => `${e.role} ${e.name}`.trim())).toEqual(['banner', 'search', 'navigation Edition', 'main', 'contentinfo']);
  expect(entries.filter((e) => e.kind === 'heading').map((e) => `h${e.level} ${e.name}`)).toEqual([
    'h1 Cite Part V',
    'h2 Chicago Manual of Style, 17th ed. (notes and bibliography)',
    'h2 MLA Handbook, 9th ed.',
    'h2 APA Publication Manual, 7th ed.',
    'h2 BibTeX',
    'h2 RIS (Zotero, EndNote, Mendeley)',
  ]);
});

test.describe('pinned accessibility trees', () => {
  // Playwright's snapshots name DPUB roles by their HTML fallback (doc-noteref → link, the
  // <aside role="doc-footnote"> → complementary); Chromium itself exposes them as doc-noteref and
  // doc-footnote, which the outline test above checks are not landmarks.
  test('a paragraph with note references and glossed terms, and its ¶ tools', async ({ page }) => {
    await page.goto('/v/');
    // The tools are shown (and in the tree) while the paragraph or its ¶ link is in use.
    await page.locator('a.ed-para__mark[href="#p5"]').focus();
    await expect(page.locator('.ed-para__aside').filter({ has: page.locator('a[href="#p5"]') })).toMatchAriaSnapshot(`
      - link "Paragraph 5":
        - /url: "#p5"
      - button "Copy link to paragraph 5"
      - button "Cite paragraph 5"
    `);
    await expect(page.locator('#p5')).toMatchAriaSnapshot(`
      - paragraph:
        - text: The
        - link "February Revolution":
          - /url: /glossary/february-revolution/
        - text: of 1917 had abolished the death penalty, and the
        - link "October Revolution":
          - /url: /glossary/october-revolution/
        - text: had confirmed that policy, but in less than a year the death penalty was revived. The re-establishment of the death penalty in 1918, with the execution of
        - link "Fanny Kaplan":
          - /url: /glossary/fanny-kaplan/
        - text: after her attempt on the life of
        - link "Lenin":
          - /url: /glossary/lenin/
        - link "Editor’s note i":
          - /url: "#note-i-text"
          - superscript: i
        - text: ", was one of the early serious errors. The state could now kill the criminally accused, though Communist Party members would not be killed until 1934"
        - link "Editor’s note j":
          - /url: "#note-j-text"
          - superscript: j
        - text: . The unlimited power of the
        - link "Cheka":
          - /url: /glossary/cheka/
        - text: ", the secret police, from the time of its establishment in December 1917, was another serious error. The Cheka, created by an order of Lenin, had the power to arrest, to try in secret and without defense, to pass judgment, and to execute people as it saw fit. As"
        - link "Victor Serge":
          - /url: /glossary/victor-serge/
        - text: writes, a "revolutionary tribunal functioning in the light of day" would have attained "the same efficiency with far less abuse and depravity."
        - link "Note 3 (restored by the editors)":
          - /url: "#note-3-text"
          - superscript: "[3]"
    `);
    // A glossed term is heard with its definition as its description (written when a reader first reaches for a term).
    await page.locator('#p5 a.ed-term[href="/glossary/cheka/"]').focus();
    await expect(page.locator('#p5 a.ed-term[href="/glossary/cheka/"]')).toHaveAccessibleDescription(/^Editors’ gloss: The Bolsheviks' political police, founded on 20 December 1917/);
    // The one ¶ link in the Tab order says how to reach the rest.
    await expect(page.locator('a.ed-para__mark[href="#p5"]')).toHaveAccessibleDescription('Up and down arrows: the other paragraphs. Right arrow: Copy link and Cite.');
  });

  test('a note opened on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/v/');
    await page.getByRole('link', { name: 'Note 4', exact: true }).click();
    await expect(page.locator('#p6 a.ed-noteref')).toMatchAriaSnapshot(`
      - link "Note 4" [expanded]:
        - /url: "#note-4-text"
    `);
    await expect(page.locator('#note-4-text')).toMatchAriaSnapshot(`
      - complementary:
        - text: "Note 4: Serge, Memoirs, 119."
        - link "Back to the text at note 4":
          - /url: "#note-4"
    `);
  });

  test('the Cite panel, opened for one paragraph', async ({ page }) => {
    await page.goto('/v/');
    await page.locator('a.ed-para__mark[href="#p5"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    // The citations carry the edition's date, so they are matched by pattern; the rest word for word.
    await expect(page.locator('#cite')).toMatchAriaSnapshot(`
      - group:
        - heading "Cite this section" [level=2]
        - paragraph:
          - text: /^Citing Part V, paragraph 5 \\(http:\\/\\/[^)]+\\/v\\/#p5\\)\\. Cite$/
          - combobox "Cite":
            - option "the whole of Part V"
            - option "paragraph 1"
            - option "paragraph 2"
            - option "paragraph 3"
            - option "paragraph 4"
            - option "paragraph 5" [selected]
            - option "paragraph 6"
            - option "paragraph 7"
            - option "paragraph 8"
            - option "paragraph 9"
            - option "paragraph 10"
            - option "paragraph 11"
            - option "paragraph 12"
            - option "paragraph 13"
            - option "paragraph 14"
            - option "paragraph 15"
            - option "paragraph 16"
            - option "paragraph 17"
            - option "paragraph 18"
            - option "paragraph 19"
        - paragraph:
          - text: /^Version \\d+\\.\\d+ of the edition \\(\\w+ \\d+, \\d{4}\\);$/
          - link "what changed between versions":
            - /url: /changes/
          - text: ". Paragraph numbers restart in every part, so a paragraph is cited as a place in its part, with its permalink: Chicago “pt. V, para. 9”, MLA “pt. 5, par. 9”, APA “Part V, para. 9”. BibTeX, RIS and CSL-JSON describe the section once; the paragraph is the locator of the citation. To quote words, select them in a paragraph, then choose that paragraph’s Cite button or this one:"
          - button "Cite the selected words"
        - heading "Chicago Manual of Style, 17th ed. (notes and bibliography)" [level=3]
        - paragraph: Bibliography
        - paragraph: /^“This Changed Everything—Twice\\.” This Changed Everything—Twice:\\sAn Annotated Edition, version \\d+\\.\\d+, .+\\. Dated January 28, 2017\\. http:.+\\/v\\/#p5\\.$/
        - button "Copy Chicago bibliography": Copy
        - paragraph: Note (first citation)
        - paragraph: /^“This Changed Everything—Twice,” This Changed Everything—Twice:\\sAn Annotated Edition, version \\d+\\.\\d+, .+, pt\\. V, para\\. 5, http:.+\\/v\\/#p5\\.$/
        - button "Copy Chicago note (first citation)": Copy
        - paragraph: Short note
        - paragraph: “This Changed Everything—Twice,” pt. V, para. 5.
        - button "Copy Chicago short note": Copy
        - heading "MLA Handbook, 9th ed." [level=3]
        - paragraph: Works cited
        - paragraph: /^“This Changed Everything—Twice\\.” 2017\\. This Changed Everything—Twice:\\sAn Annotated Edition, version \\d+\\.\\d+, .+, http:.+\\/v\\/#p5\\.$/
        - button "Copy MLA works cited": Copy
        - paragraph: In-text citation
        - paragraph: (“This Changed Everything—Twice,” pt. 5, par. 5)
        - button "Copy MLA in-text citation": Copy
        - heading "APA Publication Manual, 7th ed." [level=3]
        - paragraph: Reference list
        - paragraph: /^This changed everything—twice \\(Version \\d+\\.\\d+\\)\\. \\(\\d{4}, .+\\)\\. This Changed Everything—Twice:\\sAn Annotated Edition\\. http:.+\\/v\\/#p5 \\(Original work published 2017\\)$/
        - button "Copy APA reference list": Copy
        - paragraph: In-text citation
        - paragraph: /^\\(This Changed Everything—Twice, 2017\\/\\d{4}, Part V, para\\. 5\\)$/
        - button "Copy APA in-text citation": Copy
        - heading "BibTeX" [level=3]
        - text: /^@misc\\{changed_everything_twice_2017_v, .* version = \\{\\d+\\.\\d+\\}, .* origdate = \\{2017-01-28\\}, .* note = \\{Dated January 28, 2017\\}, \\}$/
        - button "Copy BibTeX": Copy
        - paragraph: In the text (biblatex)
        - paragraph: \\autocite[pt.~V, para.~5]{changed_everything_twice_2017_v}
        - button "Copy BibTeX in the text (biblatex)": Copy
        - heading "RIS (Zotero, EndNote, Mendeley)" [level=3]
        - text: /^TY - ELEC ID - changed_everything_twice_2017_v .* ET - \\d+\\.\\d+ PY - \\d{4} DA - [\\d/]+ OP - Dated January 28, 2017 UR - http:.+\\/v\\/ LA - en ER -$/
        - button "Copy RIS": Copy
        - paragraph:
          - link "Download CSL-JSON":
            - /url: /v/citation.json
          - text: (this section, for Zotero, Mendeley or any CSL processor)
        - status
    `);
  });

  test('search results for one query', async ({ page }) => {
    await page.goto('/search/?q=kronstadt');
    await expect(page.locator('.ed-result').first()).toBeVisible();
    await expect(page.getByRole('main')).toMatchAriaSnapshot(`
      - main:
        - article:
          - heading "Search" [level=1]
          - search:
            - searchbox "Search the essay, its notes and the glossary": kronstadt
            - button "Search"
            - group "Show"
            - group "Essay sections"
          - status: /^\\d+ matches for “kronstadt”; showing the best \\d+\\.$/
          - list:
            - listitem:
              - paragraph: Glossary
              - heading "Kronstadt rebellion" [level=2]:
                - link "Kronstadt rebellion":
                  - /url: /glossary/kronstadt-rebellion/
            - listitem:
              - paragraph: Essay
              - heading "Part V" [level=2]:
                - link "Part V"
              - list:
                - listitem:
                  - link "Part V, paragraph 8":
                    - /url: /v/#p8
                  - paragraph:
                    - mark: Kronstadt
                - listitem:
                  - link "Part V, paragraph 9":
                    - /url: /v/#p9
                - listitem:
                  - link "Part V, editor’s note k":
                    - /url: /v/#note-h-text
    `);
  });
});

test.describe('the keyboard on a section page', () => {
  test('from the skip link to the pager: one stop for all the paragraph tools, the text’s own links in order', async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/v/');
    const stops = await tabStops(page, 'a.ed-pager__link--next');
    expect(stops[0]).toEqual({ what: 'a.ed-skip-link', name: 'Skip to the text' });
    expect(stops.at(-1)?.what).toBe('a.ed-pager__link.ed-pager__link--next');
    const paragraphTools = stops.filter((stop) => /ed-para__mark|Copy link to paragraph|Cite paragraph/.test(`${stop.what} ${stop.name}`));
    expect(paragraphTools).toEqual([{ what: 'a.ed-para__mark', name: 'Paragraph ¶ 1' }]);
    // Every glossed term and note reference in the text is a stop, in reading order.
    const textLinks = await page.locator('#main .ed-prose').locator('a.ed-term, a.ed-noteref').evaluateAll((links) => links.map((link) => link.className));
    expect(stops.filter((stop) => /^a\.(ed-term|ed-noteref)$/.test(stop.what)).map((stop) => stop.what.slice(2))).toEqual(textLinks);
    // Before the paragraph tools left the Tab order this walk took 189 stops (3 for each of 19 paragraphs).
    console.log(`/v/: ${stops.length} tab stops from the skip link to the pager`);
  });

  test('on the whole essay, the 47 ¶ links are one Tab stop, and the arrows move between them', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/essay/');
    const marks = page.locator('a.ed-para__mark');
    expect(await marks.count()).toBe(47);
    const stops = await tabStops(page, '#afterword .ed-prose a:last-of-type', 600);
    expect(stops.filter((stop) => stop.what === 'a.ed-para__mark')).toHaveLength(1);
    await marks.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(marks.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(marks.last()).toBeFocused();
    await expect(marks.last()).toHaveAccessibleDescription('Up and down arrows: the other paragraphs.');
  });

  test('every paragraph’s ¶ link, Copy link and Cite are reached with the arrow keys from the one ¶ stop', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/v/');
    const mark = (n: number) => page.getByRole('link', { name: `Paragraph ${n}`, exact: true });
    await mark(1).focus();
    await expect(page.getByRole('button', { name: 'Copy link to paragraph 1' })).toBeVisible();
    for (let n = 2; n <= 5; n++) {
      await page.keyboard.press('ArrowDown');
      await expect(mark(n)).toBeFocused();
    }
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: 'Copy link to paragraph 5' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: 'Cite paragraph 5' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(mark(5)).toBeFocused();
    // The stop now stays with paragraph 5: Tab enters its text, Shift+Tab comes back to it.
    await page.keyboard.press('Tab');
    await expect(page.locator('#p5 a.ed-term').first()).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(mark(5)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.locator('#cite')).toHaveAttribute('open');
    await expect(page.getByRole('combobox', { name: 'Cite' })).toBeFocused();
    await expect(page.getByRole('combobox', { name: 'Cite' })).toHaveValue('5');
    await page.keyboard.press('End');
    await expect(page.getByRole('combobox', { name: 'Cite' })).toHaveValue('19');
    await page.goto('about:blank');
    await page.goto('/v/#p9');
    await page.keyboard.press('Shift+Tab');
    await expect(mark(9), 'a paragraph’s permalink makes its ¶ link the stop').toBeFocused();
  });

  test('no control answers only the mouse', async ({ page }) => {
    for (const width of [1440, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/v/');
      const mouseOnly = await page.evaluate(() => {
        const controls = 'a[href], button, summary, select, input, textarea, [tabindex], [role="button"], [role="link"]';
        const shown = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
        const found: string[] = [];
        for (const element of document.querySelectorAll<HTMLElement>('body *')) {
          if (!shown(element)) continue;
          const clickable = element.matches(controls) || getComputedStyle(element).cursor === 'pointer';
          if (!clickable || element.closest('label')) continue;
          const control = element.closest<HTMLElement>(controls) ?? element;
          // The paragraph tools leave the Tab order on purpose: the arrow keys reach them (tested above).
          const byArrows = Boolean(control.closest('.ed-para__aside'));
          if (control.tabIndex < 0 && !byArrows && control.id !== 'main') found.push(`${control.tagName.toLowerCase()}.${control.className} ${control.textContent?.trim().slice(0, 40)}`);
        }
        return found;
      });
      expect(mouseOnly, `at ${width} px`).toEqual([]);
    }
  });

  test('the skip link comes first and skips the header and the table of contents', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/iii/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the text' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ inNav: Boolean(document.activeElement?.closest('nav')), inMain: Boolean(document.activeElement?.closest('main')) }));
    expect(focused).toEqual({ inNav: false, inMain: true });
  });
});
