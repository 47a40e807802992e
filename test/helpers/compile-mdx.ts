import { compile, run } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import type { NoteRegistry } from '../../src/edition/notes.ts';
import { testPlugins } from './render-section.ts';

/** What the JSX runtime below builds: an element, a fragment's children, or text. */
type Node = { tag: string; props: Record<string, unknown> } | Node[] | string | number | null | undefined | boolean;

const Fragment = Symbol('Fragment');
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr']);
const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for', tabIndex: 'tabindex' };

/** A JSX runtime that builds a plain tree, which {@link serialize} prints as HTML. */
function jsx(tag: string | symbol, props: Record<string, unknown>): Node {
  if (tag === Fragment) return props.children as Node;
  return { tag: String(tag), props };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function serialize(node: Node): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return escape(String(node));
  if (Array.isArray(node)) return node.map(serialize).join('');
  const { children, ...attributes } = node.props;
  const printed = Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== undefined && value !== null)
    .map(([name, value]) => ` ${ATTRIBUTE_NAMES[name] ?? name}${value === true ? '' : `="${escape(Array.isArray(value) ? value.join(' ') : String(value))}"`}`)
    .join('');
  return VOID.has(node.tag) ? `<${node.tag}${printed}>` : `<${node.tag}${printed}>${serialize(children as Node)}</${node.tag}>`;
}

/**
 * Compiles a section's MDX with the real MDX compiler (`@mdx-js/mdx`) and the edition's rehype
 * plugins, runs it, and returns the HTML it renders: the path Astro's MDX integration takes.
 */
export async function compileMdx(mdx: string, registry: NoteRegistry, section = 'v'): Promise<string> {
  const file = new VFile({ path: `${process.cwd()}/content/essay/${section}.mdx`, value: mdx });
  const code = await compile(file, {
    outputFormat: 'function-body',
    rehypePlugins: testPlugins(registry),
  });
  const { default: Content } = await run(code, { Fragment, jsx, jsxs: jsx, baseUrl: import.meta.url });
  return serialize((Content as (props: object) => Node)({}));
}
