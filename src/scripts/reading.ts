import { annotateOnIntent } from './annotate-intent';
import { glossaryOnIntent } from './glossary-intent';
import { enhanceNotes } from './notes';
import { enhanceToc } from './toc';

/** What every page of the essay's text gets (a section page, /essay/): table of contents, notes, tooltips once a reader reaches for a term, and the reader's own annotations once they select words or have some. */
export function enhanceReading(doc: Document): void {
  enhanceToc(doc);
  enhanceNotes(doc);
  glossaryOnIntent(doc);
  annotateOnIntent(doc);
}
