import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { sectionSchema } from '../../src/schemas/section.ts';

// The contents page speaks in the editors' voice: a summary reports the author's argument, never asserts it.
const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') as Record<string, unknown>;

describe('section summaries report the author’s argument', () => {
  for (const name of readdirSync('content/essay').filter((file) => file.endsWith('.mdx'))) {
    test(`${name}: its summary is attributed and at most 200 characters`, () => {
      const result = sectionSchema.safeParse(frontmatter(`content/essay/${name}`));
      assert.ok(result.success, result.error?.issues[0]?.message);
      assert.ok(result.data.summary.length <= 200);
    });
  }

  test('a summary that states the thesis as the edition’s own is rejected', () => {
    const result = sectionSchema.safeParse({ heading: 'II', order: 2, summary: 'A bureaucratic counter-revolution under Stalin made one-party rule its principle.' });
    assert.equal(result.success, false);
    assert.equal(result.error?.issues[0]?.message, 'report the thesis as the author’s: "The author argues…", "The essay recounts…"');
  });
});
