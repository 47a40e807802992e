import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { restoreSource } from '../oracle/restore.ts';
import { normalise, page, select } from '../helpers/built-site.ts';
import { toString } from 'hast-util-to-string';

const essay = restoreSource(readFileSync('content/source/essay.txt', 'utf8'));
const about = normalise(toString(select('main', page('/about/'))!));

describe('the About page states what the source and the edition show', () => {
  test('the number of paragraphs rejoined after a page break is the number the restoration finds', () => {
    const joins = essay.repairs.filter((repair) => repair.kind === 'join').length;
    const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    assert.match(about, new RegExp(`${words[joins]} paragraphs that a page break had split`, 'i'));
  });

  test('the paragraph and note counts are the built essay’s', () => {
    const paragraphs = essay.sections.flatMap((section) => section.blocks).filter((block) => block.kind === 'paragraph').length;
    assert.match(about, new RegExp(`The essay has ${paragraphs} paragraphs`));
    assert.match(about, new RegExp(`The author’s notes keep their numbers, 1 to ${essay.notes.length}\\.`));
  });
});
