import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMatcher } from '../../src/edition/term-matcher.ts';
import { buildGlossary } from '../../src/edition/glossary.ts';
import { loadEditionModel } from '../../src/edition/index.ts';
import { snippet } from '../../src/markdown/rehype-glossary.ts';
import { renderSection } from '../helpers/render-section.ts';

const entry = (extra = '') =>
  `headword: Cheka\nkind: organisation\nshort: The Bolsheviks' political police.\nnote: Founded in 1917. Replaced in 1922.\nreferences: ["George Leggett, The Cheka (1981)."]\n${extra}`;

describe('term matching', () => {
  const match = createMatcher([
    ['soviets', 'soviet'],
    ['soviet', 'soviet'],
    ['Trotsky', 'trotsky'],
    ['Stalin', 'stalin'],
    ['Hitler-Stalin Pact', 'pact'],
  ]);
  const slugs = (text: string) => match(text).map((m) => `${text.slice(m.start, m.end)}→${m.slug}`);

  test('inflections listed as forms all gloss their entry', () => {
    assert.deepEqual(slugs('the soviets and soviet democracy'), ['soviets→soviet', 'soviet→soviet']);
  });

  test('case-sensitive: the Soviet state is never the council', () => {
    assert.deepEqual(slugs('the Soviet Union, the Soviet state, Soviet Russia, the Soviets'), []);
  });

  test('whole words only: Trotskyists are not Trotsky, but possessives are', () => {
    assert.deepEqual(slugs("Trotskyists and Trotskyism; Trotsky's view"), ['Trotsky→trotsky']);
  });

  test('the longest form wins', () => {
    assert.deepEqual(slugs('The Hitler-Stalin Pact was Stalin’s'), ['Hitler-Stalin Pact→pact', 'Stalin→stalin']);
  });

  test('snippets keep whole words around the mention', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen Cheka sixteen seventeen';
    assert.equal(snippet(text, 'Cheka', 20), '…thirteen fourteen fifteen Cheka sixteen seventeen');
  });
});

describe('the edition’s glossary', () => {
  const { glossary } = loadEditionModel();
  const required = [
    'soviet', 'nep', 'cheka', 'bolsheviks', 'mensheviks', 'social-revolutionaries', 'maximalists', 'war-communism',
    'kronstadt-rebellion', 'tambov-rebellion', 'comintern', 'second-international', 'fourth-international', 'left-opposition',
    'united-opposition', 'workers-opposition', 'united-front', 'popular-front', 'social-fascism', 'socialism-in-one-country',
    'bureaucratic-collectivism', 'thermidor', 'kulaks', 'lenin-levy', 'duma', 'dual-power', 'red-guards', 'white-armies',
    'paris-commune', 'poum', 'pce', 'kuomintang', 'falange', 'five-year-plan', 'collectivization', 'hitler-stalin-pact',
    'secret-speech', 'hungarian-revolution', 'prague-spring', 'sino-soviet-split', 'kgb', 'lenin', 'trotsky', 'stalin',
    'bukharin', 'zinoviev', 'kamenev', 'victor-serge', 'max-shachtman', 'john-reed', 'mikhail-kalinin', 'fanny-kaplan',
    'andres-nin', 'tito', 'khrushchev', 'chiang-kai-shek', 'franco',
  ];

  test('has at least 50 entries, including every one the edition promises', () => {
    assert.ok(glossary.size >= 50, `${glossary.size} entries`);
    for (const slug of required) assert.ok(glossary.has(slug), `missing ${slug}`);
  });

  test('one entry covers both the Communist International and the Comintern, and NEP men are NEP', () => {
    assert.deepEqual(glossary.get('comintern')?.forms.slice(0, 2), ['Communist International', 'Comintern']);
    assert.ok(glossary.get('nep')?.forms.includes('NEP men'));
  });
});

describe('the build rejects broken glossary entries with a clear message', () => {
  test('a short definition too long for a tooltip', () => {
    const long = Array.from({ length: 50 }, () => 'word').join(' ');
    assert.throws(() => buildGlossary([{ file: 'content/glossary/cheka.yaml', text: entry().replace("The Bolsheviks' political police.", long) }]), {
      message: /^content\/glossary\/cheka\.yaml:3: the short definition is for a tooltip: keep it to 45 words or fewer at `short`/,
    });
  });

  test('a related entry that does not exist', () => {
    assert.throws(() => buildGlossary([{ file: 'content/glossary/cheka.yaml', text: entry('related: [kgb]\n') }]), {
      message: 'content/glossary/cheka.yaml:6: related entry "kgb" does not exist\n  → Add content/glossary/kgb.yaml, or fix the slug.',
    });
  });

  test('two entries glossing the same form', () => {
    assert.throws(
      () =>
        buildGlossary([
          { file: 'content/glossary/cheka.yaml', text: entry() },
          { file: 'content/glossary/vecheka.yaml', text: entry('match: [Cheka]\n') },
        ]),
      { message: /^content\/glossary\/vecheka\.yaml:6: the form "Cheka" is already matched by content\/glossary\/cheka\.yaml/ },
    );
  });

  test('an unknown kind', () => {
    assert.throws(() => buildGlossary([{ file: 'content/glossary/cheka.yaml', text: entry().replace('organisation', 'agency') }]), {
      message: /^content\/glossary\/cheka\.yaml:2: .* at `kind`/,
    });
  });

  test('a term the author marks but the glossary lacks fails with the file, line and term', async () => {
    await assert.rejects(renderSection('One.\n\nThe <Term slug="vecheka">VChK</Term> was feared.\n', { v: '[]' }), {
      message: 'content/essay/v.mdx:3: <Term slug="vecheka">VChK</Term> names a glossary entry that does not exist\n  → Add test/helpers/glossary/vecheka.yaml, or use the slug of an existing entry.',
    });
  });

  test('mentions are recorded by paragraph for "Where it appears"', async () => {
    const data: { astro?: { frontmatter?: { glossary?: unknown } } } = {};
    await renderSection('Stalin spoke.\n\nThe soviets listened to Stalin.\n', { v: '[]' }, 'v', data);
    assert.deepEqual(
      (data.astro?.frontmatter?.glossary as { slug: string; anchor: string }[]).map(({ slug, anchor }) => `${slug}@${anchor}`),
      ['stalin@p1', 'soviet@p2', 'stalin@p2'],
    );
  });
});
