import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { builtPage } from './site.ts';
import { paragraphNumber, sectionHref } from '../edition/urls.ts';
import { authorText, CLASS } from '../markup/contract.ts';

/**
 * Each section's body paragraphs as its built page prints them (the author's words, white space
 * collapsed), in number order, by section slug: what the timeline's quotations are checked against.
 */
export function builtParagraphTexts(dist: string, slugs: string[]): Map<string, string[]> {
  return new Map(
    slugs.map((slug) => {
      const tree = fromHtml(readFileSync(builtPage(dist, sectionHref(slug)), 'utf8'));
      const texts: string[] = [];
      for (const p of selectAll(`p.${CLASS.paragraph}`, tree)) {
        const number = paragraphNumber(String(p.properties.id ?? ''));
        if (number !== undefined) texts[number - 1] = authorText(p).replace(/\s+/g, ' ').trim();
      }
      return [slug, texts] as const;
    }),
  );
}
