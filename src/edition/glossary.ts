import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedByFolder } from './cache.ts';
import { ContentError, projectPath } from './content-error.ts';
import { GLOSSARY_DIR } from './paths.ts';
import { readYaml } from './read-yaml.ts';
import { glossarySlug, glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary-term.ts';
import { glossaryHref } from './urls.ts';
import { LOCATOR_HINT, unlocated } from '../schemas/citation-source.ts';

/** A glossary entry with its slug, file and the forms it matches in the text. */
export interface GlossaryEntry extends GlossaryTerm {
  slug: string;
  file: string;
  /** Site-relative URL of the entry page. */
  href: string;
  /** The case-sensitive forms glossed in the essay. */
  forms: string[];
}

/** Where a glossary entry is mentioned: recorded for its "Where it appears" list. */
export interface TermOccurrence {
  slug: string;
  /** Id of the paragraph (or figure) that mentions it: `p5`, `figure-1`. */
  anchor: string;
  /** A few words around the mention. */
  snippet: string;
}

/** All glossary entries by slug, validated together. */
export type Glossary = Map<string, GlossaryEntry>;

/** Reads and validates every `content/glossary/*.yaml` entry. */
export function loadGlossary(dir = GLOSSARY_DIR): Glossary {
  return cachedByFolder(dir, '.yaml', () => {
    const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
    const texts = files.map((name) => ({ file: projectPath(join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
    const glossary = buildGlossary(texts);
    for (const entry of glossary.values()) {
      const text = texts.find((file) => file.file === entry.file)?.text ?? '';
      for (const { source } of unlocated(entry.references.map((source) => ({ source, at: undefined })))) {
        const line = text.split('\n').findIndex((candidate) => candidate.includes(source.work.slice(0, 40))) + 1;
        throw new ContentError(entry.file, line || undefined, `the reference "${source.work}" names no page, chapter or section`, LOCATOR_HINT);
      }
    }
    return glossary;
  });
}

/** Validates glossary files together; pure, so tests can feed it strings. */
export function buildGlossary(files: { file: string; text: string }[]): Glossary {
  const hint = 'See docs/editing.md, "Writing glossary entries", for the fields of an entry.';
  const glossary: Glossary = new Map();
  const lines = new Map<string, (path: PropertyKey[]) => number | undefined>();
  for (const { file, text } of files) {
    const slug = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    const valid = glossarySlug.safeParse(slug);
    if (!valid.success) throw new ContentError(file, undefined, `the file name "${slug}" is not a valid slug: ${valid.error.issues[0].message}`, 'Rename the file: its name is the entry’s URL.');
    const { data, lineAt } = readYaml(file, text, glossaryTermSchema, hint);
    lines.set(slug, lineAt);
    glossary.set(slug, { ...data, slug, file, href: glossaryHref(slug), forms: data.match ?? [data.headword, ...data.aliases] });
  }
  const owners = new Map<string, GlossaryEntry>();
  for (const entry of glossary.values()) {
    entry.related.forEach((slug, index) => {
      if (!glossary.has(slug)) throw new ContentError(entry.file, lines.get(entry.slug)?.(['related', index]), `related entry "${slug}" does not exist`, `Add content/glossary/${slug}.yaml, or fix the slug.`);
    });
    entry.forms.forEach((form, index) => {
      const owner = owners.get(form);
      if (owner) throw new ContentError(entry.file, lines.get(entry.slug)?.(['match', index]), `the form "${form}" is already matched by ${owner.file}`, 'Each form may gloss one entry only: remove it from one of them.');
      owners.set(form, entry);
    });
  }
  return glossary;
}
