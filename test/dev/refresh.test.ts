import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

// `astro dev` on a copy of content/ (EDITION_CONTENT), edited the way an author edits: each change to
// a file the Markdown pipeline reads outside Vite's module graph must show on the next page load.
const content = mkdtempSync(join(tmpdir(), 'edition-dev-'));
cpSync('content', content, { recursive: true });
const port = 4390 + Math.floor(Math.random() * 5);
const origin = `http://127.0.0.1:${port}`;
const server = spawn('node_modules/.bin/astro', ['dev', '--host', '127.0.0.1', '--port', String(port)], { env: { ...process.env, EDITION_CONTENT: content }, stdio: 'ignore' });

async function page(path: string): Promise<string> {
  const response = await fetch(`${origin}${path}`);
  return response.ok ? response.text() : '';
}

/** Polls a page until it contains the words, for up to 20 s. */
async function shows(path: string, words: string): Promise<boolean> {
  for (let i = 0; i < 80; i++) {
    if ((await page(path).catch(() => '')).includes(words)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function edit(file: string, from: string, to: string) {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes(from), `${file} contains "${from}"`);
  writeFileSync(path, text.replace(from, to));
}

describe('astro dev re-renders the essay when its content changes', { timeout: 120_000 }, () => {
  before(async () => assert.ok(await shows('/v/', 'Serge, Memoirs, 119.'), 'astro dev serves /v/'));
  after(() => {
    server.kill();
    rmSync(content, { recursive: true, force: true });
  });

  test('a note in a section’s sidecar', async () => {
    edit('essay/v.notes.yaml', 'text: Serge, Memoirs, 119.', 'text: Serge, Memoirs, 119, as edited.');
    assert.ok(await shows('/v/', 'Serge, Memoirs, 119, as edited.'));
  });

  test('a glossary entry: its definition as the tooltips fetch it, and the words it glosses on the section pages', async () => {
    edit('glossary/cheka.yaml', 'under Felix Dzerzhinsky', 'under Felix Dzerzhinsky (as edited)');
    assert.ok(await shows('/glossary/definitions.json', 'under Felix Dzerzhinsky (as edited)'));
    // A new name for the entry glosses those words where the entry is not yet glossed in the paragraph.
    assert.ok(!(await page('/v/')).includes('role="doc-glossref">secret police</a>'));
    edit('glossary/cheka.yaml', 'kind: organisation', 'kind: organisation\naliases: ["secret police"]');
    assert.ok(await shows('/v/', 'role="doc-glossref">secret police</a>'));
  });

  test('a timeline event', async () => {
    edit('timeline.yaml', 'title: Kronstadt rebellion', 'title: Kronstadt rebellion, as edited');
    assert.ok(await shows('/timeline/', 'Kronstadt rebellion, as edited'));
  });
});
