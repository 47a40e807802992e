import { render } from 'astro:content';
import type { Section } from './sections.ts';

/** What the Markdown pipeline recorded about one rendered section. */
export interface RenderedFacts {
  /** Number of body paragraphs (`p1`…`pN`). */
  paragraphs: number;
  /** Each body paragraph's reader text, in order. */
  paragraphTexts: string[];
}

/** The facts the pipeline recorded while rendering a section (rendering is cached by Astro). */
export async function renderedFacts(section: Section): Promise<RenderedFacts> {
  const { remarkPluginFrontmatter } = await render(section.entry);
  return { paragraphs: Number(remarkPluginFrontmatter.paragraphs ?? 0), paragraphTexts: (remarkPluginFrontmatter.paragraphTexts ?? []) as string[] };
}

/** Each section's paragraph texts, by slug: what timeline quotations are checked against. */
export async function paragraphTextsBySection(sections: Section[]): Promise<Map<string, string[]>> {
  return new Map(await Promise.all(sections.map(async (section) => [section.slug, (await renderedFacts(section)).paragraphTexts] as const)));
}
