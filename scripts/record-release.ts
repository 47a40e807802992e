/**
 * `npm run release:record`: once the newest release in content/releases.yaml lists every change,
 * records the state of each paragraph, figure, note and glossary entry in
 * content/release-digests.json (the build checks the content against it).
 */
import { writeFileSync } from 'node:fs';
import { ContentError } from '../src/edition/content-error.ts';
import { DIGESTS_FILE } from '../src/edition/paths.ts';
import { checkChangelog, contentItems, digestsFile, loadReleases, readRecordedDigests } from '../src/edition/releases.ts';

try {
  const releases = loadReleases();
  const items = contentItems();
  const recorded = readRecordedDigests();
  const changed = recorded ? checkChangelog(releases, recorded, items) : [];
  writeFileSync(DIGESTS_FILE, digestsFile(releases, items));
  console.log(`${DIGESTS_FILE}: ${items.length} places recorded at release ${releases.current.version}${changed.length ? `; changed since ${recorded?.version}: ${changed.join(', ')}` : ''}.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
