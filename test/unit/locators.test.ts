import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { citations, hasLocator } from '../../src/schemas/citation-source.ts';
import { loadGlossary } from '../../src/edition/glossary.ts';
import { buildRegistry, checkApparatus } from '../../src/edition/notes.ts';

const FILE = 'content/essay/v.notes.yaml';
const registry = (text: string) => buildRegistry([{ file: FILE, section: 'v', text }]);

describe('a citation names where in the work the statement is', () => {
  test('pages, a chapter, an article’s pages and a section count as locators; the imprint alone does not', () => {
    assert.ok(hasLocator('Richard Pipes, The Russian Revolution (New York: Knopf, 1990), 798–99.'));
    assert.ok(hasLocator('Evan Mawdsley, The Russian Civil War (Boston: Allen & Unwin, 1987), ch. 3.'));
    assert.ok(hasLocator('Semion Lyandres, "The 1918 Attempt", Slavic Review 48 (1989): 432–48.'));
    assert.ok(hasLocator('Presidential Library, "Committee for State Security" (Saint Petersburg, 2024), section “1954”.'));
    assert.ok(!hasLocator('Paul Avrich, Kronstadt 1921 (Princeton: Princeton University Press, 1970).'));
    assert.ok(!hasLocator('Leggett, The Cheka, 1981.'), 'no imprint, no citation');
  });

  test('a parenthesis of prose dates is not an imprint, and two citations in a note are checked apart', () => {
    assert.deepEqual(citations('During the Spanish Civil War (1936–1939) it was the NKVD.'), []);
    const two = citations('See A, B (London: C, 1934), 124; D, E (New York: F, 1990).');
    assert.deepEqual(two.map((citation) => citation.located), [true, false]);
  });
});

describe('the content’s sources all have locators, or say why not', () => {
  test('a glossary reference without a locator or a whole-work reason stops the build with the file, the line and what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edition-glossary-'));
    writeFileSync(join(dir, 'cheka.yaml'), 'headword: Cheka\nkind: organisation\nshort: The political police.\nnote: Founded in 1917. Replaced in 1922.\nreferences:\n  - "George Leggett, The Cheka (Oxford: Clarendon Press, 1981)."\n');
    assert.throws(() => loadGlossary(dir), (error: Error) => {
      assert.match(error.message, /cheka\.yaml:6: the reference "George Leggett, The Cheka \(Oxford: Clarendon Press, 1981\)\." names no page, chapter or section\n {2}→ Add where in the work the statement is: a page/);
      assert.match(error.message, /whole: subject/);
      return true;
    });
    mkdirSync(join(dir, 'ok'));
    writeFileSync(join(dir, 'ok', 'cheka.yaml'), 'headword: Cheka\nkind: organisation\nshort: The political police.\nnote: Founded in 1917. Replaced in 1922.\nreferences:\n  - work: "George Leggett, The Cheka (Oxford: Clarendon Press, 1981)."\n    whole: subject\n');
    assert.equal(loadGlossary(join(dir, 'ok')).get('cheka')?.references[0].whole, 'subject');
  });

  test('an editors’ note that cites nothing, or cites a work without a locator, stops the build', () => {
    assert.throws(() => checkApparatus(registry('- id: kgb\n  letter: a\n  text: The KGB dates from 1954.\n')), /v\.notes\.yaml:1: editors’ note "kgb" cites no source\n {2}→ Name a checkable source/);
    assert.throws(
      () => checkApparatus(registry('- id: kgb\n  letter: a\n  text: "The KGB dates from 1954. See C. Andrew, The Sword and the Shield (New York: Basic Books, 1999)."\n')),
      /editors’ note "kgb" cites C\. Andrew, The Sword and the Shield \(New York: Basic Books, 1999\) without a page, chapter or section\n {2}→ .*`whole:`/,
    );
    checkApparatus(registry('- id: kgb\n  letter: a\n  text: "The KGB dates from 1954. See C. Andrew, The Sword and the Shield (New York: Basic Books, 1999)."\n  whole:\n    - { work: The Sword and the Shield, reason: unchecked }\n'));
    checkApparatus(registry('- id: kgb\n  letter: a\n  text: "The KGB dates from 1954. See C. Andrew, The Sword and the Shield (New York: Basic Books, 1999), 27."\n'));
    checkApparatus(registry('- id: poster\n  letter: a\n  evidence: copy-text\n  text: The source reproduced a poster here.\n'));
    assert.throws(() => checkApparatus(registry('- id: kgb\n  letter: a\n  text: "See A, B (London: C, 1934), 124."\n  whole:\n    - { work: Kronstadt 1921, reason: unchecked }\n')), /lists `whole\[0\]` "Kronstadt 1921", which it does not cite/);
  });

  test('a conjecture without a grade, or without the alternatives considered, stops the build', () => {
    const restored = '- id: serge\n  number: 1\n  restored: true\n  placement: The conversion lost the marker; the note cites the quotation it follows.\n  text: Serge, Memoirs, 81.\n';
    assert.throws(() => checkApparatus(registry(restored)), /v\.notes\.yaml:1: note "serge" is a conjecture \(a restored marker\) without a grade\n {2}→ Add `certainty: certain \| probable \| possible`/);
    assert.throws(() => checkApparatus(registry(`${restored}  certainty: probable\n`)), /note "serge" is a conjecture without the alternatives considered/);
    checkApparatus(registry(`${restored}  certainty: probable\n  alternatives: [After the paragraph's first sentence, the other quotation.]\n`));
    assert.throws(() => registry('- id: kgb\n  letter: a\n  certainty: certain\n  text: "See A, B (London: C, 1934), 124."\n'), /`certainty` and `alternatives` grade a conjecture/);
  });
});
