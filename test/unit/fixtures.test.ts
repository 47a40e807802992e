import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { renderSection } from '../helpers/render-section.ts';

// Fixture runner: test/__fixtures__/<plugin>/<case>/{input.mdx, notes.yaml} → output.html.
// UPDATE_FIXTURES=1 writes missing outputs; review them by eye before committing.
const root = 'test/__fixtures__';

for (const plugin of readdirSync(root)) {
  describe(plugin, () => {
    for (const name of readdirSync(join(root, plugin))) {
      const dir = join(root, plugin, name);
      test(name, async () => {
        const html = await renderSection(readFileSync(join(dir, 'input.mdx'), 'utf8'), { v: readFileSync(join(dir, 'notes.yaml'), 'utf8') });
        const expected = join(dir, 'output.html');
        if (!existsSync(expected) && process.env.UPDATE_FIXTURES) writeFileSync(expected, `${html}\n`);
        assert.equal(html, readFileSync(expected, 'utf8').trimEnd());
      });
    }
  });
}
