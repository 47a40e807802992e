import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { flowContent } from './from-site.ts';
import { xhtmlDocument } from './xml.ts';

/**
 * About this edition, from the built About page (`article`): its principles, repairs, restored
 * note references and every emendation with the source reading; links go to the chapters.
 */
export function aboutDocument(html: string, page: string, lang: string, chapters: ReadonlySet<string>): string {
  const article = select('main article', fromHtml(html)) ?? select('article', fromHtml(html));
  if (!article) throw new Error(`${page}: no <article>, so the EPUB has no About page.\n  → Keep the About page's content in an <article> element.`);
  return xhtmlDocument({ title: 'About this edition', lang, matter: 'backmatter', body: flowContent(article.children, { chapters }) });
}
