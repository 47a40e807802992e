// Part of `npm run bench`: builds synthetic corpora of 1×, 10× and 100× the essay (sections, notes
// and glossary entries of the same shape) and reports build time, pages, search index size and the
// weight of one section page against corpus size. The corpora live in bench/.work/, never published.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { DEFAULT_ORIGIN } from '../src/site-origin.ts';
import { wire } from './wire.ts';

const WORK = 'bench/.work';

/** Writes a corpus of `factor` copies of the edition's content and returns its folder. */
export function makeCorpus(factor: number): string {
  const root = join(WORK, `corpus-${factor}x`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'essay'), { recursive: true });
  mkdirSync(join(root, 'glossary'), { recursive: true });
  cpSync('content/edition.yaml', join(root, 'edition.yaml'));
  cpSync('content/releases.yaml', join(root, 'releases.yaml'));
  const sections = readdirSync('content/essay').filter((name) => name.endsWith('.mdx')).sort();
  const notesPerCopy = 7;
  for (let copy = 1; copy <= factor; copy++) {
    sections.forEach((name, index) => {
      const slug = name.replace(/\.mdx$/, '');
      const order = (copy - 1) * sections.length + Number(/^order: (\d+)$/m.exec(readFileSync(`content/essay/${name}`, 'utf8'))?.[1] ?? index + 1);
      const mdx = readFileSync(`content/essay/${name}`, 'utf8')
        .replace(/^order: \d+$/m, `order: ${order}`)
        .replace(/<NoteRef id="([^"]+)" \/>/g, `<NoteRef id="$1-${copy}" />`);
      writeFileSync(join(root, 'essay', `${slug}-${copy}.mdx`), mdx);
      // Editorial letters run out past z: in the corpus every note is numbered, emendations dropped.
      const sidecar = `content/essay/${slug}.notes.yaml`;
      if (!existsSync(sidecar)) return;
      const notes = (parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>[])
        .filter((note) => !note.emend)
        .map((note) => {
          const { letter, ...rest } = note;
          return { ...rest, id: `${note.id}-${copy}`, number: (copy - 1) * 100 + (typeof note.number === 'number' ? note.number : notesPerCopy + 1 + String(letter).charCodeAt(0) - 97) };
        });
      writeFileSync(join(root, 'essay', `${slug}-${copy}.notes.yaml`), stringify(notes));
    });
    for (const name of readdirSync('content/glossary')) {
      const entry = parse(readFileSync(`content/glossary/${name}`, 'utf8')) as Record<string, unknown>;
      const slug = name.replace(/\.yaml$/, '');
      const copyEntry = copy === 1 ? entry : { ...entry, headword: `${entry.headword} (${copy})`, aliases: [], match: [`${entry.headword} (${copy})`], related: (entry.related as string[] | undefined)?.map((r) => `${r}-${copy}`) };
      writeFileSync(join(root, 'glossary', `${slug}-${copy}.yaml`), stringify(copyEntry));
    }
  }
  // Copy 1 keeps the real slugs' relations pointing at copy 1.
  for (const name of readdirSync(join(root, 'glossary')).filter((n) => n.endsWith('-1.yaml'))) {
    const path = join(root, 'glossary', name);
    const entry = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, stringify({ ...entry, related: (entry.related as string[] | undefined)?.map((r) => `${r}-1`) }));
  }
  // Numbers must run 1…N without gaps: renumber in reading order.
  // The timeline points at the first copy's paragraphs and glossary entries.
  const timeline = parse(readFileSync('content/timeline.yaml', 'utf8')) as { events: { mentions: { at: string }[]; glossary?: string[] }[] };
  for (const event of timeline.events) {
    for (const mention of event.mentions) mention.at = mention.at.replace('#', '-1#');
    event.glossary = event.glossary?.map((slug) => `${slug}-1`);
  }
  writeFileSync(join(root, 'timeline.yaml'), stringify(timeline));
  const sidecars = readdirSync(join(root, 'essay')).filter((n) => n.endsWith('.notes.yaml'));
  const all = sidecars.flatMap((file) => (parse(readFileSync(join(root, 'essay', file), 'utf8')) as { number: number }[]).map((note) => ({ file, note })));
  all.sort((a, b) => a.note.number - b.note.number).forEach(({ note }, index) => (note.number = index + 1));
  for (const file of sidecars) writeFileSync(join(root, 'essay', file), stringify(all.filter((n) => n.file === file).map((n) => n.note)));
  return root;
}

const size = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => sum + (entry.isDirectory() ? size(join(dir, entry.name)) : statSync(join(dir, entry.name)).size), 0);

/** Builds each corpus and measures it. */
export function scale(factors = [1, 10, 100]) {
  return factors.map((factor) => {
    const content = makeCorpus(factor);
    const out = join(WORK, `dist-${factor}x`);
    const start = performance.now();
    execFileSync('node_modules/.bin/astro', ['build'], { stdio: 'ignore', env: { ...process.env, SITE_URL: process.env.SITE_URL || DEFAULT_ORIGIN, EDITION_CONTENT: content, EDITION_OUT: out } });
    const buildMs = Math.round(performance.now() - start);
    const pages = (function count(dir: string): number {
      return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);
    })(out);
    const section = readFileSync(join(out, 'v-1', 'index.html'));
    const result = { factor, sections: factor * 6, glossaryEntries: readdirSync(join(content, 'glossary')).length, pages, buildMs, indexBytes: ['index', 'fragment', 'filter'].reduce((sum, part) => sum + size(join(out, 'pagefind', part)), 0), sectionPageGzip: wire(section) };
    rmSync(out, { recursive: true, force: true });
    return result;
  });
}
