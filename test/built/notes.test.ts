import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { loadEditionModel } from '../../src/edition/index.ts';
import { epubFileName } from '../../src/edition/urls.ts';
import { DIST, page, select, selectAll } from '../helpers/built-site.ts';
import { markOf } from '../helpers/note-marks.ts';

// A reader meets the editors' notes as a, b, c… wherever they look: the essay, /notes/, the book, search.
const SECTIONS = ['i', 'ii', 'iii', 'iv', 'v', 'afterword'];
const editors = loadEditionModel().notes.all.filter((note) => note.letter !== undefined);
const alphabet = editors.map((_, index) => String.fromCharCode(97 + index));
const isLetter = (mark: string) => /^[a-z]$/.test(mark);

/** The marks a page shows on its editors' references, in the order they stand on it. */
const lettersOn = (path: string) => selectAll('a.ed-noteref', page(path)).map(markOf).filter(isLetter);

describe('editors’ letters run a, b, c… in reading order', () => {
  test('on /essay/, where the whole essay is read in order', () => {
    assert.deepEqual(lettersOn('/essay/'), alphabet);
  });

  test('across the section pages, read in order', () => {
    assert.deepEqual(SECTIONS.flatMap((slug) => lettersOn(`/${slug}/`)), alphabet);
  });

  test('on /notes/, listed in that order, each linked to the reference that shows its letter', () => {
    const items = selectAll('li.ed-note-list__item', page('/notes/')).filter((item) => item.properties.dataKind === 'editorial');
    assert.deepEqual(items.map((item) => markOf(select('.ed-note-list__mark', item) ?? item)), alphabet);
    // The list's notes are the essay's, in the order /essay/ prints their references (`v-note-h` → `note-h`).
    const essayOrder = selectAll('a.ed-noteref', page('/essay/')).filter((ref) => isLetter(markOf(ref))).map((ref) => String(ref.properties.id).replace(/^[a-z]+-(?=note-)/, ''));
    assert.deepEqual(items.map((item) => item.properties.id), essayOrder);
    for (const item of items) {
      const mark = markOf(select('.ed-note-list__mark', item) ?? item);
      const place = select('.ed-note-list__place a', item);
      const [path, anchor] = String(place?.properties.href).split('#');
      const reference = select(`[id="${anchor}"]`, page(path));
      assert.equal(reference && markOf(reference), mark, `/notes/ "${mark}" links to ${path}#${anchor}`);
      // "Editor’s note c, in Part III", white space taken out.
      assert.match(place ? markOf(place) : '', new RegExp(`note${mark},in`), 'the link names the same letter');
    }
  });

  test('in the EPUB: in order through the chapters’ text, each the letter the site shows at the same anchor', () => {
    const zip = unzipSync(readFileSync(join(DIST, epubFileName(loadEditionModel().edition.title))));
    const inText: string[] = [];
    const all: string[] = [];
    for (const slug of SECTIONS) {
      const entry = Object.keys(zip).find((path) => path.endsWith(`/${slug}.xhtml`));
      const doc = new JSDOM(strFromU8(zip[entry ?? '']), { contentType: 'application/xhtml+xml' }).window.document;
      for (const ref of doc.querySelectorAll('a.noteref')) {
        const mark = (ref.textContent ?? '').replace(/[\s[\]]/g, '');
        const site = select(`[id="${ref.id}"]`, page(`/${slug}/`));
        assert.equal(mark, site && markOf(site), `${slug}.xhtml#${ref.id}`);
        if (!isLetter(mark)) continue;
        all.push(mark);
        // A reference inside a footnote (an emendation in note 5) is met when that note is opened.
        if (!ref.closest('aside')) inText.push(mark);
      }
    }
    assert.deepEqual(inText, [...inText].sort(), 'the text’s letters run in order');
    assert.deepEqual(all.sort(), alphabet);
  });

  test('in search results: a note found by its words is named by the letter its page shows', () => {
    const dir = join(DIST, 'pagefind', 'fragment');
    const records = readdirSync(dir).map((name) => JSON.parse(gunzipSync(readFileSync(join(dir, name))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; meta: Record<string, string>; anchors: { id: string }[] });
    const named: string[] = [];
    for (const record of records.filter((r) => SECTIONS.some((slug) => r.url.startsWith(`/${slug}/#`)))) {
      const path = record.url.split('#')[0];
      const marks = new Map((record.meta.marks ?? '').split(' ').filter(Boolean).map((pair) => pair.split('=') as [string, string]));
      for (const { id } of record.anchors.filter((anchor) => anchor.id.startsWith('note-'))) {
        const reference = select(`[id="${id.replace(/-text$/, '')}"]`, page(path));
        assert.equal(marks.get(id), reference && markOf(reference), `${record.url}: ${id}`);
        named.push(marks.get(id) ?? '');
      }
    }
    assert.deepEqual(named.filter(isLetter).sort(), alphabet, 'every editors’ note is a place in the search records');
  });
});
