import type { AstroIntegration } from 'astro';
import { checkChangelog, contentItems, loadReleases, readRecordedDigests } from '../edition/releases.ts';

/**
 * Stops a build whose text, notes or glossary differ from the last recorded release without a
 * changelog entry (content/releases.yaml, checked against content/release-digests.json): a citation
 * names a version, so every change a reader could have cited must be listed. A content tree with no
 * digest file (the benchmark's synthetic corpora) is not checked.
 */
export default function changelogCheck(): AstroIntegration {
  return {
    name: 'edition:changelog-check',
    hooks: {
      'astro:build:start': () => {
        const recorded = readRecordedDigests();
        if (recorded) checkChangelog(loadReleases(), recorded, contentItems());
      },
    },
  };
}
