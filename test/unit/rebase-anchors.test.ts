import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { rebaseAnchors } from '../../src/essay/rebase-anchors.ts';
import { renderSection } from '../helpers/render-section.ts';

const mdx = 'The Cheka grew.\n\nStalin signed the pact with the soviet.<NoteRef id="serge" />\n';
const sidecars = { v: '- id: serge\n  number: 1\n  text: Serge, *Memoirs*, 119.\n' };

test('the whole-essay page prefixes every id with the section and keeps every same-page link pointing at its target', async () => {
  const html = rebaseAnchors(await renderSection(mdx, sidecars), { slug: 'v', href: '/v/' });
  const tree = fromHtml(html, { fragment: true });
  const ids = selectAll('[id]', tree).map((element) => String(element.properties.id));
  assert.ok(ids.length >= 4, ids.join(' '));
  for (const id of ids) assert.match(id, /^v-/);
  assert.deepEqual(selectAll('p.ed-para', tree).map((p) => p.properties.id), ['v-p1', 'v-p2']);
  assert.equal(select('a.ed-noteref', tree)?.properties.href, '#v-note-1-text');
  assert.equal(select('a.ed-sidenote__back', tree)?.properties.href, '#v-note-1');
  for (const link of selectAll('a[href^="#"]', tree)) assert.ok(ids.includes(String(link.properties.href).slice(1)), `${link.properties.href} has a target`);
});

test('the ¶ mark links to the section’s own permalink, which stays canonical for citing', async () => {
  const tree = fromHtml(rebaseAnchors(await renderSection(mdx, sidecars), { slug: 'iii', href: '/iii/' }), { fragment: true });
  assert.deepEqual(selectAll('a.ed-para__mark', tree).map((a) => a.properties.href), ['/iii/#p1', '/iii/#p2']);
});

test('links to other pages and ids it does not own are left alone', () => {
  const html = rebaseAnchors('<p><a href="/glossary/cheka/">Cheka</a> <a href="#contents">contents</a> <a href="https://example.org/#p1">x</a></p>', { slug: 'v', href: '/v/' });
  assert.equal(html, '<p><a href="/glossary/cheka/">Cheka</a> <a href="#contents">contents</a> <a href="https://example.org/#p1">x</a></p>');
});

test('references by id (aria-describedby, label for) follow the ids they name', () => {
  const html = rebaseAnchors('<p id="p1" aria-describedby="hint"><label for="f">x</label><input id="f"></p><span id="hint">h</span>', { slug: 'v', href: '/v/' });
  assert.equal(html, '<p id="v-p1" aria-describedby="v-hint"><label for="v-f">x</label><input id="v-f"></p><span id="v-hint">h</span>');
});

test('Pagefind’s marks are dropped: the one-page essay is not searched', () => {
  const html = rebaseAnchors('<aside data-pagefind-ignore=""><a class="ed-para__mark" href="#p1">1</a></aside><p id="p1" data-pagefind-weight="2">Text</p>', { slug: 'i', href: '/i/' });
  assert.equal(html, '<aside><a class="ed-para__mark" href="/i/#p1">1</a></aside><p id="i-p1">Text</p>');
});
