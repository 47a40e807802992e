import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { restoreSource } from '../oracle/restore.ts';
import { authorText, normalise, page, select, selectAll } from '../helpers/built-site.ts';
import { DEPARTURE_KINDS, loadDepartures } from '../../src/edition/departures.ts';
import { loadNotes } from '../../src/edition/notes.ts';

// The About page's list of departures from the copy-text, checked against the differences this test finds
// itself between the source (restored independently by the test oracle) and the built edition: a difference
// the list lacks, or an entry that names no difference, fails.
const source = readFileSync('content/source/essay.txt', 'utf8');
const essay = restoreSource(source);
const departures = loadDepartures();
const notes = loadNotes().all;
const slugs = new Map([['I', 'i'], ['II', 'ii'], ['III', 'iii'], ['IV', 'iv'], ['V', 'v'], ['Afterword', 'afterword']]);
const listed = (kind: string) => departures.filter((departure) => departure.kind === kind);
const about = page('/about/');
const words = (text: string) => normalise(text.replace(/\*/g, '').replace(/[“”]/g, '"').replace(/[‘’]/g, "'"));

/** The essay's own text on a built section page: paragraphs and the boxed figure, without the editors' apparatus. */
function essayElements(slug: string): Element[] {
  const doc = page(`/${slug}/`);
  return [...selectAll('p.ed-para', doc), ...selectAll('.ed-prose figure.ed-box', doc)];
}

/** Italic runs in an element, as text, leaving out the editors' words and the notes. */
function italics(element: Element): string[] {
  return selectAll('em, i, cite', element)
    .filter((node) => !selectAll('.ed-editorial, .ed-sidenote', element).some((apparatus) => selectAll('*', apparatus).includes(node)))
    .map((node) => normalise(toString(node)));
}

describe('the list of departures from the copy-text is complete and true', () => {
  test('every paragraph a page break split is listed, at the paragraph that now holds both halves', () => {
    const joins = essay.repairs.filter((repair) => repair.kind === 'join');
    assert.equal(listed('join').length, joins.length, `the source has ${joins.length} split paragraphs; the list names ${listed('join').length}`);
    for (const join of joins) {
      const after = join.at.split(' | ')[1].split(' ').slice(0, 3).join(' ');
      const entry = listed('join').find((departure) => departure.source.includes(after));
      assert.ok(entry, `no join listed for "${join.at}"`);
      const [slug, id] = entry.at.split('#');
      const paragraph = select(`p.ed-para#${id}`, page(`/${slug}/`));
      assert.ok(paragraph && authorText(paragraph).includes(join.at.split(' | ')[0].trim().slice(-12)), `${entry.at} does not hold the join "${join.at}"`);
    }
  });

  test('every garbled heading and the stray space before a note marker are listed', () => {
    for (const repair of essay.repairs.filter((repair) => repair.kind === 'heading')) {
      assert.ok(listed('heading').some((departure) => departure.source.includes(repair.at.replace(/^#+\s*/, ''))), `heading "${repair.at}" is not listed`);
    }
    assert.equal(listed('heading').length, essay.repairs.filter((repair) => repair.kind === 'heading').length);
    const spacing = essay.repairs.filter((repair) => repair.kind === 'note-marker-space');
    assert.equal(listed('spacing').length, spacing.length);
    for (const entry of listed('spacing')) {
      const [slug, id] = entry.at.split('#');
      const paragraph = select(`p.ed-para#${id}`, page(`/${slug}/`));
      const mark = /<sup>(\d+)<\/sup>/.exec(entry.source)?.[1];
      assert.ok(paragraph && mark && select(`a#note-${mark}`, paragraph), `${entry.at} does not hold note ${mark}`);
    }
  });

  test('a heading of the source that the edition does not print as a section heading is listed as dropped', () => {
    const headings = source.split('\n').filter((line) => /^#+\s/.test(line)).map((line) => line.replace(/^#+\s*/, '').replace(/\*\*/g, '').replace(/^\$\\mathbf\{(.+)\}\$$/, '$1'));
    const printed = new Set([essay.title, ...essay.sections.map((section) => section.heading)]);
    const dropped = headings.filter((heading) => !printed.has(heading));
    assert.ok(dropped.length > 0, 'the source’s note list has a heading of its own, which the edition does not print');
    for (const heading of dropped) assert.ok(listed('presentation').some((departure) => departure.source.includes(heading)), `the dropped heading "${heading}" is not listed`);
  });

  test('every italic the edition sets that the source does not, and every one it drops, is listed', () => {
    const differences: string[] = [];
    for (const section of essay.sections) {
      const slug = slugs.get(section.heading) as string;
      const sourceText = section.blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.blocks.join('\n'))).join('\n');
      const inSource = [...sourceText.matchAll(/\*([^*]+)\*/g)].map((match) => normalise(match[1]));
      const onPage = essayElements(slug).flatMap(italics);
      for (const run of onPage) if (!inSource.includes(run)) differences.push(`${slug}: italics added to "${run}"`);
      for (const run of inSource) if (!onPage.includes(run)) differences.push(`${slug}: italics dropped from "${run}"`);
    }
    assert.ok(differences.length > 0, 'the edition sets at least one title in italics that the source does not (Reed’s)');
    for (const difference of differences) {
      const run = /"(.+)"$/.exec(difference)?.[1] as string;
      assert.ok(listed('presentation').some((departure) => departure.edition.includes(run) && /italic/.test(departure.edition)), `not listed: ${difference}`);
    }
  });

  test('the boxed figure’s words are the source’s but for what the list says (the attribution’s hyphen)', () => {
    const figure = essay.sections.flatMap((section) => section.blocks).find((block) => block.kind === 'figure');
    assert.ok(figure?.kind === 'figure');
    const built = select('.ed-prose figure.ed-box', page('/iii/')) as Element;
    const copy = structuredClone(built);
    copy.children = copy.children.filter((child) => !(child.type === 'element' && selectAll('.ed-editorial', child).length > 0 && child.tagName === 'p'));
    for (const ins of selectAll('ins.ed-emendation', copy)) ins.children = [{ type: 'text', value: String(ins.properties.dataSourceReading) }];
    for (const apparatus of selectAll('.ed-editorial, a.ed-noteref', copy)) apparatus.children = [];
    // Blocks are joined without their line breaks on either side: white space is not compared.
    const edition = words(toString(copy)).replace(/\s+/g, '');
    const sourceWords = words(figure.blocks.join(' ')).replace(/\s+/g, '');
    // The only difference: the hyphen the source types before Reed's name, which the edition draws as a dash.
    assert.equal(edition, sourceWords.replace(/-JohnReed/, 'JohnReed'));
    assert.notEqual(edition, sourceWords, 'the attribution differs from the source, so the list must say how');
    assert.ok(listed('presentation').some((departure) => departure.at === 'iii#figure-1' && /hyphen/.test(departure.edition)), 'the attribution’s hyphen is not listed');
    assert.ok(listed('insertion').some((departure) => departure.at === 'iii#figure-1'), 'the editors’ words in the figure are not listed');
    assert.ok(selectAll('.ed-editorial', built).some((node) => /Image not available/.test(toString(node))), 'the listed insertion is on the page');
  });

  test('the emendations and restored references on the page are exactly those the notes record', () => {
    const printed = essay.sections.flatMap((section) => selectAll('ins.ed-emendation', page(`/${slugs.get(section.heading)}/`)).map((ins) => String(ins.properties.dataSourceReading)));
    assert.deepEqual(printed.sort(), notes.filter((note) => note.emend).map((note) => note.emend?.source).sort());
    const sourceMarks = new Set([...source.matchAll(/<sup>(\d+)<\/sup>/g)].map((match) => Number(match[1])));
    const restored = notes.filter((note) => note.restored).map((note) => note.number);
    assert.deepEqual(restored.sort(), essay.notes.map((note) => note.number).filter((number) => !sourceMarks.has(number)).sort(), 'restored: exactly the notes whose marker the source lost');
  });

  test('About prints every entry of the list, every emendation and every restored reference', () => {
    const items = selectAll('ul.ed-departures > li', about);
    assert.equal(items.length, departures.length);
    assert.deepEqual(items.map((item) => String(item.properties.dataAt)), DEPARTURE_KINDS.flatMap(({ kind }) => listed(kind).map((departure) => departure.at)));
    assert.equal(selectAll('#emendations ~ table tbody tr, section[aria-labelledby="emendations"] tbody tr', about).length, notes.filter((note) => note.emend).length);
    const restoredList = normalise(toString(select('section[aria-labelledby="restored-notes"]', about) as Element));
    for (const note of notes.filter((note) => note.restored)) {
      assert.match(restoredList, new RegExp(`Note ${note.number}, in [^(]+\\(${note.certainty}\\)`));
      for (const alternative of note.alternatives ?? []) assert.ok(restoredList.includes(normalise(alternative)), `note ${note.number}: an alternative is missing from About`);
    }
  });
});
