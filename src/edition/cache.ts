import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, { signature: string; value: unknown }>();

/** What changes when a file of a folder with one of these endings changes, is added or is removed. */
export function folderSignature(dir: string, suffix: string | string[]): string {
  const suffixes = [suffix].flat();
  return readdirSync(dir)
    .filter((name) => suffixes.some((end) => name.endsWith(end)))
    .map((name) => `${name}:${statSync(join(dir, name)).mtimeMs}`)
    .join('|');
}

/** What changes when a file changes, appears or disappears. */
export function fileSignature(file: string): string {
  return existsSync(file) ? `${file}:${statSync(file).mtimeMs}` : `${file}:absent`;
}

/** Memoises `build()` under `key` until `signature` changes. */
export function cachedBySignature<T>(key: string, signature: string, build: () => T): T {
  const hit = cache.get(key);
  if (hit && hit.signature === signature) return hit.value as T;
  const value = build();
  cache.set(key, { signature, value });
  return value;
}

/**
 * Memoises what is built from a folder of content files until one of them changes, is added or is
 * removed (dev edits are seen at once). Without it, every section would re-read every note and
 * glossary file: the build cost would grow with the square of the corpus (measured by the bench).
 */
export function cachedByFolder<T>(dir: string, suffix: string | string[], build: () => T): T {
  const suffixes = [suffix].flat();
  return cachedBySignature(`${dir}\u0000${suffixes.join('|')}`, folderSignature(dir, suffixes), build);
}
