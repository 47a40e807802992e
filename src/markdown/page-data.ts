import type { VFile } from 'vfile';

/**
 * Records a value for the page being rendered: Astro hands `file.data.astro.frontmatter` to pages
 * as `remarkPluginFrontmatter` (the paragraph count, glossary mentions).
 */
export function recordForPage(file: VFile, key: string, value: unknown): void {
  const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
  astro.frontmatter = { ...astro.frontmatter, [key]: value };
}
