import { gzipSync } from 'node:zlib';

/** Bytes on the wire from a gzip-serving host (zlib level 9), or the raw size when that is smaller (already compressed). */
export function wire(body: Uint8Array): number {
  return Math.min(body.length, gzipSync(body, { level: 9 }).length);
}
