import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, { signature: string; value: unknown }>();

/**
 * Memoises what is built from a folder of content files until one of them changes, is added or is
 * removed (dev edits are seen at once). Without it, every section would re-read every note and
 * glossary file: the build cost would grow with the square of the corpus (measured by the bench).
 */
export function cachedByFolder<T>(dir: string, suffix: string | string[], build: () => T): T {
  const suffixes = [suffix].flat();
  const signature = readdirSync(dir)
    .filter((name) => suffixes.some((end) => name.endsWith(end)))
    .map((name) => `${name}:${statSync(join(dir, name)).mtimeMs}`)
    .join('|');
  const key = `${dir}\u0000${suffixes.join('|')}`;
  const hit = cache.get(key);
  if (hit && hit.signature === signature) return hit.value as T;
  const value = build();
  cache.set(key, { signature, value });
  return value;
}
