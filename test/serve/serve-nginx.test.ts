import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

// scripts/serve-nginx.mjs is what `npm test` and `npm run serve` put in front of the browser. A project
// cloned into a private folder (`mktemp -d`, anywhere under /root) must be served, or the script must say
// at once why it cannot: never answer 403 to every request while the browser tests time out one by one.

const made: string[] = [];
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A site of one page in a folder only its owner can enter, as `mktemp -d` makes it. */
function privateSite(index: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'edition-private-'));
  made.push(root);
  chmodSync(root, 0o700);
  index(root);
  return root;
}

/** Runs the server until it prints that it serves, or exits; returns what it said and its exit code. */
function serve(root: string, port: number): Promise<{ ready: boolean; output: string; code: number | null; stop: () => void }> {
  const child = spawn(process.execPath, ['scripts/serve-nginx.mjs', '--port', String(port), '--root', root], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve) => {
    const stop = () => child.kill('SIGTERM');
    const timer = setTimeout(() => {
      stop();
      resolve({ ready: false, output: `${output}\n(no answer within 30 s)`, code: null, stop });
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (/^serving /m.test(output)) {
        clearTimeout(timer);
        resolve({ ready: true, output, code: null, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ready: false, output, code, stop });
    });
  });
}

const port = () => 4460 + Math.floor(Math.random() * 30);

describe('serving the built site from a private folder', { timeout: 60_000 }, () => {
  test('a dist/ in a mode-700 folder is served: / answers 200 with the page', async () => {
    const root = privateSite((dir) => writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Private</title><p>words</p>'));
    assert.equal(statSync(root).mode & 0o777, 0o700);
    const at = port();
    const server = await serve(root, at);
    try {
      assert.ok(server.ready, `the server says it serves:\n${server.output}`);
      const response = await fetch(`http://127.0.0.1:${at}/`);
      assert.equal(response.status, 200, server.output);
      assert.match(await response.text(), /<p>words<\/p>/);
    } finally {
      server.stop();
    }
  });

  test('when / does not answer 200 the server stops at once and says what to do, never “serving”', async () => {
    // index.html is a folder: nginx answers / with a redirect, not the page.
    const root = privateSite((dir) => mkdirSync(join(dir, 'index.html')));
    const server = await serve(root, port());
    server.stop();
    assert.equal(server.ready, false, server.output);
    assert.equal(server.code, 1, server.output);
    assert.match(server.output, /answered 301, not 200/);
    assert.match(server.output, /must be able to read every folder from \/ down to/);
    assert.match(server.output, /E2E_SERVER=preview npm test/);
  });
});
