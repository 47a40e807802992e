import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { anchorsIn, idsIn, loadRedirects, MANIFEST, publishedPermalinks } from '../../src/permalinks/manifest.ts';
import { loadEditionModel } from '../../src/edition/index.ts';
import { DIST, normalise, page, select } from '../helpers/built-site.ts';
import { toString } from 'hast-util-to-string';

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string[]>;
const redirects = loadRedirects();
/**
 * The note each published note anchor named when it was published: a promise that outlives the note's
 * letter (the editors' notes were lettered in order of addition, then in reading order). An anchor
 * published later names its note by id (`note-<id>`) and is checked by that.
 */
const PUBLISHED_NOTES: Record<string, string> = {
  'note-1': 'party-internal-life',
  'note-2': 'eastern-europe-revolutions',
  'note-3': 'serge-memoirs-81',
  'note-4': 'serge-memoirs-119',
  'note-5': 'serge-kronstadt',
  'note-6': 'serge-memoirs-128',
  'note-7': 'further-reading',
  'note-a': 'kgb-anachronism',
  'note-b': 'poster-image',
  'note-c': 'splendid',
  'note-d': 'each-other',
  'note-e': 'la-lutte',
  'note-f': 'constituent-assembly',
  'note-g': 'united-opposition-dates',
  'note-h': 'kronstadt-casualties',
  'note-i': 'death-penalty-1918',
  'note-j': 'communists-executed-1929',
  'note-k': 'what-is-to-be-done',
  'note-l': 'soviet-government-parties',
  'note-m': 'comintern-founding',
};
const { notes } = loadEditionModel();
const fileFor = (url: string) => `${DIST}${url}${url.endsWith('/') ? 'index.html' : ''}`;

describe('published permalinks keep working', () => {
  test('every URL in the manifest still resolves, or has a declared redirect', () => {
    const broken = Object.keys(manifest).filter((url) => !existsSync(fileFor(url)));
    assert.deepEqual(broken, [], `these published URLs no longer resolve; declare redirects in content/redirects.json: ${broken.join(', ')}`);
    for (const [from, to] of Object.entries(redirects)) {
      assert.ok(existsSync(fileFor(to)), `redirect ${from} → ${to} points nowhere`);
      assert.match(readFileSync(fileFor(from), 'utf8'), /http-equiv="refresh"/, `${from} has no redirect page`);
    }
  });

  test('every anchor in the manifest still exists on its page', () => {
    const missing = Object.entries(manifest).flatMap(([url, anchors]) => {
      if (redirects[url]) return [];
      const present = new Set(idsIn(readFileSync(fileFor(url), 'utf8')));
      return anchors.filter((anchor) => !present.has(anchor)).map((anchor) => `${url}#${anchor}`);
    });
    assert.deepEqual(missing, [], 'published anchors were removed: restore them (anchors cannot be redirected)');
  });

  test('the manifest lists everything the site now publishes (run `npm run permalinks` after adding pages)', () => {
    const published = publishedPermalinks(DIST);
    // A page is listed even when it has no anchor to promise (a section's citation page, /v/cite/).
    assert.deepEqual(Object.keys(published).filter((url) => !manifest[url]), []);
    const unlisted = Object.entries(published).flatMap(([url, anchors]) => anchors.filter((anchor) => !manifest[url]?.includes(anchor)).map((anchor) => `${url}#${anchor}`));
    assert.deepEqual(unlisted, []);
  });

  test('the manifest covers the essay: six sections, 47 paragraphs, seven notes, the glossary', () => {
    const sections = ['/i/', '/ii/', '/iii/', '/iv/', '/v/', '/afterword/'];
    assert.equal(sections.flatMap((url) => manifest[url].filter((anchor) => /^p\d+$/.test(anchor))).length, 47);
    assert.equal(manifest['/notes/'].filter((anchor) => /^note-\d+$/.test(anchor)).length, 7);
    assert.ok(manifest['/glossary/soviet/'] && manifest['/glossary/'].includes('soviet'));
    assert.ok(manifest['/iii/'].includes('figure-1'));
  });

  test('every published note anchor lands on the same note as when it was published, its text included', () => {
    // The first words of a note as the page prints them (Markdown emphasis gone, the source's "La lute" emended).
    const opening = (id: string) => normalise((notes.byId.get(id)?.text ?? '').replace(/[*_]/g, '')).split(' ').slice(0, 5).join(' ');
    const landed: string[] = [];
    const expected: string[] = [];
    for (const [url, anchors] of Object.entries(manifest)) {
      if (redirects[url] || !anchors.some((anchor) => anchor.includes('note-'))) continue;
      const tree = page(url);
      for (const anchor of anchors) {
        const match = /^(?:([a-z]+)-)?(note-[a-z0-9-]+)$/.exec(anchor);
        if (!match) continue;
        const noteId = PUBLISHED_NOTES[match[2]] ?? match[2].replace(/^note-/, '');
        const element = select(`[id="${anchor}"]`, tree);
        // A reference leads to its note's text; on /notes/ the anchor is the note's own entry.
        const target = element?.tagName === 'a' ? select(`[id="${String(element.properties.href).slice(1)}"]`, tree) : element;
        const forms = [`${url}#${anchor}`, url.endsWith('/essay/') || url === '/notes/' ? undefined : `${url}#${anchor}-text`].filter((form) => form !== undefined);
        for (const form of forms) {
          const text = form.endsWith('-text') ? select(`[id="${anchor}-text"]`, tree) : target;
          landed.push(`${form} → ${text ? normalise(toString(text)).includes(opening(noteId)) ? noteId : normalise(toString(text)).slice(0, 60) : 'nothing'}`);
          expected.push(`${form} → ${noteId}`);
        }
      }
    }
    assert.ok(expected.length >= 20 * 2 + 20 + 20, `every note's anchors on its section page, /notes/ and /essay/ (${expected.length})`);
    assert.deepEqual(landed, expected);
  });
});
