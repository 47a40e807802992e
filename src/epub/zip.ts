import { strToU8, zipSync, type Zippable } from 'fflate';

/** The OCF media type, the whole content of the `mimetype` file. */
export const EPUB_MEDIA_TYPE = 'application/epub+zip';

/**
 * Packs a book into its ZIP container (OCF 3.3 §4.3): `mimetype` first and stored uncompressed, then
 * every file compressed, all stamped with `mtime` so that the same book gives the same bytes.
 */
export function zipBook(files: Map<string, string | Uint8Array>, mtime: Date): Uint8Array {
  const entries: Zippable = { mimetype: [strToU8(EPUB_MEDIA_TYPE), { level: 0, mtime }] };
  for (const [path, content] of files) {
    if (path === 'mimetype') continue;
    entries[path] = [typeof content === 'string' ? strToU8(content) : content, { level: 9, mtime }];
  }
  return zipSync(entries);
}
