import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildGlossary } from '../../src/edition/glossary.ts';
import { buildTimeline, byDate, checkMentions, dateLabel, sortKey } from '../../src/edition/timeline.ts';

const FILE = 'content/timeline.yaml';
const glossary = buildGlossary([
  { file: 'content/glossary/cheka.yaml', text: 'headword: Cheka\nkind: organisation\nshort: The Bolsheviks’ political police, founded in December 1917.\nnote: First sentence. Second sentence.\nreferences:\n  - "George Leggett, The Cheka (Oxford: Clarendon Press, 1981)."\n' },
]);
const periods = 'periods:\n  - { id: revolution, title: Revolution, from: 1917, to: 1920 }\n  - { id: nep, title: The NEP, from: 1921, to: 1927 }\n';
const SOURCE = '    sources: ["George Leggett, The Cheka: Lenin\'s Political Police (Oxford: Clarendon Press, 1981)."]\n';
const event = (fields: string, sources = SOURCE) => `  - id: cheka-founded\n    date: 1917-12-20\n    title: The Cheka founded\n    summary: The Council of People's Commissars creates the Cheka.\n    mentions: [{ at: v#p5, quote: "establishment in December 1917" }]\n${sources}${fields}`;
const timeline = (events: string) => buildTimeline(FILE, `${periods}events:\n${events}`, glossary);
const paragraphs = new Map([['v', ['One.', 'Two.', 'Three.', 'Four.', 'The Cheka, from the time of its establishment in December 1917, was another serious error.']]]);

describe('timeline dates', () => {
  test('print to the precision known, with spans and certainty', () => {
    assert.equal(dateLabel({ date: '1917-12-20' }), '20 December 1917');
    assert.equal(dateLabel({ date: '1921-03' }), 'March 1921');
    assert.equal(dateLabel({ date: '1921-03-01', end: '1921-03-18' }), '1–18 March 1921');
    assert.equal(dateLabel({ date: '1924-02', end: '1924-05' }), 'February–May 1924');
    assert.equal(dateLabel({ date: '1871-03-18', end: '1871-05-28' }), '18 March–28 May 1871');
    assert.equal(dateLabel({ date: '1918', end: '1921', qualifier: 'circa' }), 'c. 1918–1921');
    assert.equal(dateLabel({ date: '1919', qualifier: 'by' }), 'by 1919');
    assert.equal(dateLabel({ date: '1939-11-30', end: '1940-03-13' }), '30 November 1939–13 March 1940');
  });

  test('order by start, a year before its months, a month before its days', () => {
    assert.ok(sortKey('1921', 'start') < sortKey('1921-03', 'start'));
    assert.ok(sortKey('1921-03', 'start') < sortKey('1921-03-16', 'start'));
    assert.ok(sortKey('1921-03', 'end') > sortKey('1921-03-31', 'start'));
    const events = [{ date: '1921-03-01', end: '1921-03-18' }, { date: '1921-03' }, { date: '1921' }, { date: '1920', end: '1921' }];
    assert.deepEqual([...events].sort(byDate).map((e) => e.date), ['1920', '1921', '1921-03', '1921-03-01']);
  });

  test('events are grouped into periods and sorted by date, whatever their order in the file', () => {
    const built = timeline(`${event('')}  - { id: nep, date: 1921-03, title: New Economic Policy, summary: Tax in kind replaces requisitioning., mentions: [{ at: v#p1, quote: One. }], sources: ['E. H. Carr, The Bolshevik Revolution, 1917–1923, vol. 2 (London: Macmillan, 1952).'] }\n`.replace('id: nep, date', 'id: new-economic-policy, date'));
    assert.deepEqual(built.periods.map((period) => period.events.map((e) => e.id)), [['cheka-founded'], ['new-economic-policy']]);
  });
});

describe('timeline errors name the file, the line and what to do', () => {
  const rejects = (events: string, message: RegExp, check = false) =>
    assert.throws(() => {
      const built = timeline(events);
      if (check) checkMentions(built, paragraphs);
    }, message);

  test('a malformed date', () => rejects(event('').replace('1917-12-20', '1917-13-01'), /content\/timeline.yaml:\d+: is not a date in the calendar at `events.0.date`/));
  test('a date in the wrong format', () => rejects(event('').replace('1917-12-20', '20.12.1917'), /timeline.yaml:6: write the date as YYYY, YYYY-MM or YYYY-MM-DD/));
  test('a span that ends before it begins', () => rejects(event('    end: 1917-11\n'), /timeline.yaml:\d+: event "cheka-founded" ends \(1917-11\) before or when it begins/));
  test('an unknown glossary entry', () => rejects(event('    glossary: [cheka, okhrana]\n'), /glossary entry "okhrana" does not exist\n  → Add content\/glossary\/okhrana.yaml/));
  test('a duplicate id', () => rejects(event('') + event(''), /timeline.yaml:\d+: the id "cheka-founded" is used twice/));
  test('an event outside every period', () => rejects(event('').replace('1917-12-20', '1905'), /event "cheka-founded" \(1905\) falls in no period/));
  test('an event without sources, at its line, with what to write', () =>
    rejects(event('', ''), /content\/timeline.yaml:5: every event needs `sources`: one to three standard works or documents that support its date and summary at `events.0.sources`\n  → See the comments at the top of content\/timeline.yaml/));
  test('an empty list of sources', () => rejects(event('', '    sources: []\n'), /timeline.yaml:10: give at least one source at `events.0.sources`/));
  test('more than three sources', () => rejects(event('', `    sources:\n${'      - "A, B (London: C, 1990)."\n'.repeat(4)}`), /give at most three sources/));
  test('a source that is not a reference', () => rejects(event('', '    sources: [Leggett]\n'), /timeline.yaml:10: write a source as "Author, Title \(Place: Publisher, Year\), locator." or, cited as a whole, `\{ work: "…", whole: subject \| unchecked \| "<the reason>" \}` at `events.0.sources.0`/));
  test('a summary longer than one line', () => rejects(event('').replace("creates the Cheka.", 'creates the Cheka. ' + 'word '.repeat(30)), /keep it to 30 words or fewer/));
  test('a quotation its paragraph does not contain, with where the words are', () =>
    rejects(event('').replace('v#p5', 'v#p4'), /timeline.yaml:\d+: "v#p4" does not contain "establishment in December 1917"\n  → The words are in v#p5: fix `at`./, true));
  test('a paragraph the section does not have', () => rejects(event('').replace('v#p5', 'v#p9'), /"v#p9": section "v" has 5 paragraphs/, true));
  test('a section that does not exist', () => rejects(event('').replace('v#p5', 'vi#p5'), /"vi#p5": there is no section "vi"/, true));
  test('a timeline whose quotations are in place passes', () => assert.doesNotThrow(() => checkMentions(timeline(event('    glossary: [cheka]\n')), paragraphs)));
});

describe('periods may overlap or nest, and each event belongs to one', () => {
  const nested =
    'periods:\n  - { id: revolution, title: Revolution and civil war, from: 1917, to: 1920 }\n  - { id: the-civil-war, title: The Civil War, from: 1918, to: 1920 }\n  - { id: war, title: The Second World War, from: 1939, to: 1945 }\n  - { id: cold-war, title: The Cold War, from: 1945, to: 1991 }\n';
  const at = (id: string, date: string, extra = '') => event(extra).replace('cheka-founded', id).replace('1917-12-20', date);
  const build = (events: string) => buildTimeline(FILE, `${nested}events:\n${events}`, glossary);

  test('a period inside another is its child, and an event belongs to the narrowest period that holds its year', () => {
    const built = build(at('cheka-founded', '1917-12-20') + at('red-terror', '1918-09-05') + at('pact', '1939-08-23'));
    assert.deepEqual(built.periods.map((period) => period.id), ['revolution', 'war', 'cold-war']);
    const civil = built.all.find((period) => period.id === 'the-civil-war');
    assert.equal(civil?.parent?.id, 'revolution');
    assert.equal(civil?.depth, 1);
    assert.deepEqual(civil?.events.map((e) => e.id), ['red-terror']);
    assert.deepEqual(built.periods[0].items.map((item) => (item.kind === 'event' ? item.event.id : `[${item.period.id}]`)), ['cheka-founded', '[the-civil-war]']);
    assert.deepEqual(built.all.map((period) => period.id), ['revolution', 'the-civil-war', 'war', 'cold-war']);
  });

  test('a year in two overlapping periods, neither inside the other, needs `period:`, which must hold the year', () => {
    assert.throws(() => build(at('hiroshima', '1945-08-06')), /timeline\.yaml:\d+: event "hiroshima" \(1945-08-06\) falls in 2 periods that overlap, "war" \(1939–1945\) and "cold-war" \(1945–1991\)\n {2}→ Say which it belongs to: add `period: war`/);
    const built = build(at('hiroshima', '1945-08-06', '    period: war\n'));
    assert.deepEqual(built.periods[1].events.map((e) => e.id), ['hiroshima']);
    assert.throws(() => build(at('hiroshima', '1945-08-06', '    period: revolution\n')), /event "hiroshima" \(1945-08-06\) is not within period "revolution" \(1917–1920\)/);
  });
});
