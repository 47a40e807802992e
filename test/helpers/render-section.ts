import type { ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { loadGlossary } from '../../src/edition/glossary.ts';
import { buildRegistry, type NoteRegistry } from '../../src/edition/notes.ts';
import { rehypePlugins } from '../../src/markdown/index.ts';
import rehypeGlossary from '../../src/markdown/rehype-glossary.ts';
import rehypeNotes from '../../src/markdown/rehype-notes.ts';
import rehypeParagraphIds from '../../src/markdown/rehype-paragraph-ids.ts';

/** MDX node types that remark-rehype must hand through to rehype untouched, as MDX itself does. */
const MDX_NODES = ['mdxJsxTextElement', 'mdxJsxFlowElement', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'];

/** A small glossary for tests: soviet, comintern, stalin, hitler-stalin-pact, trotsky. */
export const TEST_GLOSSARY = 'test/helpers/glossary';

/** The edition's rehype plugins, by the name of their file and fixture folder. */
const PLUGINS = { 'rehype-notes': rehypeNotes, 'rehype-paragraph-ids': rehypeParagraphIds, 'rehype-glossary': rehypeGlossary };
export type PluginName = keyof typeof PLUGINS;

/** The edition's rehype plugins in their order, reading `notes` and the test glossary. */
export function testPlugins(notes: NoteRegistry): PluggableList {
  return rehypePlugins(() => ({ notes, glossary: loadGlossary(TEST_GLOSSARY) }), TEST_GLOSSARY) as PluggableList;
}

/**
 * Runs a section's MDX through one of the edition's rehype plugins alone (its fixtures test it
 * without the others) and returns the HTML.
 */
export async function renderWith(plugin: PluginName, mdx: string, sidecars: Record<string, string>, section = 'v'): Promise<string> {
  return run(mdx, sidecars, section, {}, [plugin]);
}

/**
 * Runs a section's MDX through the edition's rehype stage (as Astro's MDX pipeline does, with
 * the test glossary) and returns the HTML; `data` receives what plugins record for Astro. `sidecars` maps section slugs to the text of their `.notes.yaml`.
 */
export async function renderSection(mdx: string, sidecars: Record<string, string>, section = 'v', data: Record<string, unknown> = {}): Promise<string> {
  return run(mdx, sidecars, section, data, ['rehype-notes', 'rehype-paragraph-ids', 'rehype-glossary']);
}

async function run(mdx: string, sidecars: Record<string, string>, section: string, data: Record<string, unknown>, plugins: PluginName[]): Promise<string> {
  const registry = buildRegistry(Object.entries(sidecars).map(([slug, text]) => ({ file: `content/essay/${slug}.notes.yaml`, section: slug, text })));
  const file = new VFile({ path: `${process.cwd()}/content/essay/${section}.mdx`, value: mdx });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkRehype, { passThrough: MDX_NODES } as RemarkRehypeOptions)
    .use({ plugins: testPlugins(registry).filter((entry) => plugins.some((name) => PLUGINS[name] === [entry].flat()[0])) });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  Object.assign(data, file.data);
  return toHtml(intrinsic(tree));
}

/** Turns leftover JSX such as `<figure>` into plain elements, as MDX's compiler would render them. */
function intrinsic<T extends Root | ElementContent | RootContent>(node: T): T {
  const jsx = node as unknown as { type: string; name?: string; attributes?: { name: string; value: string }[]; children?: unknown[] };
  if (jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') {
    const properties = Object.fromEntries((jsx.attributes ?? []).map((attribute) => [attribute.name, attribute.value]));
    return { type: 'element', tagName: jsx.name ?? 'div', properties, children: (jsx.children ?? []).map((child) => intrinsic(child as ElementContent)) } as unknown as T;
  }
  if ('children' in node) (node as Root).children = (node as Root).children.map((child) => intrinsic(child)) as Root['children'];
  return node;
}
