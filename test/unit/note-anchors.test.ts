import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { noteAnchorRules } from '../../src/integrations/note-anchors.ts';

describe('each note and its reference share an anchor name', () => {
  test('one rule per note, matching the reference (note-4), the note (note-4-text) and their /essay/ twins (v-note-4…)', () => {
    assert.equal(noteAnchorRules([{ anchor: 'note-4', mark: '4' }, { anchor: 'note-h', mark: 'h' }]), '[id*=note-4]{--ed-ref:--ed-ref-4}[id*=note-h]{--ed-ref:--ed-ref-h}');
  });

  test('a note whose id another note’s id contains (note-1 in note-12) is matched by the ends of its ids instead', () => {
    const rules = noteAnchorRules([{ anchor: 'note-1', mark: '1' }, { anchor: 'note-12', mark: '12' }]);
    assert.equal(rules, '[id$=note-1],[id$=note-1-text]{--ed-ref:--ed-ref-1}[id*=note-12]{--ed-ref:--ed-ref-12}');
  });
});
