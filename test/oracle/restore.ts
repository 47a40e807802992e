/**
 * The test oracle: restores the essay from its PDF-to-Markdown conversion (`content/source/essay.txt`)
 * independently of the edition's MDX. No module of the site imports it; the built site is checked
 * against what it returns (`test/built/fidelity.test.ts`: every body paragraph word for word;
 * `test/built/about.test.ts`: the repairs the About page reports), so every repair made here is a repair
 * the edition makes, and nothing here may change a word: it only rejoins, relabels and classifies blocks.
 */

/** One block of restored essay text, in source order. */
export type RestoredBlock =
  | { kind: 'paragraph'; text: string; notes: number[] }
  | { kind: 'figure'; blocks: string[] };

/** One numbered part of the essay (I–V) or the Afterword. */
export interface RestoredSection {
  /** The heading as the edition shows it: `I`…`V` or `Afterword`. */
  heading: string;
  /** The heading exactly as the conversion left it, for the record. */
  sourceHeading: string;
  blocks: RestoredBlock[];
}

/** An author's note from the list at the end of the source. */
export interface RestoredNote {
  number: number;
  text: string;
}

/** A repair the restoration made, so tests and the About page can account for each one. */
export interface Repair {
  kind: 'join' | 'heading' | 'note-marker-space';
  /** The source text around the repair, short enough to read in a test failure. */
  at: string;
}

/** The whole essay, restored. */
export interface RestoredEssay {
  title: string;
  date: string;
  sections: RestoredSection[];
  notes: RestoredNote[];
  repairs: Repair[];
}

const GREEK_CAPITAL_IOTA = '\u0399';

/** A block ends a paragraph when it closes a sentence (possibly inside quotation marks). */
const SENTENCE_END = /[.!?:]["'\u2019\u201d]*$/;
/** `-John Reed, Ten Days…`: the attribution that closes a boxed quotation. */
const ATTRIBUTION = /^-\S/;
const NOTE_MARKER = /\s*<sup>(\d+)<\/sup>/g;
const NOTE_ITEM = /^-\s+(\d+)\.\s+(.*)$/;

/**
 * Normalises one conversion heading (`#### II`, `### $\mathbf{V}$`, a bare Greek `Ι`)
 * to the edition's label, or returns `undefined` when the line is not a section heading.
 */
export function sectionHeading(line: string): string | undefined {
  const bare = line
    .replace(/^#+\s*/, '')
    .replace(/^\$\\mathbf\{(.+)\}\$$/, '$1')
    .replace(/\*\*/g, '')
    .replaceAll(GREEK_CAPITAL_IOTA, 'I')
    .trim();
  return /^(I|II|III|IV|V|Afterword)$/.test(bare) ? bare : undefined;
}

/** Restores the converted source text into sections, paragraphs, a figure and notes. */
export function restoreSource(source: string): RestoredEssay {
  const text = source.replace(/\r\n?/g, '\n');
  const repairs: Repair[] = [];
  // A run of three or more newlines is where the converter dropped a box or a heading block.
  const chunks = text.split(/\n{2,}/).map((chunk) => chunk.trim());
  const gaps = [...text.matchAll(/\n{2,}/g)].map((m) => m[0].length);

  const titleLine = chunks.shift() ?? '';
  gaps.shift();
  const title = titleLine.replace(/^#\s*/, '').trim();
  const date = (chunks.shift() ?? '').trim();
  gaps.shift();

  const sections: RestoredSection[] = [];
  const notes: RestoredNote[] = [];
  let figure: string[] | undefined;
  let inNotes = false;

  chunks.forEach((chunk, index) => {
    if (chunk === '') return;
    const gapBefore = gaps[index - 1] ?? 2;
    if (/^#+\s*\**Footnotes\**$/.test(chunk)) {
      inNotes = true;
      return;
    }
    if (inNotes) {
      for (const line of chunk.split('\n')) {
        const match = NOTE_ITEM.exec(line.trim());
        if (!match) throw new Error(`restoreSource: unreadable note line: ${line}`);
        notes.push({ number: Number(match[1]), text: match[2].trim() });
      }
      return;
    }
    const heading = sectionHeading(chunk);
    if (heading) {
      if (heading !== chunk.replace(/^#+\s*/, '')) repairs.push({ kind: 'heading', at: chunk });
      sections.push({ heading, sourceHeading: chunk, blocks: [] });
      return;
    }
    const section = sections.at(-1);
    if (!section) throw new Error(`restoreSource: text before the first heading: ${chunk.slice(0, 60)}`);

    // A boxed figure opens after an unusually wide gap and closes with its attribution line.
    if (figure || (gapBefore > 2 && section.blocks.length > 0 && !startsMidSentence(section, chunk))) {
      figure ??= [];
      figure.push(chunk);
      if (ATTRIBUTION.test(chunk)) {
        section.blocks.push({ kind: 'figure', blocks: figure });
        figure = undefined;
      }
      return;
    }

    const notesHere = [...chunk.matchAll(NOTE_MARKER)].map((m) => Number(m[1]));
    if (/\s<sup>/.test(chunk)) repairs.push({ kind: 'note-marker-space', at: around(chunk, chunk.search(/\s<sup>/)) });
    const clean = chunk.replace(NOTE_MARKER, '');

    const previous = lastParagraph(section);
    if (previous && !SENTENCE_END.test(previous.text)) {
      repairs.push({ kind: 'join', at: `${previous.text.slice(-30)} | ${clean.slice(0, 30)}` });
      previous.text = `${previous.text} ${clean}`;
      previous.notes.push(...notesHere);
      return;
    }
    section.blocks.push({ kind: 'paragraph', text: clean, notes: notesHere });
  });

  if (figure) throw new Error('restoreSource: a figure was opened but never closed by an attribution line');
  return { title, date, sections, notes, repairs };
}

/** The last paragraph of a section, skipping back over a figure placed inside it. */
function lastParagraph(section: RestoredSection) {
  const last = section.blocks.findLast((block) => block.kind === 'paragraph');
  return last?.kind === 'paragraph' ? last : undefined;
}

function startsMidSentence(section: RestoredSection, chunk: string): boolean {
  const previous = lastParagraph(section);
  return Boolean(previous && !SENTENCE_END.test(previous.text)) || /^[a-z]/.test(chunk);
}

function around(text: string, at: number): string {
  return text.slice(Math.max(0, at - 25), at + 25);
}

/** Every paragraph of the essay body in reading order (figure text excluded). */
export function bodyParagraphs(essay: RestoredEssay): { section: string; text: string }[] {
  return essay.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'paragraph' ? [{ section: section.heading, text: block.text }] : [])),
  );
}
