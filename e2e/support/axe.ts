import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe checks: every rule on the whole page unless narrowed to some rules, some tags or one part of the page. */
export interface AxeScope {
  /** A selector: only this part of the page is checked. */
  include?: string;
  rules?: string[];
  tags?: string[];
}

/**
 * The page's axe violations, one line each (`rule: target, target`). axe-core runs in the page itself, as
 * `axe.run`: the pages have no frames, so this checks what `@axe-core/playwright` checks, without the blank
 * page that tool opens to merge each frame's results, which tripled the time of every check.
 */
export async function axeViolations(page: Page, { include, rules, tags }: AxeScope = {}): Promise<string[]> {
  if (await page.evaluate(() => document.querySelector('iframe, frame') !== null)) throw new Error(`${page.url()} has a frame: axe here checks the top document only`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ include, rules, tags }) => {
      const runOnly = rules ? { type: 'rule', values: rules } : tags ? { type: 'tag', values: tags } : undefined;
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const { violations } = await axe.run(include ? { include: [include] } : document, { resultTypes: ['violations'], ...(runOnly && { runOnly }) });
      return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    },
    { include, rules, tags },
  );
}
