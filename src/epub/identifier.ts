import { createHash } from 'node:crypto';

/** RFC 9562's namespace for names that are URLs; any fixed namespace keeps the identifier stable. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A name-based UUID (version 5, RFC 9562 §5.5): the same name always gives the same UUID. */
export function uuidV5(name: string, namespace = URL_NAMESPACE): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The book's dc:identifier: a URN derived from the essay's title, the same for every build. */
export function bookIdentifier(title: string): string {
  return `urn:uuid:${uuidV5(`urn:edition:${title}`)}`;
}
