import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML file under a built site's folder, at any depth: the pages the build's last steps read. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}
