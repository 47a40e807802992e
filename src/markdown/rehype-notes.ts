import { basename } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { ContentError, projectPath } from '../edition/content-error.ts';
import { ESSAY_DIR } from '../edition/paths.ts';
import { loadNotes, noteLabel, sidecarFor, type NoteRegistry, type PlacedNote } from '../edition/notes.ts';
import { inlineMarkdown } from './inline-markdown.ts';
import { referenceMark } from './note-html.ts';
import { applyEmendation } from './emend.ts';
import { conjectureNodes } from './conjecture.ts';
import { isEssayFile } from './scope.ts';
import { noteTextId } from '../edition/urls.ts';
import { CLASS } from '../markup/contract.ts';

/** Options for {@link rehypeNotes}. */
export interface RehypeNotesOptions {
  /** Folder holding the sections and their `*.notes.yaml` sidecars; re-read when one of them changes. */
  dir?: string;
  /** Supplies the registry directly (tests); defaults to reading `dir`. */
  registry?: () => NoteRegistry;
}

/** The JSX element authors write: `<NoteRef id="serge-memoirs-119" />`. */
type NoteRefElement = MdxJsxTextElementHast | MdxJsxFlowElementHast;

type Parent = Root | Element;

/**
 * Turns `<NoteRef id="…" />` into a note reference and its sidenote, and applies the section's
 * emendations, each with its editorial note.
 *
 * ```md
 * …writes Serge.<NoteRef id="serge-memoirs-119" />
 * ```
 * becomes
 * ```html
 * <p>…writes Serge.<a class="ed-noteref" id="note-4" href="#note-4-text" role="doc-noteref"><span class="ed-noteref__gap">&nbsp;</span><sup>4</sup></a></p>
 * <div class="ed-margin"><aside class="ed-sidenote" id="note-4-text" role="doc-footnote">…Serge, Memoirs, 119.
 *   <a role="doc-backlink">↩</a></aside></div>
 * ```
 * The paragraph keeps only the author's words and the reference; the notes of a top-level block
 * (paragraph or figure) follow it in one margin box. It sits in the margin on wide screens and each
 * note opens after its paragraph on narrow ones (CSS in `src/styles/notes.css`). Every section note
 * must be referenced exactly once.
 */
export default function rehypeNotes(options: RehypeNotesOptions = {}) {
  const dir = options.dir ?? ESSAY_DIR;
  const registry = options.registry ?? (() => loadNotes(dir));
  return (tree: Root, file: VFile) => {
    if (!isEssayFile(file, dir)) return;
    const mdxFile = projectPath(file.path ?? 'unknown.mdx');
    const section = basename(mdxFile).replace(/\.mdx?$/, '');
    const notes = registry();
    const own = notes.bySection.get(section) ?? [];
    const bodies = new Map(own.map((note) => [note.id, h('span', inlineMarkdown(note.text, note))] as const));

    // Emendations apply to the text and the author's notes, never to the editors' notes that quote the source.
    const authorBodies = own.filter((note) => note.number !== undefined).map((note) => bodies.get(note.id) as Element);
    for (const note of own) if (note.emend) applyEmendation(note, [tree, ...authorBodies], mdxFile, noteRefPlaceholder);

    const placed = new Set<string>();
    // A reference stays in the text; its note (and any note referenced inside the note's own text)
    // is collected and set after the top-level block that holds the reference.
    const resolve = (parent: Parent, asides: Element[]): void => {
      for (let index = 0; index < parent.children.length; index++) {
        const child = parent.children[index];
        if (isNoteRef(child)) {
          const note = noteFor(child, notes, section, mdxFile, placed);
          const body = bodies.get(note.id) as Element;
          const nested: Element[] = [];
          resolve(body, nested);
          parent.children.splice(index, 1, reference(note));
          asides.push(sidenote(note, body.children), ...nested);
        } else if ('children' in child) {
          resolve(child as Parent, asides);
        }
      }
    };
    for (let index = 0; index < tree.children.length; index++) {
      const block = tree.children[index];
      // A reference on a line of its own is a block: noteFor refuses it with the author's line.
      if (isNoteRef(block)) noteFor(block, notes, section, mdxFile, placed);
      if (!('children' in block)) continue;
      const asides: Element[] = [];
      resolve(block as Parent, asides);
      if (asides.length === 0) continue;
      // One margin box per block: on wide screens it takes the block's row, so notes never push the text apart.
      tree.children.splice(index + 1, 0, h('div', { className: [CLASS.margin] }, asides));
      index += 1;
    }

    for (const note of own) {
      if (!placed.has(note.id)) {
        const where = note.emend ? `its emendation source "${note.emend.source}" was not found` : `<NoteRef id="${note.id}" /> is missing`;
        throw new ContentError(note.file, note.line, `note "${note.id}" is never referenced: ${where} in ${mdxFile}`, note.emend ? 'Correct `emend.source` to the exact source text, or delete the note.' : `Add <NoteRef id="${note.id}" /> where the note belongs in ${mdxFile}, or delete the note.`);
      }
    }
  };
}

/** Stands in for `<NoteRef id>` until references are resolved, so emendations get the same treatment. */
function noteRefPlaceholder(note: PlacedNote): ElementContent {
  return { type: 'mdxJsxTextElement', name: 'NoteRef', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: note.id }], children: [] };
}

function isNoteRef(node: ElementContent | Root['children'][number]): node is NoteRefElement {
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'NoteRef';
}

function noteFor(ref: NoteRefElement, notes: NoteRegistry, section: string, file: string, placed: Set<string>): PlacedNote {
  const line = ref.position?.start.line;
  const id = ref.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
  if (typeof id !== 'string' || id === '') {
    throw new ContentError(file, line, '<NoteRef /> has no id', 'Write <NoteRef id="note-id" /> with the id of a note in the section’s .notes.yaml file.');
  }
  const note = notes.byId.get(id);
  if (!note) {
    throw new ContentError(file, line, `<NoteRef id="${id}" /> refers to a note that does not exist`, `Add a note with id "${id}" to ${sidecarFor(file)}, or fix the id.`);
  }
  if (note.section !== section) {
    throw new ContentError(file, line, `<NoteRef id="${id}" /> refers to a note of another section (${note.file})`, `Move the note to ${sidecarFor(file)}, or reference it from its own section.`);
  }
  if (placed.has(id)) {
    throw new ContentError(file, line, `note "${id}" is referenced more than once`, 'Reference each note once; write a second note if the text needs one.');
  }
  if (ref.type === 'mdxJsxFlowElement') {
    throw new ContentError(file, line, `<NoteRef id="${id}" /> stands on a line of its own`, 'Attach it to the end of the word or sentence it annotates, with no blank line between.');
  }
  placed.add(id);
  return note;
}

function kind(note: PlacedNote) {
  return note.letter ? 'editorial' : 'author';
}

function reference(note: PlacedNote): Element {
  // The name is a label, not hidden text: a 1-px hidden child would give the link a second,
  // invisible hit box, and taps aimed at it would miss (the gap is drawn at no width, so it has none).
  return h(
    'a',
    {
      className: [CLASS.noteref],
      id: note.anchor,
      href: `#${noteTextId(note.anchor)}`,
      role: 'doc-noteref',
      ariaLabel: `${noteLabel(note)}${note.restored ? ' (restored by the editors)' : ''}`,
      dataKind: kind(note),
      dataRestored: note.restored ? '' : undefined,
      dataPagefindIgnore: '',
    },
    referenceMark(note.mark, note.restored),
  );
}

function sidenote(note: PlacedNote, body: ElementContent[]): Element {
  return h('aside', { className: [CLASS.sidenote], id: noteTextId(note.anchor), role: 'doc-footnote', dataKind: kind(note) }, [
    h('span', { className: [CLASS.sidenoteMark], dataPagefindIgnore: '' }, [
      h('span', { className: [CLASS.visuallyHidden] }, `${noteLabel(note)}: `),
      // A restored marker keeps the editors' square brackets in its note too, so a copied note says so.
      h('span', { ariaHidden: 'true' }, note.restored ? `[${note.mark}]` : note.mark),
    ]),
    ' ',
    note.letter ? h('span', { className: [CLASS.sidenoteLabel], dataPagefindIgnore: '', ariaHidden: 'true' }, 'Editor: ') : undefined,
    ...body,
    ...conjectureNodes(note),
    ' ',
    h('a', { className: [CLASS.sidenoteBack], href: `#${note.anchor}`, role: 'doc-backlink', dataPagefindIgnore: '' }, [
      h('span', { ariaHidden: 'true' }, '↩'),
      h('span', { className: [CLASS.visuallyHidden] }, `Back to the text at ${noteLabel(note).toLowerCase()}`),
    ]),
  ].filter((node) => node !== undefined));
}

