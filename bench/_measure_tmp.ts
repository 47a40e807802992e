import { readFileSync, existsSync } from 'node:fs';
import { launchChromium, serveDist } from './browser.ts';
import { wire } from './wire.ts';
const file = (url: string) => { const p = new URL(url).pathname; const f = `dist${p.endsWith('/') ? `${p}index.html` : p}`; return existsSync(f) ? wire(readFileSync(f)) : -1; };
const server = await serveDist(4405, 'nginx');
const browser = await launchChromium();
for (const sw of ['block', 'allow'] as const) {
  const context = await browser.newContext({ serviceWorkers: sw });
  const seen: { url: string; sw: boolean }[] = [];
  context.on('request', (r) => seen.push({ url: r.url(), sw: Boolean(r.serviceWorker()) }));
  const page = await context.newPage();
  await page.goto(`${server.origin}/v/`, { waitUntil: 'networkidle' });
  if (sw === 'allow') {
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 60000 });
    await page.waitForTimeout(2000);
  }
  const bytes = seen.map((s) => file(s.url));
  console.log(sw, 'requests', seen.length, 'gzip', (bytes.reduce((s, b) => s + Math.max(b, 0), 0) / 1024).toFixed(1), 'kB', 'from sw', seen.filter((f) => f.sw).length, seen.filter((s, i) => bytes[i] < 0).map((s) => s.url));
  await context.close();
}
await browser.close(); server.stop();
