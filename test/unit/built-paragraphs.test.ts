import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { builtParagraphTexts } from '../../src/built/paragraphs.ts';
import { buildGlossary } from '../../src/edition/glossary.ts';
import { buildTimeline, checkMentions } from '../../src/edition/timeline.ts';

// The post-build pipeline checks the timeline's quotations against the built pages before the EPUB prints them.
const dist = mkdtempSync(join(tmpdir(), 'built-'));
after(() => rmSync(dist, { recursive: true, force: true }));
mkdirSync(join(dist, 'v'));
writeFileSync(
  join(dist, 'v', 'index.html'),
  '<!doctype html><html><body><main class="ed-prose">' +
    '<p class="ed-para" id="p1">One.</p>' +
    '<p class="ed-para" id="p2">The <a class="ed-term" href="/glossary/cheka/">Cheka</a>, from its establishment in <ins class="ed-emendation" data-source-reading="Decmber">December</ins> 1917,<a class="ed-noteref" id="note-4" href="#note-4-text"><span class="ed-noteref__gap">&nbsp;</span><sup>4</sup></a>\n   was an error.</p>' +
    '<div class="ed-margin"><aside class="ed-sidenote" id="note-4-text">Serge, Memoirs, 119.</aside></div>' +
    '</main></body></html>',
);
const glossary = buildGlossary([]);
const timeline = (quote: string) =>
  buildTimeline(
    'content/timeline.yaml',
    `periods:\n  - { id: revolution, title: Revolution, from: 1917, to: 1920 }\nevents:\n  - id: cheka-founded\n    date: 1917-12-20\n    title: The Cheka founded\n    summary: The Council of People's Commissars creates the Cheka.\n    mentions: [{ at: v#p2, quote: "${quote}" }]\n    sources: ["George Leggett, The Cheka: Lenin's Political Police (Oxford: Clarendon Press, 1981)."]\n`,
    glossary,
  );

describe('the built paragraphs the timeline is checked against', () => {
  test('are the author’s words as printed: glossed words and the emended reading in, note marks and notes out', () => {
    assert.deepEqual(builtParagraphTexts(dist, ['v']).get('v'), ['One.', 'The Cheka, from its establishment in December 1917, was an error.']);
  });

  test('a quotation the built page does not print stops the build at the timeline’s line', () => {
    assert.doesNotThrow(() => checkMentions(timeline('establishment in December 1917, was'), builtParagraphTexts(dist, ['v'])));
    assert.throws(() => checkMentions(timeline('establishment in 1917'), builtParagraphTexts(dist, ['v'])), /^ContentError: content\/timeline.yaml:8: "v#p2" does not contain "establishment in 1917"/);
  });
});
