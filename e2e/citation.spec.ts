import { expect, test, type Page } from '@playwright/test';
import { selectWords } from './support/annotations';
import { axeViolations } from './support/axe';
import { SECTIONS } from './support/edition';

test.describe('metadata for reference managers', () => {
  for (const section of SECTIONS) {
    test(`${section.path} carries Highwire, Open Graph and JSON-LD metadata`, async ({ page }) => {
      await page.goto(section.path);
      const meta = (name: string) => page.locator(`meta[name="${name}"]`);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(new RegExp(`${section.path}$`));
      await expect(meta('citation_title')).toHaveAttribute('content', /^This Changed Everything—Twice: (Part [IV]+|Afterword)$/);
      await expect(meta('citation_publication_date')).toHaveAttribute('content', /^20\d\d\/\d\d\/\d\d$/);
      await expect(meta('citation_publication_date')).not.toHaveAttribute('content', '2017/01/28');
      await expect(meta('dcterms.created')).toHaveAttribute('content', '2017-01-28');
      await expect(meta('citation_fulltext_html_url')).toHaveAttribute('content', canonical as string);
      await expect(meta('citation_language')).toHaveAttribute('content', 'en');
      await expect(meta('citation_author')).toHaveCount(0);
      await expect(meta('citation_publisher')).toHaveCount(0);
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical as string);
      await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      const node = (id: string) => jsonLd['@graph'].find((n: { '@id': string }) => n['@id'].endsWith(id));
      expect(node('/#essay')).toMatchObject({ '@type': 'CreativeWork', name: 'This Changed Everything—Twice', dateCreated: '2017-01-28' });
      expect(node('/#edition').version).toMatch(/^\d+\.\d+$/);
      expect(node('/#essay').author).toBeUndefined();
      expect(node('/#edition').datePublished).not.toBe('2017-01-28');
      expect(node('/#edition').isBasedOn).toEqual({ '@id': node('/#essay')['@id'] });
      expect(node('/#edition').publisher).toBeUndefined();
      expect(node('/#edition').hasPart.map((part: { '@id': string }) => new URL(part['@id']).pathname)).toEqual(SECTIONS.map((s) => s.path));
    });
  }

  test('sitemap and robots.txt use the configured origin', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    for (const section of SECTIONS) expect(sitemap).toContain(`${section.path}</loc>`);
    expect(sitemap).toContain('/glossary/soviet/</loc>');
    expect(sitemap).not.toContain('/404');
    // Utility pages are left out, as /search/ is: a section's citation page among them.
    expect(sitemap).not.toContain('/cite/</loc>');
  });
});

test.describe('paragraph permalinks', () => {
  for (const width of [768, 1440, 2560]) {
    test(`at ${width} px a paragraph's tools, shown while it is pointed at, cover no words of any paragraph`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/v/');
      const paragraphs = page.locator('p.ed-para');
      const count = await paragraphs.count();
      for (let i = 0; i < count; i++) {
        await paragraphs.nth(i).hover({ position: { x: 40, y: 5 } });
        const tools = page.locator('.ed-para__aside').nth(i).locator('.ed-para__tools');
        await expect(tools).toBeVisible();
        const covered = await page.evaluate((index) => {
          const tools = document.querySelectorAll('.ed-para__tools')[index].getBoundingClientRect();
          return [...document.querySelectorAll('p.ed-para')].filter((p) => {
            const box = p.getBoundingClientRect();
            return tools.left < box.right && box.left < tools.right && tools.top < box.bottom && box.top < tools.bottom;
          }).map((p) => p.id);
        }, i);
        expect(covered, `tools of paragraph ${i + 1}`).toEqual([]);
      }
    });
  }

  test('a ¶ link shows on focus and is the paragraph’s permalink', async ({ page }) => {
    await page.goto('/v/');
    const mark = page.getByRole('link', { name: 'Paragraph 9', exact: true });
    await expect(mark).toHaveAttribute('href', '#p9');
    await mark.focus();
    await expect(mark).toBeVisible();
    await expect.poll(() => mark.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
  });

  test('landing on /v/#p9 puts the paragraph in view and highlights it', async ({ page }) => {
    await page.goto('/v/#p9');
    const p9 = page.locator('#p9');
    await expect(p9).toBeInViewport();
    expect(await p9.evaluate((p) => getComputedStyle(p).animationName)).toBe('ed-flash');
    const top = await p9.evaluate((p) => p.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
  });

  test('a text fragment link still works (nothing rewrites the URL)', async ({ page }) => {
    await page.goto('/v/#:~:text=Mikhail%20Kalinin');
    await expect(page.locator('#p9')).toBeInViewport();
  });

  test('"Copy link" puts the paragraph’s permalink on the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/v/');
    await page.locator('#p9').hover();
    await page.getByRole('button', { name: 'Copy link to paragraph 9' }).click();
    await expect(page.getByRole('button', { name: 'Copy link to paragraph 9' })).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/v\/#p9$/);
  });

  test('without clipboard permission, the link is selected for the reader to copy', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto('/v/');
    await page.locator('#p9').hover();
    await page.getByRole('button', { name: 'Copy link to paragraph 9' }).click();
    await expect(page.locator('.ed-copy__fallback')).toHaveValue(/\/v\/#p9$/);
  });
});

test.describe('the Cite panel', () => {
  test('a link to one format (/v/#cite-bibtex) opens the panel at that format', async ({ page }) => {
    await page.goto('/v/#cite-bibtex');
    await expect(page.locator('details#cite')).toHaveAttribute('open', '');
    const heading = page.locator('#cite-bibtex');
    await expect(heading).toBeInViewport();
    await expect(page.locator('#cite [data-cite="bibtex"]')).toContainText('@');
  });

  test('without JavaScript: the section’s Chicago citation, and a link to its citation page with all five formats and the CSL-JSON', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/v/');
    await page.locator('summary', { hasText: 'Cite this section' }).click();
    const panel = page.locator('details.ed-cite');
    await expect(panel).toContainText('“This Changed Everything—Twice.” This Changed Everything—Twice: An Annotated Edition');
    await expect(panel).toContainText('Dated January 28, 2017.');
    await panel.getByRole('link', { name: 'All five formats, one paragraph or quoted words, and CSL-JSON' }).click();
    await expect(page).toHaveURL(/\/v\/cite\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cite Part V');
    for (const heading of ['Chicago', 'MLA', 'APA', 'BibTeX', 'RIS']) await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${heading}`) })).toBeVisible();
    await expect(page.locator('[data-cite="chicago-short"]')).toHaveText('“This Changed Everything—Twice,” pt. V.');
    await expect(page.locator('[data-cite="chicago-reference"]')).toContainText('Dated January 28, 2017.');
    await expect(page.locator('[data-cite="ris"]')).toContainText('TY  - ELEC');
    // The paragraph picker needs JavaScript: without it, it is not shown.
    await expect(page.getByRole('combobox', { name: 'Cite' })).toBeHidden();
    const download = page.getByRole('link', { name: 'Download CSL-JSON' });
    await expect(download).toHaveAttribute('download', 'changed_everything_twice_2017_v.json');
    const response = await page.request.get((await download.getAttribute('href')) as string, { headers: { referer: page.url() } });
    expect(response.ok()).toBe(true);
    const [item] = await response.json();
    expect(item).toMatchObject({ type: 'webpage', title: 'This Changed Everything—Twice', 'original-date': { 'date-parts': [[2017, 1, 28]] } });
    expect(item.URL).toMatch(/\/v\/$/);
    await page.getByRole('link', { name: 'Back to Part V' }).click();
    await expect(page).toHaveURL(/\/v\/$/);
    await context.close();
  });

  test('reading a page fetches none of the citing; opening the panel fetches it once and fills the panel', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\/cite\/$|\/_astro\/cite[.-]|citation\.json$/.test(path)) fetched.push(path);
    });
    await page.goto('/v/', { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 3000);
    await page.locator('#p9').hover();
    await page.locator('#p9').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('End');
    expect(fetched).toEqual([]);
    await page.locator('summary', { hasText: 'Cite this section' }).click();
    const panel = page.locator('details.ed-cite');
    // The section page's panel as before: its style headings one level under the panel's own h2.
    for (const heading of ['Chicago', 'MLA', 'APA', 'BibTeX', 'RIS']) await expect(panel.getByRole('heading', { level: 3, name: new RegExp(`^${heading}`) })).toBeVisible();
    await expect(panel.locator('[data-cite="mla-short"]')).toHaveText('(“This Changed Everything—Twice,” pt. 5)');
    await expect(panel.getByRole('button', { name: 'Copy MLA works cited' })).toBeVisible();
    await expect(panel.getByRole('link', { name: 'Download CSL-JSON' })).toHaveAttribute('href', '/v/citation.json');
    // The full panel's rules came with it.
    expect(await panel.locator('[data-cite="bibtex"]').evaluate((pre) => getComputedStyle(pre).whiteSpace)).toBe('pre-wrap');
    await page.getByRole('combobox', { name: 'Cite' }).selectOption('9');
    expect(fetched.filter((path) => path === '/v/cite/')).toEqual(['/v/cite/']);
    expect(fetched.filter((path) => path.endsWith('.json'))).toEqual([]);
  });

  test('"Cite" on a paragraph gives its citations with its part and "para. 9", and the section’s one record', async ({ page }) => {
    await page.goto('/v/');
    await citeParagraph(page, 9);
    const panel = page.locator('details.ed-cite');
    await expect(panel).toHaveAttribute('open', '');
    await expect(panel.locator('[data-cite="chicago-short"]')).toHaveText('“This Changed Everything—Twice,” pt. V, para. 9.');
    await expect(panel.locator('[data-cite="mla-short"]')).toHaveText('(“This Changed Everything—Twice,” pt. 5, par. 9)');
    await expect(panel.locator('[data-cite="apa-short"]')).toHaveText(/^\(This Changed Everything—Twice, 2017\/20\d\d, Part V, para\. 9\)$/);
    // APA sets the title in italics in the text as in the reference list.
    await expect(panel.locator('[data-cite="apa-short"] i')).toHaveText('This Changed Everything—Twice');
    await expect(panel.locator('[data-cite="chicago-note"]')).toContainText(/version \d+\.\d+, .+, pt\. V, para\. 9, http.+\/v\/#p9\.$/);
    await expect(panel.locator('[data-cite="chicago-reference"]')).toContainText(/\/v\/#p9\.$/);
    // The exports are the section's record: the paragraph is the locator of the citation.
    await expect(panel.locator('[data-cite="bibtex"]')).toContainText('@misc{changed_everything_twice_2017_v,');
    await expect(panel.locator('[data-cite="bibtex"]')).not.toContainText('#p9');
    await expect(panel.locator('[data-cite="latex"]')).toHaveText('\\autocite[pt.~V, para.~9]{changed_everything_twice_2017_v}');
    await expect(panel.locator('[data-cite="ris"]')).toContainText('OP  - Dated January 28, 2017');
    await expect(panel.locator('[data-cite="ris"]')).not.toContainText('N1');
    await panel.getByRole('combobox').selectOption('');
    await expect(panel.locator('[data-cite="chicago-short"]')).toHaveText('“This Changed Everything—Twice,” pt. V.');
  });

  test('a Cite pressed before the citing has loaded is not lost', async ({ page }) => {
    // The citation page answers slowly: the press lands while the panel is still loading.
    await page.route('**/v/cite/', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.goto('/v/');
    await page.getByRole('link', { name: 'Paragraph 9', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: 'Cite paragraph 9' })).toBeFocused();
    await page.keyboard.press('Enter');
    const panel = page.locator('details.ed-cite');
    await expect(panel.locator('[data-cite="chicago-short"]')).toHaveText('“This Changed Everything—Twice,” pt. V, para. 9.');
    await expect(page.getByRole('combobox', { name: 'Cite' })).toBeFocused();
    await expect(page.getByRole('combobox', { name: 'Cite' })).toHaveValue('9');
  });

  test('the header’s Cite link, pressed with words selected before the citing has loaded, quotes them', async ({ page }) => {
    await page.route('**/v/cite/', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.goto('/v/');
    await selectWords(page, 'p9', 'harmed no one');
    await page.getByRole('link', { name: 'Cite this section' }).click();
    const panel = page.locator('details.ed-cite');
    await expect(panel).toHaveAttribute('open', '');
    await expect(panel.locator('[data-cite="mla-short"]')).toHaveText('“harmed no one” (“This Changed Everything—Twice,” pt. 5, par. 9)');
    await expect(panel.locator('[data-cite-status]')).toHaveText('Citing the words selected in paragraph 9.');
  });

  test('when the citing cannot load, Cite opens the citation page at the paragraph', async ({ page }) => {
    // The panel's fetch fails (offline, say); a navigation to the page still works.
    await page.route('**/v/cite/*', (route) => (route.request().resourceType() === 'fetch' ? route.abort() : route.continue()));
    await page.goto('/v/');
    await citeParagraph(page, 9);
    await expect(page).toHaveURL(/\/v\/cite\/\?paragraph=9$/);
    await expect(page.locator('[data-cite="chicago-short"]')).toHaveText('“This Changed Everything—Twice,” pt. V, para. 9.');
    await page.goto('/v/');
    await page.getByRole('link', { name: 'Cite this section' }).click();
    await expect(page).toHaveURL(/\/v\/cite\/$/);
  });

  test('/v/cite/?paragraph=9 is the citation of paragraph 9', async ({ page }) => {
    await page.goto('/v/cite/?paragraph=9');
    await expect(page.getByRole('combobox', { name: 'Cite' })).toHaveValue('9');
    await expect(page.locator('[data-cite-target]')).toHaveText(/^Citing Part V, paragraph 9 \(http:.+\/v\/#p9\)\.$/);
    await expect(page.locator('[data-cite="chicago-short"]')).toHaveText('“This Changed Everything—Twice,” pt. V, para. 9.');
    await expect(page.locator('[data-cite="mla-short"]')).toHaveText('(“This Changed Everything—Twice,” pt. 5, par. 9)');
    await expect(page.locator('[data-cite="apa-short"]')).toHaveText(/, Part V, para\. 9\)$/);
    // Words are quoted from the section itself: no button to cite a selection here.
    await expect(page.getByRole('button', { name: 'Cite the selected words' })).toBeHidden();
    await page.goto('/v/cite/?paragraph=99');
    await expect(page.locator('[data-cite="chicago-short"]')).toHaveText('“This Changed Everything—Twice,” pt. V.');
  });

  test('each section has its citation page, linked from its panel and linking back', async ({ page }) => {
    for (const section of SECTIONS) {
      const name = section.heading === 'Afterword' ? 'Afterword' : `Part ${section.heading}`;
      await page.goto(section.path);
      await expect(page.locator('details.ed-cite a[href$="/cite/"]')).toHaveAttribute('href', `${section.path}cite/`);
      await page.goto(`${section.path}cite/`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${section.path}cite/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cite ${name}`);
      await expect(page.getByRole('combobox', { name: 'Cite' }).locator('option')).toHaveCount(section.paragraphs + 1);
      await expect(page.getByRole('link', { name: `Back to ${name}` })).toHaveAttribute('href', section.path);
    }
  });
});

/** Points at paragraph `n` (its tools show on hover) and presses its Cite button. */
async function citeParagraph(page: Page, n: number) {
  await page.locator(`#p${n}`).hover();
  await page.getByRole('button', { name: `Cite paragraph ${n}` }).click();
}

/** Selects from the words `from` to the words `to` inside paragraph `id`, across elements (a note reference, a glossed term). */
async function selectAcross(page: Page, id: string, from: string, to: string) {
  await page.evaluate(
    ([id, from, to]) => {
      const texts: Text[] = [];
      const walker = document.createTreeWalker(document.getElementById(id) as HTMLElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
      const start = texts.find((node) => node.data.includes(from)) as Text;
      const end = texts.find((node) => node.data.includes(to)) as Text;
      const range = document.createRange();
      range.setStart(start, start.data.indexOf(from));
      range.setEnd(end, end.data.indexOf(to) + to.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    },
    [id, from, to],
  );
}

test.describe('citing selected words', () => {
  test('a quote never takes in a note reference’s number or letter', async ({ page }) => {
    await page.goto('/v/');
    // Editors' note i stands right after "Lenin" in ¶ 5; author's note 3 at its end.
    await selectAcross(page, 'p5', 'attempt on the life of', 'Lenin');
    await citeParagraph(page, 5);
    const panel = page.locator('details.ed-cite');
    await expect(panel.locator('[data-cite="mla-short"]')).toHaveText('“attempt on the life of Lenin” (“This Changed Everything—Twice,” pt. 5, par. 5)');
    await selectAcross(page, 'p5', 'the life of', 'was one of the early');
    await citeParagraph(page, 5);
    await expect(panel.locator('[data-cite="mla-short"]')).toHaveText('“the life of Lenin, was one of the early” (“This Changed Everything—Twice,” pt. 5, par. 5)');
    // The page prints the letter between "Lenin" and ", was": the link names the words on each side of it.
    await expect(panel.locator('[data-cite-passage-link]')).toHaveAttribute('href', /#p5:~:text=the%20life%20of%20Lenin,one%20of%20the%20early$/);
  });

  test('words found in several paragraphs are linked with the words around them', async ({ page }) => {
    await page.goto('/v/');
    await selectWords(page, 'p9', 'the Bolsheviks');
    await citeParagraph(page, 9);
    const href = (await page.locator('[data-cite-passage-link]').getAttribute('href')) as string;
    expect(href).toMatch(/#p9:~:text=[^,]+-,the%20Bolsheviks,-[^,]+$/);
    await page.goto('about:blank');
    await page.goto(`/v/${href.slice(href.indexOf('#'))}`);
    await expect(page.locator('#p9')).toBeInViewport();
  });

  test('"Cite" on the paragraph quotes the selection, with a text-fragment link to it', async ({ page }) => {
    await page.goto('/v/');
    // A selection that ends inside a word ("on" of "one") is widened to whole words.
    await selectWords(page, 'p9', 'harmed no on');
    await citeParagraph(page, 9);
    const panel = page.locator('details.ed-cite');
    await expect(panel).toHaveAttribute('open', '');
    await expect(panel.locator('[data-cite="mla-short"]')).toHaveText('“harmed no one” (“This Changed Everything—Twice,” pt. 5, par. 9)');
    await expect(panel.locator('[data-cite="chicago-short"]')).toHaveText('“harmed no one”¹ 1. “This Changed Everything—Twice,” pt. V, para. 9.');
    await expect(panel.locator('[data-cite="chicago-note"]')).toHaveText(/^“harmed no one”¹\s+1\. “This Changed Everything—Twice,” This Changed Everything—Twice: An Annotated Edition, version .+, pt\. V, para\. 9, http.+\/v\/#p9\.$/);
    await expect(panel.locator('[data-cite="apa-short"]')).toContainText('“harmed no one” (This Changed Everything—Twice, 2017/');
    await expect(panel.locator('[data-cite-status]')).toHaveText('Citing the words selected in paragraph 9.');
    await expect(panel.locator('[data-cite-passage-link]')).toHaveAttribute('href', /\/v\/#p9:~:text=harmed%20no%20one$/);
  });

  test('the panel quoting a passage passes axe (WCAG 2.2 A/AA)', async ({ page }) => {
    await page.goto('/v/');
    await selectWords(page, 'p9', 'harmed no one');
    await citeParagraph(page, 9);
    await expect(page.locator('[data-cite-passage]')).toBeVisible();
    expect(await axeViolations(page, { include: 'details.ed-cite', tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })).toEqual([]);
  });

  test('without a selection, Cite cites the paragraph as before', async ({ page }) => {
    await page.goto('/v/');
    await citeParagraph(page, 9);
    const panel = page.locator('details.ed-cite');
    await expect(panel.locator('[data-cite="mla-short"]')).toHaveText('(“This Changed Everything—Twice,” pt. 5, par. 9)');
    await expect(panel.locator('[data-cite-passage]')).toBeHidden();
  });

  test('from the keyboard: the panel’s button cites the selection and the status region says so', async ({ page }) => {
    await page.goto('/v/');
    await page.locator('summary', { hasText: 'Cite this section' }).focus();
    await page.keyboard.press('Enter');
    const long = 'took a few Communists prisoner, they harmed no one and the rebellion did not immediately pose a threat';
    await selectWords(page, 'p9', long);
    const button = page.getByRole('button', { name: 'Cite the selected words' });
    await button.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('details.ed-cite');
    await expect(panel.locator('[data-cite-status]')).toHaveText('Citing the words selected in paragraph 9.');
    await expect(panel.locator('[data-cite="mla-short"]')).toHaveText(`“${long}” (“This Changed Everything—Twice,” pt. 5, par. 9)`);
    // Long quotes are linked by their first and last words.
    await expect(panel.locator('[data-cite-passage-link]')).toHaveAttribute('href', /#p9:~:text=took%20a%20few%20Communists,immediately%20pose%20a%20threat$/);
  });

  test.describe('opening the link', () => {
    // The test paints the highlight with an injected style, which the page's CSP would refuse.
    test.use({ bypassCSP: true });
    test('the passage link opens the section at the words and highlights them', async ({ page }) => {
      await page.goto('/v/');
      await selectWords(page, 'p9', 'harmed no one');
      await citeParagraph(page, 9);
      const href = (await page.locator('[data-cite-passage-link]').getAttribute('href')) as string;
      // A fresh navigation, as when the link is opened from elsewhere.
      await page.goto('about:blank');
      await page.goto(`/v/${href.slice(href.indexOf('#'))}`);
      expect(await page.evaluate(() => location.hash)).toBe('#p9');
      await expect(page.locator('#p9')).toBeInViewport();
      // Chromium paints the matched words with ::target-text; make that paint unmistakable and look for it.
      await page.addStyleTag({ content: '::target-text { background: rgb(255, 0, 255) !important; color: rgb(255, 0, 255) !important; }' });
      const box = await page.evaluate(() => {
        const p = document.getElementById('p9') as HTMLElement;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf('harmed no one') ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 'harmed no one'.length);
          // The words may wrap: the first line's box holds highlighted words only.
          const { x, y, width, height } = range.getClientRects()[0];
          return { x, y, width, height };
        }
        return null;
      });
      expect(box).not.toBeNull();
      const viewport = page.viewportSize() as { width: number; height: number };
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      const shot = (await page.screenshot({ clip: box! })).toString('base64');
      const magenta = await page.evaluate(async (png) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, image.width, image.height);
        let count = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] > 200 && data[i + 1] < 60 && data[i + 2] > 200) count += 1;
        return count / (data.length / 4);
      }, shot);
      expect(magenta).toBeGreaterThan(0.5);
    });
  });
});

test.describe('versions and the changelog', () => {
  test('the citations name the version /changes/ lists first, and the Cite panel links there', async ({ page }) => {
    await page.goto('/v/cite/?paragraph=9');
    const version = /version (\d+\.\d+)/.exec((await page.locator('[data-cite="chicago-reference"]').textContent()) ?? '')?.[1] as string;
    expect(version).toMatch(/^\d+\.\d+$/);
    await expect(page.locator('[data-cite="mla-reference"]')).toContainText(`version ${version}`);
    await expect(page.locator('[data-cite="apa-reference"]')).toContainText(`(Version ${version})`);
    await expect(page.locator('[data-cite="bibtex"]')).toContainText(`version = {${version}}`);
    await expect(page.locator('[data-cite="ris"]')).toContainText(`ET  - ${version}`);
    await page.getByRole('link', { name: 'what changed between versions' }).click();
    await expect(page).toHaveURL(/\/changes\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes');
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(new RegExp(`^Version ${version.replace('.', '\\.')}, \\w+ \\d+, \\d{4}$`));
    await expect(page.locator(`#version-${version.replace('.', '-')}`)).toBeVisible();
  });
});
