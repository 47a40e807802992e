import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { builtParagraphTexts } from '../built/paragraphs.ts';
import { loadEditionModel } from '../edition/index.ts';
import { checkMentions } from '../edition/timeline.ts';
import { writeEpub } from './epub.ts';
import { writeHostFiles } from './host-files.ts';
import { writeOffline } from './offline.ts';
import { joinStylesheets } from './one-stylesheet.ts';
import { narrowCsp } from './page-csp.ts';
import { indexSearch } from './pagefind.ts';

/**
 * Checks that every quotation of the timeline stands in the paragraph it points to, as the built
 * section page prints it. `/timeline/` checks the same while it renders; this runs before the EPUB,
 * which prints the timeline too, is made.
 */
export function checkTimeline(site: string, logger: AstroIntegrationLogger): void {
  const { timeline, sections } = loadEditionModel();
  if (!timeline) return;
  checkMentions(timeline, builtParagraphTexts(site, sections.map((section) => section.slug)));
  const mentions = timeline.periods.reduce((sum, period) => sum + period.events.reduce((n, event) => n + event.mentions.length, 0), 0);
  logger.info(`${mentions} timeline quotations found in the built pages`);
}

/**
 * What the build does to dist/ once Astro (and the sitemap) have written it: one step after another,
 * in this order, each reading the files the one before left.
 */
export async function postBuild(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const step = (name: string) => logger.fork(`edition:${name}`);
  // Checks first: a misquoted timeline stops the build before anything prints it.
  checkTimeline(site, step('timeline-check'));
  writeHostFiles(site);
  // Stylesheets are joined before the CSP step reads each page and before the offline list hashes it.
  joinStylesheets(site, step('one-stylesheet'));
  narrowCsp(site, step('page-csp'));
  // The search index and the EPUB read the finished pages.
  await indexSearch(site, step('pagefind'));
  writeEpub(site, step('epub'));
  // Last: the offline list names every file, the search index and the EPUB included.
  writeOffline(site, step('offline'));
}

/** The post-build pipeline as an Astro integration: {@link postBuild} when `astro build` is done. */
export default function postBuildSteps(): AstroIntegration {
  return {
    name: 'edition:post-build',
    hooks: {
      'astro:build:done': ({ dir, logger }) => postBuild(fileURLToPath(dir), logger),
    },
  };
}
