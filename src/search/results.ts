/**
 * Turns Pagefind's page-level results into what a reader of this edition wants: hits grouped by
 * paragraph (or note), each with its permalink and a highlighted excerpt. Pure: no DOM, no fetch.
 * Uses the documented `content`, `locations` and `anchors` of a result's data
 * (https://pagefind.app/docs/sub-results/).
 */

/** The parts of Pagefind's result data this module reads. */
export interface PagefindData {
  url: string;
  content: string;
  locations: number[];
  anchors: { id: string; location: number; element?: string }[];
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

/** One run of excerpt text, marked when it is a hit. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** A place in a page where the query matched. */
export interface SubResult {
  /** Link to the paragraph or note: `/v/#p9`. */
  url: string;
  /** How a reader names the place: `V ¶ 9`, `Note 4`. */
  label: string;
  excerpt: ExcerptPart[];
  hits: number;
}

/** One page of results, as the search page shows it. */
export interface EditionResult {
  url: string;
  title: string;
  kind: string;
  subResults: SubResult[];
}

/**
 * Which anchors are places a reader can be sent to, and how they are named: in the essay, paragraphs,
 * the figure and the notes printed after their paragraph (src/search/passages.ts).
 */
function placeOf(id: string, data: PagefindData): string | undefined {
  if (!data.filters?.kind?.includes('Essay')) return undefined;
  const section = data.meta.section ?? '';
  const paragraph = /^p(\d+)$/.exec(id);
  if (paragraph) return `${section} ¶ ${paragraph[1]}`.trim();
  if (/^figure-\d+$/.test(id)) return `${section}, figure`.trim();
  // A note's anchor was fixed when it was published (`note-h-text` is editor's note k): the record states its mark.
  const mark = /^note-.+-text$/.test(id) ? markOf(id, data) : undefined;
  if (mark) return `${section}, ${/^\d+$/.test(mark) ? 'note' : 'editor’s note'} ${mark}`.trim();
  return undefined;
}

/** The mark a passage's record gives the note at `id` (src/search/passages.ts), `note-h-text=k` → `k`. */
function markOf(id: string, data: PagefindData): string | undefined {
  for (const pair of (data.meta.marks ?? '').split(' ')) {
    const [anchor, mark] = pair.split('=');
    if (anchor === id && mark) return mark;
  }
  return undefined;
}

/** Groups a page's hits by the paragraph (or note) they fall in; at most `limit`, most hits first, then in page order. */
export function toEditionResult(data: PagefindData, limit = 3, around = 14): EditionResult {
  const words = data.content.split(/\s+/);
  const hits = new Set(data.locations);
  const places = data.anchors
    .map((anchor) => ({ ...anchor, label: placeOf(anchor.id, data) }))
    .filter((anchor): anchor is typeof anchor & { label: string } => anchor.label !== undefined)
    .sort((a, b) => a.location - b.location);
  // An essay passage is its own record at its permalink (`/v/#p9`); the result is its page.
  const pageUrl = data.url.replace(/#.*$/, '');
  const groups = new Map<string, { url: string; label: string; start: number; end: number; locations: number[] }>();
  for (const location of [...data.locations].sort((a, b) => a - b)) {
    const index = places.findLastIndex((place) => place.location <= location);
    const place = places[index];
    const key = place ? place.id : '';
    const group = groups.get(key) ?? {
      url: place ? `${pageUrl}#${place.id}` : pageUrl,
      label: place ? place.label : (data.meta.title ?? pageUrl),
      start: place ? place.location : 0,
      end: places[index + 1]?.location ?? words.length,
      locations: [],
    };
    group.locations.push(location);
    groups.set(key, group);
  }
  const subResults = [...groups.values()]
    .sort((a, b) => b.locations.length - a.locations.length || a.start - b.start)
    .slice(0, limit)
    .sort((a, b) => a.start - b.start)
    .map((group): SubResult => {
      const first = group.locations[0];
      const from = Math.max(group.start, first - around);
      const to = Math.min(group.end, first + around + 1);
      return { url: group.url, label: group.label, hits: group.locations.length, excerpt: excerpt(words, from, to, hits, group.start, group.end) };
    });
  return { url: pageUrl, title: data.meta.title ?? pageUrl, kind: data.filters?.kind?.[0] ?? '', subResults };
}

function excerpt(words: string[], from: number, to: number, hits: Set<number>, start: number, end: number): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  if (from > start) parts.push({ text: '… ', hit: false });
  const add = (text: string, hit: boolean) => {
    const previous = parts.at(-1);
    if (previous && !previous.hit && !hit) previous.text += text;
    else parts.push({ text, hit });
  };
  for (let index = from; index < to; index++) {
    add(words[index], hits.has(index));
    if (index < to - 1) add(' ', false);
  }
  if (to < end) parts.push({ text: ' …', hit: false });
  return parts;
}

/**
 * Joins results from the same page (the passages of one essay section) into one, where the first of
 * them stood, with their places in page order: a reader sees "Part V" once, with ¶ 8 and ¶ 9 under it.
 */
export function joinPages(results: EditionResult[]): EditionResult[] {
  // A passage's places (its paragraph, then its notes) stay together, ordered by the paragraph.
  const order = (result: EditionResult) => {
    const paragraph = result.subResults.map((sub) => /#p(\d+)$/.exec(sub.url)).find(Boolean);
    return paragraph ? Number(paragraph[1]) : Number.MAX_SAFE_INTEGER;
  };
  const byUrl = new Map<string, EditionResult[]>();
  for (const result of results) byUrl.set(result.url, [...(byUrl.get(result.url) ?? []), result]);
  return [...byUrl.values()].map((parts) => ({
    ...parts[0],
    subResults: [...parts].sort((a, b) => order(a) - order(b)).flatMap((part) => part.subResults),
  }));
}

/**
 * Puts a glossary entry first when the query names it, whatever Pagefind's ranking: a reader who
 * types "NEP" wants the entry before the paragraphs. An entry the query names exactly (its headword or
 * an alias) comes before one it names in part ("Communist Party": the Bolsheviks, then the PCE, the
 * Communist Party of Spain).
 */
export function glossaryFirst(results: EditionResult[], query: string, aliases: (result: EditionResult) => string[]): EditionResult[] {
  const wanted = normalise(query);
  if (!wanted) return results;
  const rank = (result: EditionResult) => {
    if (result.kind !== 'Glossary') return 2;
    const names = [result.title, ...aliases(result)].map(normalise);
    if (names.includes(wanted)) return 0;
    return names.some((name) => name.split(/[ ()]+/).includes(wanted) || name.startsWith(`${wanted} `)) ? 1 : 2;
  };
  return results.map((result, index) => ({ result, index, rank: rank(result) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ result }) => result);
}

function normalise(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim();
}
