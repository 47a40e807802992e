import { enhanceGlossary } from './glossary';
import { enhanceNotes } from './notes';
import { enhanceToc } from './toc';

/** What every page of the essay's text gets (a section page, /essay/): table of contents, notes, tooltips. */
export function enhanceReading(doc: Document): void {
  enhanceToc(doc);
  enhanceNotes(doc);
  enhanceGlossary(doc);
}
