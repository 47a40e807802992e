import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toHtml } from 'hast-util-to-html';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeGlossary from '../../src/markdown/rehype-glossary.ts';
import rehypeParagraphIds from '../../src/markdown/rehype-paragraph-ids.ts';
import { isEssayFile } from '../../src/markdown/scope.ts';
import { TEST_GLOSSARY } from '../helpers/render-section.ts';

const render = async (path: string) => {
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphIds).use(rehypeGlossary, { dir: TEST_GLOSSARY });
  const file = new VFile({ path: `${process.cwd()}/${path}`, value: 'The soviets met.\n' });
  return toHtml(await processor.run(processor.parse(file), file));
};

describe('the edition’s plugins annotate the essay and nothing else', () => {
  test('a section of the essay is numbered and glossed', async () => {
    assert.match(await render('content/essay/v.mdx'), /<p id="p1"[^>]*>The <a class="ed-term"/);
  });

  test('another Markdown page is left as it was written', async () => {
    assert.equal(await render('src/pages/colophon.md'), '<p>The soviets met.</p>');
    assert.equal(await render('content/essay/drafts/v.mdx'), '<p>The soviets met.</p>');
  });

  test('only files directly in the essay folder count', () => {
    assert.equal(isEssayFile(new VFile({ path: 'content/essay/afterword.mdx' }), 'content/essay'), true);
    assert.equal(isEssayFile(new VFile({ path: 'content/essay.mdx' }), 'content/essay'), false);
    assert.equal(isEssayFile(new VFile({ path: 'content/essay/i.notes.yaml' }), 'content/essay'), false);
  });
});
