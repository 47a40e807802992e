import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { DIST } from '../helpers/built-site.ts';

// The W3C Nu Html Checker (the validator behind validator.w3.org/nu), from the vnu-jar package. It
// catches what html-validate does not: a <script> after </html>, a heading that skips a level.
const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

describe('the W3C Nu Html Checker', () => {
  test('finds no error on any built page', () => {
    assert.ok(existsSync(`${DIST}/index.html`), 'run `npm run build` before the built-site tests');
    let output: string;
    try {
      // It exits non-zero when it reports errors; the JSON on stderr says which.
      output = execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', '--filterpattern', '.*pagefind.*', DIST], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const failed = error as { code?: string; stderr?: string };
      if (failed.code === 'ENOENT') assert.fail('Java is needed for the Nu Html Checker: `node scripts/setup.mjs --validators` installs it (or apt-get install default-jre-headless).');
      output = failed.stderr ?? '';
    }
    const report = JSON.parse(output.trim() || '{"messages":[]}') as { messages: { type: string; url: string; lastLine?: number; message: string }[] };
    const errors = report.messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(/^file:.*?dist\//, 'dist/')}:${m.lastLine ?? '?'} ${m.message}`);
    assert.deepEqual(errors, []);
  });
});
