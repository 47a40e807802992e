import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The one index of a built site (`dist/`): its files, its pages and the URL each is served at. The
 * build's last steps, the permalink manifest, the offline list, the tests and the bench all find built
 * files through it.
 */

/** Every file under a built site's folder, at any depth, whose name matches; `skip` names folders left out. */
export function builtFiles(dir: string, name: RegExp, skip: readonly string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : builtFiles(path, name, skip);
    return name.test(entry.name) ? [path] : [];
  });
}

/** Every HTML file under a built site's folder, at any depth; `skip` names folders left out. */
export function htmlFiles(dir: string, skip: readonly string[] = []): string[] {
  return builtFiles(dir, /\.html$/, skip);
}

/** The URL a built file is served at: `dist/v/index.html` → `/v/`, `dist/404.html` → `/404.html`. */
export function builtUrl(dist: string, file: string): string {
  return `/${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** The built file a page's URL is served from: `/v/` → `dist/v/index.html`. */
export function builtPage(dist: string, url: string): string {
  return join(dist, url.endsWith('/') ? `${url}index.html` : url);
}
