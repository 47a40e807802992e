import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ContentError } from '../../src/edition/content-error.ts';
import { checkChangelog, contentItems, digestsFile, loadReleases, readRecordedDigests, sectionBlocks, type Releases } from '../../src/edition/releases.ts';

const releases = loadReleases();
const recorded = readRecordedDigests();

describe('content/releases.yaml and the recorded digests', () => {
  test('the releases are newest first, and the newest is the version every citation names', () => {
    assert.equal(releases.current, releases.all[0]);
    assert.match(releases.current.version, /^\d+\.\d+$/);
  });

  test('the committed digests are the content as it is: the build’s check passes', () => {
    assert.ok(recorded, 'content/release-digests.json is committed');
    assert.deepEqual(checkChangelog(releases, recorded, contentItems()), []);
    assert.equal(digestsFile(releases, contentItems()), readFileSync('content/release-digests.json', 'utf8'), 'npm run release:record would change nothing');
  });

  test('every paragraph, figure, note and glossary entry has a digest, paragraphs numbered as the site numbers them', () => {
    const places = Object.keys(recorded!.digests);
    assert.equal(places.filter((p) => /^v#p\d+$/.test(p)).length, 19);
    assert.equal(places.filter((p) => /^iii#p\d+$/.test(p)).length, 14, 'the box in Part III is not a body paragraph');
    assert.ok(places.includes('iii#figure-1'));
    assert.ok(places.includes('note:further-reading'));
    assert.ok(places.includes('glossary:cheka'));
  });
});

describe('a content copy with one paragraph altered (Part V ¶ 9)', () => {
  const copy = mkdtempSync(join(tmpdir(), 'edition-release-'));
  after(() => rmSync(copy, { recursive: true, force: true }));
  cpSync('content/essay', join(copy, 'essay'), { recursive: true });
  cpSync('content/glossary', join(copy, 'glossary'), { recursive: true });
  const file = join(copy, 'essay', 'v.mdx');
  const source = readFileSync(file, 'utf8');
  const p9 = sectionBlocks(source).find((block) => block.id === 'p9')!;
  writeFileSync(file, source.replace('they harmed no one', 'they harmed nobody'));
  const items = contentItems({ essay: join(copy, 'essay'), glossary: join(copy, 'glossary') });

  test('fails the build, naming the file, the line, the place and what to do', () => {
    assert.throws(
      () => checkChangelog(releases, recorded!, items),
      (error: unknown) => {
        assert.ok(error instanceof ContentError);
        assert.equal(
          error.message.replaceAll(copy, '<copy>'),
          `<copy>/essay/v.mdx:${p9.line}: this differs from release ${releases.current.version} as recorded in content/release-digests.json, and no change in content/releases.yaml records it: paragraph 9 of v (<copy>/essay/v.mdx:${p9.line}, at: v#p9)\n` +
            `  → Add to a new release above ${releases.current.version} at the top of content/releases.yaml (version, date, summary) a change for each place (kind, at: v#p9, description; old and new wording for changed words), then run \`npm run release:record\`. If the change was a mistake, undo it instead.`,
        );
        return true;
      },
    );
  });

  // The release after the newest, whatever that is: one minor version higher, a later day.
  const [major, minor] = releases.current.version.split('.').map(Number);
  const nextVersion = `${major}.${minor + 1}`;
  const next = (at: string): Releases => {
    const release = { version: nextVersion, date: '2027-01-15', summary: 'A test release.', changes: [{ kind: 'text' as const, at: [at], description: 'A test change.', old: 'harmed no one', new: 'harmed nobody' }] };
    return { all: [release, ...releases.all], current: release };
  };

  test('passes once a newer release lists a change at v#p9, and reports it', () => {
    assert.deepEqual(checkChangelog(next('v#p9'), recorded!, items), ['v#p9']);
  });

  test('still fails when the newer release lists a change elsewhere', () => {
    assert.throws(() => checkChangelog(next('v#p8'), recorded!, items), /no change in content\/releases\.yaml records it: paragraph 9 of v/);
  });

  test('recording then writes the new state at the new version, and the check passes against it', () => {
    const recordedNow = JSON.parse(digestsFile(next('v#p9'), items));
    assert.equal(recordedNow.version, nextVersion);
    assert.notEqual(recordedNow.digests['v#p9'], recorded!.digests['v#p9']);
    assert.equal(recordedNow.digests['v#p8'], recorded!.digests['v#p8']);
    assert.deepEqual(checkChangelog(next('v#p9'), recordedNow, items), []);
  });
});

describe('releases out of order', () => {
  test('a release listed above a newer one stops the build with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edition-releases-'));
    try {
      const file = join(dir, 'releases.yaml');
      writeFileSync(file, ['- version: "1.0"', '  date: 2026-12-07', '  summary: The first release.', '- version: "1.1"', '  date: 2027-01-15', '  summary: The second release.', ''].join('\n'));
      assert.throws(() => loadReleases(file), (error: unknown) => error instanceof ContentError && error.message === `${file}:1: release 1.0 (2026-12-07) is listed above 1.1 (2027-01-15)\n  → List releases newest first: each above the one before it, with a higher version and a date no earlier.`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
