import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { loadEditionModel } from '../../src/edition/index.ts';
import { loadReleases } from '../../src/edition/releases.ts';
import type { Element } from 'hast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { builtUrl, htmlFiles } from '../../src/built/site.ts';
import { siteOrigin } from '../../src/site-origin.ts';
import { DIST, page } from '../helpers/built-site.ts';

// What reference managers and scrapers make of the built pages, read by the parsers they use:
// Better BibTeX's parser, astrocite's RIS parser (CSL-JSON out) and Wikimedia's html-metadata (Citoid).
const require = createRequire(import.meta.url);
const ris = require('astrocite-ris') as { parse(text: string): Record<string, unknown>[] };
const htmlMetadata = require('html-metadata') as { loadFromString(html: string): Promise<Record<string, any>> };

const { edition } = loadEditionModel();
const { current } = loadReleases();
// The edition is dated by the version published; the essay by its own date.
const editionDate = current.date;
const html = readFileSync(`${DIST}/v/index.html`, 'utf8');
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] as string;
// Every format is on the section's citation page, which the section page's Cite panel takes its panel from.
const citePage = readFileSync(`${DIST}/v/cite/index.html`, 'utf8');
const templates = JSON.parse(/data-cite-templates[^>]*>([\s\S]*?)<\/script>/.exec(citePage)?.[1] ?? '{}') as Record<'section' | 'paragraph', Record<string, string>>;
const placeholder = /data-placeholder="(\d+)"/.exec(citePage)?.[1] as string;
const forParagraph = (key: string) => templates.paragraph[key].replaceAll(placeholder, '9');

describe('the BibTeX of /v/ in Better BibTeX’s parser', () => {
  test('¶ 9 is cited by the section’s record: the same entry, with the part and paragraph as the citation’s postnote', () => {
    assert.equal(forParagraph('bibtex'), templates.section.bibtex);
    assert.equal(forParagraph('latex'), '\\autocite[pt.~V, para.~9]{changed_everything_twice_2017_v}');
  });
  for (const [name, text] of [['Part V', templates.section.bibtex], ['¶ 9', forParagraph('bibtex')]]) {
    test(`${name}: no parse errors, one entry, real dates, the essay’s date as origdate, the version`, () => {
      const { errors, entries } = parseBibtex(text);
      assert.deepEqual(errors, []);
      assert.equal(entries.length, 1);
      const fields = entries[0].fields;
      assert.equal(fields.title, 'This Changed Everything—Twice');
      assert.equal(fields.date, editionDate);
      assert.equal(fields.origdate, '2017-01-28');
      assert.equal(fields.year, editionDate.slice(0, 4));
      assert.equal(Number(fields.month), Number(editionDate.slice(5, 7)), 'month is a month, from a month macro');
      for (const date of [fields.date, fields.origdate]) assert.ok(!Number.isNaN(Date.parse(date)), date);
      assert.equal(fields.url, canonical);
      assert.equal(entries[0].key, 'changed_everything_twice_2017_v');
      assert.equal(fields.version, current.version);
      assert.equal(fields.note, 'Dated January 28, 2017');
      assert.equal(fields.publisher, undefined, 'no publisher is named, so none is printed');
    });
  }
});

describe('the RIS of /v/ in astrocite-ris', () => {
  test('¶ 9 reads as the section’s one web page, dated by the version (PY, DA), its number in ET, the essay’s date in OP', () => {
    assert.equal(forParagraph('ris'), templates.section.ris);
    const [item, ...rest] = ris.parse(forParagraph('ris'));
    assert.equal(rest.length, 0);
    assert.equal(item.type, 'webpage');
    assert.equal(item.title, 'This Changed Everything—Twice');
    assert.equal(item['container-title'], `${edition.title}: ${edition.editionName}`);
    assert.deepEqual((item.issued as { 'date-parts': string[][] })['date-parts'][0].map(Number), editionDate.split('-').map(Number));
    assert.equal(item.URL, canonical);
    assert.equal(item.note, undefined);
    assert.equal(item.edition, current.version);
    assert.match(forParagraph('ris'), /^OP {2}- Dated January 28, 2017$/m);
    assert.equal(item.publisher, undefined);
  });
});

describe('html-metadata (Citoid) on dist/v/index.html', async () => {
  const meta = await htmlMetadata.loadFromString(html);
  const graph = meta.jsonLd['@graph'] as Record<string, any>[];
  const node = (id: string) => graph.find((n) => n['@id'].endsWith(id)) as Record<string, any>;

  test('title and section, URL', () => {
    assert.equal(meta.highwirePress.title, 'This Changed Everything—Twice: Part V');
    assert.equal(meta.highwirePress.fulltext_html_url, canonical);
    assert.equal(meta.general.canonical, canonical);
    assert.equal(meta.openGraph.url, canonical);
    assert.equal(node('/v/#section').name, 'Part V');
    assert.equal(node('/v/#section').url, canonical);
    // The page describes its own section; the edition still lists all six as its parts.
    assert.deepEqual(graph.filter((n) => n['@id'].endsWith('#section')).map((n) => n.name), ['Part V']);
    assert.equal(node('#edition').hasPart.length, 6);
  });

  test('both dates: the essay’s (2017) and the edition’s, each on its own work', () => {
    assert.equal(meta.highwirePress.publication_date, editionDate.replaceAll('-', '/'));
    assert.equal(meta.dublinCore.created, '2017-01-28');
    assert.equal(meta.dublinCore.issued, editionDate);
    // The source gives a date, not a venue: the essay is dated (created), not said to be published.
    assert.equal(node('#essay').dateCreated, '2017-01-28');
    assert.equal(node('#essay').datePublished, undefined);
    assert.equal(node('#edition').datePublished, edition.editionDate);
    assert.equal(node('#edition').version, current.version);
    assert.equal(node('/v/#section').version, current.version);
    if (current.date !== edition.editionDate) assert.equal(node('#edition').dateModified, current.date);
    assert.deepEqual(node('#edition').isBasedOn, { '@id': node('#essay')['@id'] });
    assert.deepEqual(node('/v/#section').isPartOf, { '@id': node('#edition')['@id'] });
  });

  test('no one is named who edition.yaml does not name', () => {
    assert.equal(meta.highwirePress.publisher, undefined);
    assert.equal(meta.highwirePress.author, undefined);
    for (const n of graph) for (const field of ['author', 'publisher', 'editor']) assert.equal(n[field], undefined, `${n['@id']} ${field}`);
  });
});

describe('the section page’s Cite panel as built', () => {
  test('/v/ carries the section’s Chicago citation, as the citation page has it, and links to that page; no templates', () => {
    const chicago = /data-cite="chicago-reference">(.*?)<\/p>/.exec(citePage)?.[1] as string;
    assert.ok(chicago.includes(`version ${current.version}`), chicago);
    assert.ok(chicago.includes('Dated January 28, 2017.'), chicago);
    assert.doesNotMatch(citePage, /Originally published/);
    const panel = /<details class="ed-cite" id="cite"[\s\S]*?<\/details>/.exec(html)?.[0] as string;
    assert.ok(panel.includes(`<p class="ed-cite__text">${chicago}</p>`), panel);
    assert.match(panel, /<a href="\/v\/cite\/" data-cite-page>/);
    assert.doesNotMatch(html, /data-cite-templates|data-cite-root/);
  });
});

describe('the CSL-JSON download', () => {
  test('/v/citation.json is linked from the citation page and dates the essay and the edition apart', () => {
    assert.match(citePage, /<a href="\/v\/citation\.json" download="changed_everything_twice_2017_v\.json"/);
    const [item] = JSON.parse(readFileSync(`${DIST}/v/citation.json`, 'utf8'));
    assert.deepEqual(item['original-date'], { 'date-parts': [[2017, 1, 28]] });
    assert.deepEqual(item.issued, { 'date-parts': [editionDate.split('-').map(Number)] });
    assert.equal(item.version, current.version);
    assert.equal(item.URL, canonical);
  });
});

describe('a paragraph’s citations on the citation page (templates completed as the browser does)', () => {
  test('every style names Part V and paragraph 9 and gives the paragraph’s permalink', () => {
    const text = (html: string) => html.replace(/<[^>]+>/g, '');
    assert.equal(text(forParagraph('chicago-short')), '“This Changed Everything—Twice,” pt. V, para. 9.');
    assert.match(text(forParagraph('chicago-note')), /, pt\. V, para\. 9, http[^ ]+\/v\/#p9\.$/);
    assert.equal(text(forParagraph('mla-short')), '(“This Changed Everything—Twice,” pt. 5, par. 9)');
    assert.equal(forParagraph('apa-short'), '(<i>This Changed Everything—Twice</i>, 2017/' + editionDate.slice(0, 4) + ', Part V, para. 9)');
    for (const id of ['chicago', 'mla', 'apa']) assert.ok(text(forParagraph(`${id}-reference`)).includes(`${canonical}#p9`), id);
    for (const id of ['chicago', 'mla', 'apa']) assert.ok(!text(templates.section[`${id}-reference`]).includes('#p'), id);
  });

  test('exports and page metadata hold no paragraph-level record: 0 keys or items ending in a paragraph', () => {
    const exports = [templates.section.bibtex, forParagraph('bibtex'), templates.section.ris, forParagraph('ris'), readFileSync(`${DIST}/v/citation.json`, 'utf8')];
    assert.equal(exports.filter((text) => /_p\d+\b|#p\d+/.test(text)).length, 0);
  });
});

describe('what every page tells a browser, a search engine and a link preview', () => {
  const pages = htmlFiles(DIST).map((file) => builtUrl(DIST, file));

  test('the sweep reads every built page', () => {
    assert.ok(pages.length > 90, `${pages.length} pages`);
    assert.ok(pages.includes('/v/') && pages.includes('/glossary/cheka/') && pages.includes('/404.html'));
  });

  for (const path of pages) {
    test(`${path}: language, a title, a description, and its own address as canonical`, () => {
      const html = page(path);
      const head = select('head', html) as Element;
      const attribute = (selector: string, name: string) => String(select(selector, head)?.properties[name] ?? '');
      assert.equal(select('html', html)?.properties.lang, 'en');
      assert.ok(toString(select('title', head) as Element).length > 10, 'a title of more than ten characters');
      assert.ok(attribute('meta[name="description"]', 'content').length >= 40, 'a description of forty characters or more');
      // The 404 page is served at every unknown address, so it names none.
      if (path !== '/404.html') assert.equal(attribute('link[rel="canonical"]', 'href'), new URL(path, siteOrigin()).href);
    });
  }
});
