import type { GlossaryEntry } from '../edition/glossary.ts';
import { inlineMarkdown } from '../markdown/inline-markdown.ts';
import { inlineContent } from './from-site.ts';
import { x, xhtmlDocument } from './xml.ts';

/**
 * The glossary (`epub:type="glossary"`): every entry's headword and short definition, in the
 * editors' words and labelled so, each at the id glossed terms link to (`glossary.xhtml#soviet`).
 */
export function glossaryDocument(entries: Iterable<GlossaryEntry>, lang: string, chapters: ReadonlySet<string>): string {
  const sorted = [...entries].sort((a, b) => a.headword.localeCompare(b.headword, 'en', { sensitivity: 'base' }));
  return xhtmlDocument({
    title: 'Glossary',
    lang,
    matter: 'backmatter',
    body: [
      x(
        'section',
        { 'epub:type': 'glossary', role: 'doc-glossary', class: 'glossary', 'aria-labelledby': 'glossary-title' },
        x('h1', { id: 'glossary-title' }, 'Glossary'),
        x('p', { class: 'editorial-label' }, 'Written by the editors of this edition: the definitions are theirs, not the author’s. Each glossed word in the essay links to its entry.'),
        x(
          'dl',
          {},
          sorted.map((entry) => [
            x('dt', { id: entry.slug, 'epub:type': 'glossterm' }, x('dfn', {}, entry.headword), entry.dates ? [' ', x('span', { class: 'glossary__dates' }, `(${entry.dates})`)] : []),
            x('dd', { 'epub:type': 'glossdef' }, x('p', {}, x('span', { class: 'note__label' }, 'Editors:'), ' ', inlineContent(inlineMarkdown(entry.short, { file: entry.file, line: undefined }), { chapters }))),
          ]),
        ),
      ),
    ],
  });
}
