import { relative, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';

/**
 * Whether a file being rendered is one of the essay's sections (a file in `dir`): the edition's
 * plugins annotate the essay and leave every other Markdown or MDX page alone.
 */
export function isEssayFile(file: VFile, dir: string): boolean {
  if (!file.path) return false;
  const path = relative(resolve(dir), resolve(file.path));
  return !path.startsWith('..') && !path.includes(sep) && /\.mdx?$/.test(path);
}
