// npm run permalinks: records every URL and anchor the built site publishes in content/permalinks.json.
// Published permalinks are promises: this script only ever adds. To retire a page, declare a
// redirect in content/redirects.json (the build turns it into a redirect page); anchors cannot be
// redirected, so an anchor can never be removed from the manifest.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { publishedPermalinks, MANIFEST } from '../src/permalinks/manifest.ts';

const before: Record<string, string[]> = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : {};
const now = publishedPermalinks('dist');
const merged: Record<string, string[]> = { ...before };
let added = 0;
for (const [url, anchors] of Object.entries(now)) {
  const known = new Set(merged[url] ?? []);
  if (!merged[url]) added += 1;
  for (const anchor of anchors) {
    if (!known.has(anchor)) {
      known.add(anchor);
      added += 1;
    }
  }
  merged[url] = [...known].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(MANIFEST, `${JSON.stringify(sorted, null, 1)}\n`);
console.log(`${MANIFEST}: ${Object.keys(sorted).length} URLs, ${Object.values(sorted).flat().length} anchors (${added} new)`);
