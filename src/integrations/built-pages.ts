import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a built site's folder, at any depth, whose name matches; `skip` names folders left out. */
export function builtFiles(dir: string, name: RegExp, skip: readonly string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : builtFiles(path, name, skip);
    return name.test(entry.name) ? [path] : [];
  });
}

/** Every HTML file under a built site's folder, at any depth: the pages the build's last steps read. */
export function htmlFiles(dir: string): string[] {
  return builtFiles(dir, /\.html$/);
}
