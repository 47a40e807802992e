#!/usr/bin/env node
// Installs what the README's commands need, on a fresh machine with only system Node and npm.
// Runs under any Node >= 18 (it is what starts before the project's own Node 24 is installed).
//   node scripts/setup.mjs            npm dependencies (when missing or stale)
//   node scripts/setup.mjs --browser  …and a Chromium for the end-to-end tests
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const run = (command) => execSync(command, { stdio: 'inherit' });
const installed = 'node_modules/.package-lock.json';

if (!existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs) {
  console.log('setup: installing npm dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser')) {
  const require = createRequire(import.meta.url);
  const own = require('playwright-core').chromium.executablePath();
  if (existsSync(own)) process.exit(0);
  if (existsSync('/usr/bin/chromium')) process.exit(0);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error(
      'setup: no Chromium found for the end-to-end tests.\n' +
        '  → Install one: `npx playwright install chromium`, or on Debian/Ubuntu `sudo apt-get install -y chromium`.',
    );
    process.exit(1);
  }
  console.log("setup: installing Debian's chromium for the end-to-end tests…");
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
}
