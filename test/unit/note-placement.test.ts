import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildRegistry } from '../../src/edition/notes.ts';

// A restored marker is an editorial decision: the sidecar must say why it stands where it does.
const sidecar = (text: string) => [{ file: 'content/essay/v.notes.yaml', section: 'v', text }];
const PLACEMENT = 'The numbering places note 1 here, and the quotation it follows is the only one it can cite.';

describe('restored markers carry their reasoning', () => {
  test('a restored marker without `placement` stops the build at its line', () => {
    assert.throws(() => buildRegistry(sidecar('- id: first\n  number: 1\n  text: Serge, Memoirs, 81.\n- id: second\n  number: 2\n  restored: true\n  text: Serge, Memoirs, 119.\n')), {
      message:
        'content/essay/v.notes.yaml:6: a restored marker needs `placement`: why the editors put it here, and the other places the numbering allowed at `1.restored`\n  → Each note needs `id`, `text` and one of `number` (author) or `letter` (editor); see docs/editing.md, "Writing notes".',
    });
  });

  test('a `placement` on a marker that was not restored stops the build at its line', () => {
    assert.throws(() => buildRegistry(sidecar(`- id: first\n  number: 1\n  placement: ${PLACEMENT}\n  text: Serge, Memoirs, 81.\n`)), {
      message: /^content\/essay\/v\.notes\.yaml:3: `placement` explains a restored marker: set `restored: true` or remove it/,
    });
  });

  test('a restored marker with its reasoning is accepted and keeps it', () => {
    const registry = buildRegistry(sidecar(`- id: first\n  number: 1\n  restored: true\n  placement: ${PLACEMENT}\n  text: Serge, Memoirs, 81.\n`));
    assert.equal(registry.byId.get('first')?.placement, PLACEMENT);
  });
});
