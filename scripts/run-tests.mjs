#!/usr/bin/env node
// `npm test`: every test, in stages, with both cores busy, then each stage's wall time.
//   check, dev ‖ unit ‖ serve   the TypeScript check then `astro dev` re-rendering (one after the other:
//                                both write Astro's generated files), beside the unit and fixture tests and
//                                the local server from a private folder; none needs the build
//   build                        the site, as readers get it (SITE_URL=http://localhost:4321)
//   built ‖ lighthouse           tests of the built HTML and files, beside Lighthouse's pass/fail categories
//   e2e                          the browser suite, two workers
// Lanes (‖) run side by side, the stages of a lane in order; a group runs only when the one before passed. Run one part alone with its npm script
// (`npm run test:unit`, `npm run test:e2e -- e2e/notes.spec.ts`, …): see docs/testing.md.
import { spawn } from 'node:child_process';

/** Groups of lanes of stages: [name, command]. */
const GROUPS = [
  [
    [
      ['check', 'npm run --silent check'],
      ['dev', 'npm run --silent test:dev'],
    ],
    [['unit', 'npm run --silent test:unit']],
    [['serve', 'npm run --silent test:serve']],
  ],
  [[['build', 'npm run --silent build']]],
  [[['built', 'npm run --silent test:built']], [['lighthouse', 'npm run --silent test:lighthouse']]],
  [[['e2e', 'npm run --silent test:e2e']]],
];
const STAGES = GROUPS.flat(2);

/** Runs one stage; output is streamed when it runs alone and kept until it ends when it runs beside others. */
function stage(name, command, alone) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SITE_URL: process.env.SITE_URL ?? 'http://localhost:4321', FORCE_COLOR: '0' } });
    let output = '';
    const take = (chunk) => {
      output += chunk;
      if (alone) process.stdout.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      if (!alone) process.stdout.write(`\n──── ${name} ────\n${output}`);
      resolve({ name, ok: code === 0, seconds: (Date.now() - started) / 1000, counts: counts(output) });
    });
  });
}

/** Tests passed and failed, as node's test runner and Playwright report them. */
function counts(output) {
  const last = (pattern) => Number([...output.matchAll(pattern)].at(-1)?.[1] ?? 0);
  return {
    passed: last(/^ℹ pass (\d+)$/gm) + last(/^\s+(\d+) passed\b/gm) + last(/^lighthouse: (\d+) checks passed$/gm),
    failed: last(/^ℹ fail (\d+)$/gm) + last(/^\s+(\d+) failed\b/gm) + last(/^lighthouse: (\d+) checks failed$/gm),
  };
}

const started = Date.now();
const results = [];
/** Runs a lane's stages in order, stopping at the first that fails. */
async function lane(stages, alone) {
  const ran = [];
  for (const [name, command] of stages) {
    const result = await stage(name, command, alone);
    ran.push(result);
    if (!result.ok) break;
  }
  return ran;
}

for (const group of GROUPS) {
  const ran = (await Promise.all(group.map((stages) => lane(stages, group.length === 1)))).flat();
  results.push(...ran);
  if (ran.some((result) => !result.ok) || ran.length < group.flat().length) break;
}

const ok = results.length === STAGES.length && results.every((result) => result.ok);
console.log('\nwhere the time went (wall clock; ‖ ran side by side, → one after the other):');
const shown = (result) => `${result.name} ${result.seconds.toFixed(1)} s${result.ok ? '' : ' FAILED'}`;
for (const group of GROUPS) {
  const line = group
    .map((stages) => stages.map(([name]) => results.find((result) => result.name === name)).filter(Boolean).map(shown).join(' → '))
    .filter(Boolean)
    .join('   ‖   ');
  if (line) console.log(`  ${line}`);
}
console.log(`  total ${((Date.now() - started) / 1000).toFixed(1)} s${ok ? '' : `; stopped after ${results.filter((result) => !result.ok).map((result) => result.name).join(', ')} failed`}`);
const passed = results.reduce((sum, result) => sum + result.counts.passed, 0);
const failed = results.reduce((sum, result) => sum + result.counts.failed, 0) + results.filter((result) => !result.ok && result.counts.failed === 0).length;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
