#!/usr/bin/env node
// Installs what the README's commands need, on a fresh machine with only system Node and npm.
// Runs under any Node >= 18 (it is what starts before the project's own Node 24 is installed).
//   node scripts/setup.mjs            npm dependencies (when missing or stale)
//   node scripts/setup.mjs --browser  …and a Chromium for the end-to-end tests, and Firefox ESR for the margin's layout in a second engine
//   node scripts/setup.mjs --nginx    …and nginx to serve them (unless E2E_SERVER=preview)
//   node scripts/setup.mjs --validators …and Java with EPUBCheck, for the Nu Html Checker and the EPUB check
import { execSync } from 'node:child_process';
import { existsSync, lstatSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const run = (command) => execSync(command, { stdio: 'inherit' });
const installed = 'node_modules/.package-lock.json';

// A node_modules that is a link (a git worktree sharing another checkout's) is not this checkout's to replace.
const linked = existsSync('node_modules') && lstatSync('node_modules').isSymbolicLink();
if (!linked && (!existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs)) {
  console.log('setup: installing npm dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

const root = typeof process.getuid === 'function' && process.getuid() === 0;
const apt = (packages) => run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`);

// The browser tests are served by nginx with deploy/nginx.conf (see deploy/README.md).
if (process.argv.includes('--nginx') && process.env.E2E_SERVER !== 'preview' && !['/usr/sbin/nginx', '/usr/bin/nginx'].some(existsSync)) {
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error('setup: nginx is needed for the browser tests.\n  → Install it (`sudo apt-get install -y nginx`), or run them against astro preview: E2E_SERVER=preview npm test');
    process.exit(1);
  }
  console.log("setup: installing Debian's nginx to serve dist/ for the browser tests…");
  apt('nginx-light libnginx-mod-http-brotli-filter || apt-get install -y -qq nginx');
}

// The validators run on Java: the Nu Html Checker (vnu-jar, from npm) and Debian's EPUBCheck jar (its
// shell wrapper does not run everywhere).
const epubcheckJar = () => existsSync('/usr/share/java/epubcheck.jar') || (process.env.EPUBCHECK_JAR && existsSync(process.env.EPUBCHECK_JAR));
const hasJava = () => ['/usr/bin/java', '/usr/local/bin/java'].some(existsSync) || Boolean(process.env.JAVA_HOME);
if (process.argv.includes('--validators') && !(epubcheckJar() && hasJava())) {
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error('setup: Java and EPUBCheck are needed to validate the pages and the EPUB.\n  → Install them (`sudo apt-get install -y epubcheck default-jre-headless`), or download EPUBCheck and set EPUBCHECK_JAR to its jar.');
    process.exit(1);
  }
  console.log("setup: installing a Java runtime and Debian's epubcheck for the validators…");
  apt('epubcheck default-jre-headless');
}

if (process.argv.includes('--browser')) {
  // Firefox is driven by puppeteer-core over WebDriver BiDi (e2e/margin.spec.ts): Playwright's own
  // Firefox cannot be downloaded here, and its launcher does not drive Debian's.
  const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(firefox)) {
    if (!root || !existsSync('/usr/bin/apt-get')) {
      console.error('setup: no Firefox found for the margin tests in a second engine.\n  → Install it (`sudo apt-get install -y firefox-esr`), or set FIREFOX_PATH to a Firefox 147 or later.');
      process.exit(1);
    }
    console.log("setup: installing Debian's firefox-esr for the margin tests in a second engine…");
    apt('firefox-esr');
  }
  const require = createRequire(import.meta.url);
  const own = require('playwright-core').chromium.executablePath();
  if (existsSync(own)) process.exit(0);
  if (existsSync('/usr/bin/chromium')) process.exit(0);
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error(
      'setup: no Chromium found for the end-to-end tests.\n' +
        '  → Install one: `npx playwright install chromium`, or on Debian/Ubuntu `sudo apt-get install -y chromium`.',
    );
    process.exit(1);
  }
  console.log("setup: installing Debian's chromium for the end-to-end tests…");
  apt('chromium');
}
