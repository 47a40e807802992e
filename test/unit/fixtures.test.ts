import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildRegistry } from '../../src/edition/notes.ts';
import { compileMdx } from '../helpers/compile-mdx.ts';
import { renderWith, type PluginName } from '../helpers/render-section.ts';

// Fixture runner: test/__fixtures__/<plugin>/<case>/{input.mdx, notes.yaml} → output.html, or
// error.txt for content the build must refuse (the message an author sees, exactly).
// Each plugin's folder runs that plugin alone; `pipeline/` compiles through the real MDX compiler
// with the whole pipeline, as Astro does.
// UPDATE_FIXTURES=1 writes missing outputs; review them by eye before committing.
const root = 'test/__fixtures__';

for (const folder of readdirSync(root)) {
  describe(folder, () => {
    for (const name of readdirSync(join(root, folder))) {
      const dir = join(root, folder, name);
      test(name, async () => {
        const input = readFileSync(join(dir, 'input.mdx'), 'utf8');
        const notes = existsSync(join(dir, 'notes.yaml')) ? readFileSync(join(dir, 'notes.yaml'), 'utf8') : '[]';
        const render = () =>
          folder === 'pipeline'
            ? compileMdx(input, buildRegistry([{ file: 'content/essay/v.notes.yaml', section: 'v', text: notes }]))
            : renderWith(folder as PluginName, input, { v: notes });
        const error = join(dir, 'error.txt');
        if (existsSync(error)) {
          await assert.rejects(render(), (thrown: Error) => {
            assert.equal(thrown.message, readFileSync(error, 'utf8').trimEnd());
            return true;
          });
          return;
        }
        const html = await render();
        const expected = join(dir, 'output.html');
        if (!existsSync(expected) && process.env.UPDATE_FIXTURES) writeFileSync(expected, `${html}\n`);
        assert.equal(html, readFileSync(expected, 'utf8').trimEnd());
      });
    }
  });
}
