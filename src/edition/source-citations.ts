import { citations, wholeReasonText } from '../schemas/citation-source.ts';
import type { EditionModel } from './index.ts';

/** One work the editors cite, where, and whether it names a page, chapter or section. */
export interface CitedSource {
  /** Where it is cited: `glossary:cheka`, `timeline:kronstadt-rebellion`, `note:kgb-anachronism`. */
  place: string;
  /** The citation as printed. */
  work: string;
  /** The reason it names no locator, when it is cited as a whole (`subject`, `unchecked` or words). */
  whole: string | undefined;
}

/** Every source the editors cite (glossary references, timeline sources, editors' notes), for About's account of them. */
export function citedSources(model: Pick<EditionModel, 'glossary' | 'timeline' | 'notes'>): CitedSource[] {
  const cited: CitedSource[] = [];
  for (const entry of model.glossary.values()) for (const source of entry.references) cited.push({ place: `glossary:${entry.slug}`, ...source });
  for (const period of model.timeline?.all ?? []) for (const event of period.events) for (const source of event.sources) cited.push({ place: `timeline:${event.id}`, ...source });
  for (const note of model.notes.all) {
    if (note.letter === undefined) continue;
    for (const { work, located } of citations(note.text)) {
      cited.push({ place: `note:${note.id}`, work, whole: located ? undefined : note.whole?.find((whole) => work.includes(whole.work))?.reason });
    }
  }
  return cited;
}

/** The counts About prints: sources with a locator, and those cited as a whole by reason (as a reader reads it). */
export function sourceCounts(cited: CitedSource[]): { total: number; located: number; whole: { reason: string; text: string; count: number }[] } {
  const byReason = new Map<string, number>();
  for (const source of cited) if (source.whole) byReason.set(source.whole, (byReason.get(source.whole) ?? 0) + 1);
  return {
    total: cited.length,
    located: cited.filter((source) => !source.whole).length,
    whole: [...byReason].map(([reason, count]) => ({ reason, text: wholeReasonText(reason), count })).sort((a, b) => b.count - a.count),
  };
}
