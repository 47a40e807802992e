import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { builtFiles } from '../../src/built/site.ts';
import { DIST } from '../helpers/built-site.ts';

/** The cascade layers in the order src/styles/global.css declares them. */
const LAYERS = readFileSync('src/styles/global.css', 'utf8').match(/@layer ([a-z, ]+);/)?.[1].split(/,\s*/) ?? [];

/** Every built HTML page but Pagefind's own files. */
function pages(): string[] {
  return builtFiles(DIST, /\.html$/, ['pagefind']);
}

/** The CSS a page links, in document order, joined. */
const cssOf = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]), 'utf8')).join('\n');
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

describe('each page loads the styles it uses, in the declared cascade layers', () => {
  test('global.css declares the layer order', () => {
    assert.deepEqual(LAYERS, ['reset', 'tokens', 'base', 'prose', 'components', 'utilities', 'print']);
  });

  for (const file of pages()) {
    test(`${relative(DIST, file)}: stylesheets only, and the layers first appear in the declared order`, () => {
      const html = readFileSync(file, 'utf8');
      assert.doesNotMatch(html, /<style[\s>]/, 'no inline <style>: stylesheets are files');
      const seen: string[] = [];
      for (const [, names] of cssOf(html).matchAll(/@layer ([a-z, ]+)[{;]/g)) for (const name of names.split(',').map((n) => n.trim())) if (!seen.includes(name)) seen.push(name);
      // A component file linked before the global one would make its layer the weakest.
      assert.deepEqual(seen, LAYERS.filter((name) => seen.includes(name)));
      assert.equal(seen[0], 'reset', 'the global stylesheet is linked first');
    });
  }

  test('every page but a citation page links one stylesheet before its first paint (the layout’s rules and its own, in one file)', () => {
    const heads = pages().filter((file) => !/[/\\]cite[/\\]index\.html$/.test(file));
    const many = heads.filter((file) => [...readFileSync(file, 'utf8').split('</head>')[0].matchAll(/<link rel="stylesheet"/g)].length !== 1).map((file) => relative(DIST, file));
    assert.ok(heads.length > 80);
    assert.deepEqual(many, []);
  });

  const loads = (path: string, selector: string) => cssOf(page(path)).includes(selector);
  test('a section page loads neither the timeline’s, the search page’s nor the glossary index’s rules', () => {
    for (const selector of ['.ed-event', '.ed-search__form', '.ed-glossary__entry', '.ed-title-page__title', '.ed-essay__part']) assert.ok(!loads('v', selector), `/v/ loads ${selector}`);
    for (const selector of ['.ed-cite', '.ed-pager', '.ed-para__mark', '.ed-toc', '.ed-sidenote', '.ed-term']) assert.ok(loads('v', selector), `/v/ lacks ${selector}`);
  });

  test('boxed material is styled where a section has some (Part III, the whole essay), and only there', () => {
    assert.ok(loads('iii', '.ed-box') && loads('essay', '.ed-box'));
    assert.ok(!loads('v', '.ed-box') && !loads('i', '.ed-box'));
  });

  test('the tooltip’s styles come with its script, not with the page', () => {
    assert.ok(!loads('v', '.ed-tip__headword') && !loads('essay', '.ed-tip__headword'));
  });

  test('a section page loads the Cite panel’s rules as built; the full panel’s come with it, from its citation page', () => {
    for (const selector of ['.ed-cite__code', '.ed-cite__picker', '.ed-cite-page']) {
      assert.ok(!loads('v', selector), `/v/ loads ${selector}`);
      assert.ok(loads('v/cite', selector), `/v/cite/ lacks ${selector}`);
    }
    // The citation page's small buttons look like the section page's.
    assert.ok(loads('v/cite', '.ed-copy{') && loads('v', '.ed-copy{'));
    assert.ok(!loads('v/cite', '.ed-para__mark') && !loads('v/cite', '.ed-box'), 'the citation page carries none of the text’s rules');
  });

  test('the timeline and the title page load their own rules and not the sections’', () => {
    assert.ok(loads('timeline', '.ed-event') && !loads('timeline', '.ed-cite') && !loads('timeline', '.ed-para__mark'));
    assert.ok(loads('', '.ed-title-page__title') && !loads('', '.ed-event') && !loads('', '.ed-cite'));
  });
});
