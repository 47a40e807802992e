import type { Element, ElementContent, Root, Text } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { ContentError, projectPath } from '../edition/content-error.ts';
import { ESSAY_DIR, GLOSSARY_DIR } from '../edition/paths.ts';
import { isEssayFile } from './scope.ts';
import { createMatcher } from '../edition/term-matcher.ts';
import { loadGlossary, type Glossary, type GlossaryEntry, type TermOccurrence } from '../edition/glossary.ts';
import { recordForPage } from './page-data.ts';
import { glossarySlugOf } from '../edition/urls.ts';
import { authorText, CLASS } from '../markup/contract.ts';

/** Options for {@link rehypeGlossary}. */
export interface RehypeGlossaryOptions {
  /** Folder of glossary entries; re-read when one of its files changes. */
  dir?: string;
  /** The folder of the essay's sections: other pages are left alone. */
  essay?: string;
  /** Supplies the glossary directly (tests); defaults to reading `dir`. */
  glossary?: () => Glossary;
}

/** Elements whose text is never glossed: headings, links, notes, emendations, code, apparatus. */
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'ins', 'code', 'pre', 'script', 'style', 'aside']);
const SKIP_CLASSES = [CLASS.sidenote, CLASS.noteref, CLASS.editorial, CLASS.term, CLASS.paragraphAside];

/**
 * Glosses the first mention of each glossary entry in every paragraph, at build time.
 *
 * ```md
 * The Cheka, the secret police… the Cheka…
 * ```
 * becomes
 * ```html
 * <p>The <a class="ed-term" href="/glossary/cheka/" role="doc-glossref">Cheka</a>, the secret police…</p>
 * ```
 * The paragraph holds only the author's words and a link: no definition is written on the page.
 * Without JavaScript the term is a link to its entry; with it, the definitions are fetched once
 * (`/glossary/definitions.json`, shared by every page) when a reader first points at, focuses or
 * taps a term, and the tooltip shows them (`src/scripts/glossary.ts`), which also gives each term
 * its definition as its description for screen readers. An author can force a gloss with
 * `<Term slug="nep">NEP men</Term>`; an unknown slug fails the build. Mentions are recorded in
 * `file.data.astro.frontmatter.glossary`.
 */
export default function rehypeGlossary(options: RehypeGlossaryOptions = {}) {
  const dir = options.dir ?? GLOSSARY_DIR;
  const source = options.glossary ?? (() => loadGlossary(dir));
  const essay = options.essay ?? ESSAY_DIR;
  return (tree: Root, file: VFile) => {
    if (!isEssayFile(file, essay)) return;
    const glossary = source();
    const match = matcherFor(glossary);
    const mdxFile = projectPath(file.path ?? 'unknown.mdx');
    const occurrences: TermOccurrence[] = [];

    const gloss = (entry: GlossaryEntry, children: ElementContent[], anchor: string | undefined, context: string): Element => {
      if (anchor) occurrences.push({ slug: entry.slug, anchor, snippet: snippet(context, toString(h('span', children))) });
      return h('a', { className: [CLASS.term], href: entry.href, role: 'doc-glossref' }, children);
    };

    // Explicit marks first: <Term slug="…">words</Term>.
    const explicit = (parent: Root | Element | MdxJsxFlowElementHast | MdxJsxTextElementHast, anchor: string | undefined) => {
      parent.children.forEach((child, index) => {
        if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Term') {
          const slug = child.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'slug')?.value;
          const entry = typeof slug === 'string' ? glossary.get(slug) : undefined;
          if (!entry) {
            const words = toString(h('span', child.children));
            throw new ContentError(mdxFile, child.position?.start.line, `<Term slug="${String(slug ?? '')}">${words}</Term> names a glossary entry that does not exist`, `Add ${dir}/${String(slug ?? 'the-slug')}.yaml, or use the slug of an existing entry.`);
          }
          parent.children[index] = gloss(entry, child.children, anchor, authorText(parent as Element));
        } else if (child.type === 'element' || child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
          explicit(child, anchorOf(child) ?? anchor);
        }
      });
    };
    explicit(tree, undefined);

    const paragraphs: { p: Element; anchor: string | undefined }[] = [];
    const collect = (parent: Root | Element | MdxJsxFlowElementHast, anchor: string | undefined) => {
      for (const child of parent.children) {
        if (child.type === 'mdxJsxFlowElement') collect(child, anchorOf(child) ?? anchor);
        if (child.type !== 'element') continue;
        if (child.tagName === 'p') paragraphs.push({ p: child, anchor: anchorOf(child) ?? anchor });
        else if (!skipped(child)) collect(child, anchorOf(child) ?? anchor);
      }
    };
    collect(tree, undefined);

    for (const { p, anchor } of paragraphs) {
      const seen = new Set<string>();
      const context = authorText(p);
      const walk = (parent: Element) => {
        for (let index = 0; index < parent.children.length; index++) {
          const child = parent.children[index];
          if (child.type === 'element') {
            if (hasClass(child, CLASS.term)) seen.add(glossarySlugOf(String(child.properties.href)) ?? '');
            if (!skipped(child)) walk(child);
            continue;
          }
          if (child.type !== 'text') continue;
          const replacement = glossText(child, match, seen, glossary, (entry, words) => gloss(entry, [{ type: 'text', value: words }], anchor, context));
          if (replacement) {
            parent.children.splice(index, 1, ...replacement);
            index += replacement.length - 1;
          }
        }
      };
      walk(p);
    }

    recordForPage(file, 'glossary', occurrences);
  };
}

const matchers = new WeakMap<Glossary, ReturnType<typeof createMatcher>>();

/** One matcher per loaded glossary (the glossary itself is cached until a file changes). */
function matcherFor(glossary: Glossary) {
  let match = matchers.get(glossary);
  if (!match) {
    match = createMatcher([...glossary.values()].flatMap((entry) => entry.forms.map((form) => [form, entry.slug] as [string, string])));
    matchers.set(glossary, match);
  }
  return match;
}

/** Splits a text node around the first unseen mention of each entry. */
function glossText(
  text: Text,
  match: ReturnType<typeof createMatcher>,
  seen: Set<string>,
  glossary: Glossary,
  make: (entry: GlossaryEntry, words: string) => Element,
): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let at = 0;
  for (const found of match(text.value)) {
    if (seen.has(found.slug)) continue;
    seen.add(found.slug);
    if (found.start > at) parts.push({ type: 'text', value: text.value.slice(at, found.start) });
    parts.push(make(glossary.get(found.slug) as GlossaryEntry, text.value.slice(found.start, found.end)));
    at = found.end;
  }
  if (parts.length === 0) return undefined;
  if (at < text.value.length) parts.push({ type: 'text', value: text.value.slice(at) });
  return parts;
}

function hasClass(element: Element, name: string): boolean {
  return (element.properties?.className as string[] | undefined)?.includes(name) ?? false;
}

function skipped(element: Element): boolean {
  return SKIP.has(element.tagName) || SKIP_CLASSES.some((name) => hasClass(element, name));
}

/** The id of an element, or of an MDX JSX element (`<figure id="figure-1">`), which carries attributes instead of properties. */
function anchorOf(element: Element | MdxJsxFlowElementHast | MdxJsxTextElementHast): string | undefined {
  const id = element.type === 'element' ? element.properties.id : element.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
  return typeof id === 'string' ? id : undefined;
}

/** About a dozen words either side of a mention, on word boundaries. */
export function snippet(context: string, words: string, reach = 70): string {
  const text = context.replace(/\s+/g, ' ');
  const at = Math.max(0, text.indexOf(words));
  const start = at <= reach ? 0 : text.lastIndexOf(' ', at - reach) + 1;
  const endCut = text.indexOf(' ', at + words.length + reach);
  const end = endCut === -1 ? text.length : endCut;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
