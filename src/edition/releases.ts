import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ContentError, projectPath } from './content-error.ts';
import { DIGESTS_FILE, ESSAY_DIR, GLOSSARY_DIR, RELEASES_FILE } from './paths.ts';
import { readYaml } from './read-yaml.ts';
import { readSectionFiles } from './section-files.ts';
import type { Glossary } from './glossary.ts';
import { noteLabel, type NoteRegistry } from './notes.ts';
import { releasesSchema, type Change, type Release } from '../schemas/release.ts';
import { paragraphId } from './urls.ts';

/** The edition's releases, newest first, and the one every citation names. */
export interface Releases {
  all: Release[];
  /** The newest release: the version this build publishes. */
  current: Release;
}

const HINT = 'See the comments at the top of content/releases.yaml.';

/** Reads and validates `content/releases.yaml`: newest first, versions and dates in order. */
export function loadReleases(file = RELEASES_FILE): Releases {
  const { data, lineAt } = readYaml(file, readFileSync(file, 'utf8'), releasesSchema, HINT);
  data.forEach((release, index) => {
    const older = data[index + 1];
    if (!older) return;
    if (compareVersions(release.version, older.version) <= 0 || release.date < older.date) {
      throw new ContentError(projectPath(file), lineAt([index, 'version']), `release ${release.version} (${release.date}) is listed above ${older.version} (${older.date})`, 'List releases newest first: each above the one before it, with a higher version and a date no earlier.');
    }
  });
  return { all: data, current: data[0] };
}

/** Orders `1.2` before `1.10`. */
export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** One thing a release records the state of: a paragraph, a figure, a note or a glossary entry. */
export interface ContentItem {
  /** `v#p9`, `iii#figure-1`, `note:<id>`, `glossary:<slug>`: the places of content/releases.yaml. */
  place: string;
  /** What a reader would call it: `paragraph 9 of v`. */
  name: string;
  file: string;
  line: number;
  /** The item's source, which its digest is taken of. */
  source: string;
}

/**
 * Every paragraph and figure of the essay (from the MDX source, numbered as the site numbers them:
 * top-level blocks, figures apart), every note and every glossary entry.
 */
export function contentItems(dirs = { essay: ESSAY_DIR, glossary: GLOSSARY_DIR }): ContentItem[] {
  const items: ContentItem[] = [];
  for (const { slug, file, text } of readSectionFiles(dirs.essay)) {
    items.push(...sectionBlocks(text).map((block) => ({ ...block, place: `${slug}#${block.id}`, name: block.id.startsWith('p') ? `paragraph ${block.id.slice(1)} of ${slug}` : `${block.id} of ${slug}`, file })));
    const sidecar = join(dirs.essay, `${slug}.notes.yaml`);
    if (existsSync(sidecar)) {
      const text = readFileSync(sidecar, 'utf8');
      const notes = (parse(text) ?? []) as { id: string }[];
      for (const note of notes) {
        const line = text.split('\n').findIndex((l) => l.replace(/^-?\s*/, '') === `id: ${note.id}`) + 1;
        items.push({ place: `note:${note.id}`, name: `note ${note.id}`, file: projectPath(sidecar), line, source: stable(note) });
      }
    }
  }
  for (const name of readdirSync(dirs.glossary).filter((n) => n.endsWith('.yaml')).sort()) {
    const slug = name.slice(0, -'.yaml'.length);
    items.push({ place: `glossary:${slug}`, name: `glossary entry ${slug}`, file: projectPath(join(dirs.glossary, name)), line: 1, source: stable(parse(readFileSync(join(dirs.glossary, name), 'utf8'))) });
  }
  return items;
}

/** JSON with keys in order, so a digest changes with content, not with how the YAML is laid out. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`).join(',')}}`;
  return JSON.stringify(value);
}

/** The top-level blocks of a section's MDX after its frontmatter: paragraphs `p1`, `p2`… and figures by their id. */
export function sectionBlocks(mdx: string): { id: string; line: number; source: string }[] {
  const lines = mdx.split('\n');
  let at = 0;
  if (lines[0] === '---') at = lines.indexOf('---', 1) + 1;
  const blocks: { id: string; line: number; source: string }[] = [];
  let paragraphs = 0;
  while (at < lines.length) {
    if (!lines[at].trim()) {
      at += 1;
      continue;
    }
    const start = at;
    if (/^<figure\b/.test(lines[at])) {
      // Figures nest (a poster inside the box): the block ends where the first one closes.
      let depth = 0;
      do {
        depth += (lines[at].match(/<figure\b/g) ?? []).length - (lines[at].match(/<\/figure>/g) ?? []).length;
        at += 1;
      } while (at < lines.length && depth > 0);
      const source = lines.slice(start, at).join('\n');
      blocks.push({ id: /\bid="([^"]+)"/.exec(lines[start])?.[1] ?? `figure-at-${start + 1}`, line: start + 1, source });
      continue;
    }
    while (at < lines.length && lines[at].trim()) at += 1;
    paragraphs += 1;
    blocks.push({ id: paragraphId(paragraphs), line: start + 1, source: lines.slice(start, at).join('\n').replace(/\s+/g, ' ').trim() });
  }
  return blocks;
}

/** A short SHA-256 of an item's source. */
export function digest(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

/** What `content/release-digests.json` holds: the release the digests were recorded at, and one digest per place. */
export interface RecordedDigests {
  version: string;
  digests: Record<string, string>;
}

/** The digests of the content as it is now. */
export function currentDigests(items: ContentItem[]): Record<string, string> {
  return Object.fromEntries(items.map((item) => [item.place, digest(item.source)]));
}

/** Places whose content differs from what was recorded: changed, added or removed. */
export function changedPlaces(recorded: RecordedDigests, items: ContentItem[]): string[] {
  const now = currentDigests(items);
  const places = new Set([...Object.keys(now), ...Object.keys(recorded.digests)]);
  return [...places].filter((place) => now[place] !== recorded.digests[place]).sort();
}

/** The changes of a release that name a place. */
export function changesAt(release: Release, place: string): Change[] {
  return release.changes.filter((change) => change.at.includes(place));
}

/**
 * Fails when a paragraph, note or glossary entry differs from its state at the last recorded
 * release and no change of a newer release names it: every change a reader could cite must be in
 * the changelog. Returns the places the newest release records (none when nothing changed).
 */
export function checkChangelog(releases: Releases, recorded: RecordedDigests, items: ContentItem[], files = { releases: RELEASES_FILE, digests: DIGESTS_FILE }): string[] {
  const changed = changedPlaces(recorded, items);
  const newer = releases.current.version !== recorded.version ? releases.current : undefined;
  const unrecorded = changed.filter((place) => !newer || changesAt(newer, place).length === 0);
  if (unrecorded.length) {
    const byPlace = new Map(items.map((item) => [item.place, item]));
    const first = byPlace.get(unrecorded[0]);
    const what = unrecorded.map((place) => {
      const item = byPlace.get(place);
      return item ? `${item.name} (${item.file}:${item.line}, at: ${place})` : `${place} (removed)`;
    });
    const release = newer ? `release ${newer.version} at the top of ${projectPath(files.releases)}` : `a new release above ${releases.current.version} at the top of ${projectPath(files.releases)} (version, date, summary)`;
    throw new ContentError(
      first?.file ?? projectPath(files.digests),
      first?.line,
      `${unrecorded.length === 1 ? 'this differs' : `${unrecorded.length} places differ`} from release ${recorded.version} as recorded in ${projectPath(files.digests)}, and no change in ${projectPath(files.releases)} records ${unrecorded.length === 1 ? 'it' : 'them'}: ${what.join('; ')}`,
      `Add to ${release} a change for each place (kind, at: ${unrecorded.join(', ')}, description; old and new wording for changed words), then run \`npm run release:record\`. If the change was a mistake, undo it instead.`,
    );
  }
  return changed;
}

/** Reads `content/release-digests.json`, or undefined where a content tree has none (the benchmark's synthetic corpora). */
export function readRecordedDigests(file = DIGESTS_FILE): RecordedDigests | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RecordedDigests) : undefined;
}

/** The digest file's text for the current release: one line per place, so a diff shows what a release changed. */
export function digestsFile(releases: Releases, items: ContentItem[]): string {
  const digests = currentDigests(items);
  const lines = Object.keys(digests).sort().map((place) => `    ${JSON.stringify(place)}: ${JSON.stringify(digests[place])}`);
  return `{\n  "version": ${JSON.stringify(releases.current.version)},\n  "digests": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** A place of a change as a reader meets it: its name and, while it exists, its address. */
export interface PlaceLink {
  label: string;
  href?: string;
}

/** `v#p9` → "Part V, paragraph 9" at `/v/#p9`; a note by its current number or letter; a glossary entry by its headword. */
export function placeLink(place: string, sections: Map<string, { href: string; name: string }>, notes: NoteRegistry, glossary: Glossary): PlaceLink {
  const block = /^([a-z0-9-]+)#(p(\d+)|figure-\d+)$/.exec(place);
  if (block) {
    const section = sections.get(block[1]);
    const label = `${section?.name ?? block[1]}, ${block[3] ? `paragraph ${block[3]}` : block[2].replace('-', ' ')}`;
    return section ? { label, href: `${section.href}#${block[2]}` } : { label };
  }
  if (place.startsWith('note:')) {
    const note = notes.byId.get(place.slice('note:'.length));
    const section = note && sections.get(note.section);
    return note && section ? { label: `${noteLabel(note)}, ${section.name}`, href: `${section.href}#${note.anchor}` } : { label: `a note no longer in the edition (${place.slice(5)})` };
  }
  const slug = place.slice('glossary:'.length);
  const entry = glossary.get(slug);
  return entry ? { label: `Glossary: ${entry.headword}`, href: entry.href } : { label: `a glossary entry no longer in the edition (${slug})` };
}

/** `version-1-0`: a release's anchor on /changes/. */
export function releaseAnchor(version: string): string {
  return `version-${version.replace('.', '-')}`;
}
