import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readSectionFiles } from '../../src/edition/section-files.ts';

// The one list of sections every page, the EPUB and the notes' order check read.
const section = (heading: string, order: number) => `---\nheading: ${heading}\norder: ${order}\nsummary: The author argues that this section is a test of the order.\n---\n\nText.\n`;

function withSections(files: Record<string, string>, run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'sections-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the section list', () => {
  test('the essay’s sections come in reading order, named as a reader sees them', () => {
    const sections = readSectionFiles();
    assert.deepEqual(
      sections.map(({ slug, name }) => [slug, name]),
      [['i', 'Part I'], ['ii', 'Part II'], ['iii', 'Part III'], ['iv', 'Part IV'], ['v', 'Part V'], ['afterword', 'Afterword']],
    );
  });

  test('a gap in the order stops the build with the file, the line of `order` and what to do', () => {
    withSections({ 'a.mdx': section('I', 1), 'b.mdx': section('II', 3) }, (dir) => {
      assert.throws(() => readSectionFiles(dir), (error: Error) => {
        assert.equal(error.message, `${join(dir, 'b.mdx')}:3: section order 3 is out of sequence (expected 2)\n  → Give the sections the orders 1, 2, 3… in reading order, each once.`);
        return true;
      });
    });
  });
});
