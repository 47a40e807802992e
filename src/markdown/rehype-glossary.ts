import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { ContentError, projectPath } from '../edition/content-error.ts';
import { GLOSSARY_DIR } from '../edition/paths.ts';
import { createMatcher } from '../edition/term-matcher.ts';
import { loadGlossary, type Glossary, type GlossaryEntry, type TermOccurrence } from '../edition/glossary.ts';
import { recordForPage } from './page-data.ts';
import { readerText } from './reader-text.ts';

/** Options for {@link rehypeGlossary}. */
export interface RehypeGlossaryOptions {
  /** Folder of glossary entries; re-read when one of its files changes. */
  dir?: string;
  /** Supplies the glossary directly (tests); defaults to reading `dir`. */
  glossary?: () => Glossary;
}

/** Elements whose text is never glossed: headings, links, notes, emendations, code. */
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'ins', 'code', 'pre', 'script', 'style']);
const SKIP_CLASSES = ['ed-sidenote', 'ed-noteref', 'ed-editorial', 'ed-gloss'];

/**
 * Glosses the first mention of each glossary entry in every paragraph, at build time.
 *
 * ```md
 * The Cheka, the secret police…
 * ```
 * becomes
 * ```html
 * <p>The <span class="ed-gloss"><a class="ed-term" href="/glossary/cheka/" role="doc-glossref"
 *   aria-describedby="gloss-1-def">Cheka</a><span class="ed-tip" data-pagefind-ignore>…
 *   <span id="gloss-1-def">The Bolsheviks' political police…</span> <a href="/glossary/cheka/">More</a></span></span>, the secret police…</p>
 * ```
 * The tooltip shows on hover and focus with CSS alone (`src/styles/glossary.css`); JavaScript adds
 * Escape, tap and edge flipping. An author can force a gloss with `<Term slug="nep">NEP men</Term>`;
 * an unknown slug fails the build. Mentions are recorded in `file.data.astro.frontmatter.glossary`.
 */
export default function rehypeGlossary(options: RehypeGlossaryOptions = {}) {
  const dir = options.dir ?? GLOSSARY_DIR;
  const source = options.glossary ?? (() => loadGlossary(dir));
  return (tree: Root, file: VFile) => {
    const glossary = source();
    const match = matcherFor(glossary);
    const mdxFile = projectPath(file.path ?? 'unknown.mdx');
    const occurrences: TermOccurrence[] = [];
    let count = 0;

    const gloss = (entry: GlossaryEntry, children: ElementContent[], anchor: string | undefined, context: string): Element => {
      count += 1;
      const id = `gloss-${count}-def`;
      if (anchor) occurrences.push({ slug: entry.slug, anchor, snippet: snippet(context, toString(h('span', children))) });
      return h('span', { className: ['ed-gloss'], dataTerm: entry.slug }, [
        h('a', { className: ['ed-term'], href: entry.href, role: 'doc-glossref', ariaDescribedBy: id }, children),
        h('span', { className: ['ed-tip'], dataPagefindIgnore: '' }, [
          h('span', { className: ['ed-tip__headword'] }, entry.headword),
          ' ',
          h('span', { className: ['ed-tip__def'], id }, entry.short),
          ' ',
          // Not a tab stop: the term itself already links to the same page.
          h('a', { className: ['ed-tip__more'], href: entry.href, tabIndex: -1 }, ['More', h('span', { className: ['ed-visually-hidden'] }, ` about ${entry.headword}`)]),
        ]),
      ]);
    };

    // Explicit marks first: <Term slug="…">words</Term>.
    const explicit = (parent: Root | Element, anchor: string | undefined) => {
      parent.children.forEach((child, index) => {
        const jsx = child as unknown as { type: string; name?: string; attributes?: { name?: string; value?: unknown }[]; children: ElementContent[]; position?: { start: { line: number } } };
        if ((jsx.type === 'mdxJsxTextElement' || jsx.type === 'mdxJsxFlowElement') && jsx.name === 'Term') {
          const slug = jsx.attributes?.find((attribute) => attribute.name === 'slug')?.value;
          const entry = typeof slug === 'string' ? glossary.get(slug) : undefined;
          if (!entry) {
            const words = toString(h('span', jsx.children));
            throw new ContentError(mdxFile, jsx.position?.start.line, `<Term slug="${String(slug ?? '')}">${words}</Term> names a glossary entry that does not exist`, `Add ${dir}/${String(slug ?? 'the-slug')}.yaml, or use the slug of an existing entry.`);
          }
          parent.children[index] = gloss(entry, jsx.children, anchor, readerText(parent as Element));
        } else if ('children' in child) {
          explicit(child as Element, anchorOf(child as Element) ?? anchor);
        }
      });
    };
    explicit(tree, undefined);

    const paragraphs: { p: Element; anchor: string | undefined }[] = [];
    const collect = (parent: Root | Element, anchor: string | undefined) => {
      for (const child of parent.children) {
        if (child.type !== 'element' && !(child as { type: string }).type.startsWith('mdxJsx')) continue;
        const element = child as Element;
        if (element.tagName === 'p') paragraphs.push({ p: element, anchor: anchorOf(element) ?? anchor });
        else if (!skipped(element) && element.children) collect(element, anchorOf(element) ?? anchor);
      }
    };
    collect(tree, undefined);

    for (const { p, anchor } of paragraphs) {
      const seen = new Set<string>();
      const context = readerText(p);
      const walk = (parent: Element) => {
        for (let index = 0; index < parent.children.length; index++) {
          const child = parent.children[index];
          if (child.type === 'element') {
            if (hasClass(child, 'ed-gloss')) seen.add(String(child.properties.dataTerm));
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

function anchorOf(element: Element): string | undefined {
  const id = element.properties?.id ?? (element as unknown as { attributes?: { name?: string; value?: unknown }[] }).attributes?.find((a) => a.name === 'id')?.value;
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
