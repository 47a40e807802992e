// Screenshots of the built site at the widths readers use, in the light, dark and sepia themes, for
// looking at the design as a reader would (not a test). Usage: npm run build && npm run screenshots [-- /v/ /]
import { mkdirSync } from 'node:fs';
import { freePort, launchChromium, serveDist } from '../measure/browser.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/v/', '/iii/', '/notes/', '/about/'];
const widths = [360, 768, 1440, 2560];
const out = 'screenshots';
mkdirSync(out, { recursive: true });

const server = await serveDist(await freePort());
try {
  const browser = await launchChromium();
  for (const scheme of ['light', 'dark', 'sepia'] as const) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
      // Sepia is a reader's choice, remembered in localStorage (src/theme/).
      if (scheme === 'sepia') await context.addInitScript(() => localStorage.setItem('edition-theme', 'sepia'));
      const tab = await context.newPage();
      for (const path of paths) {
        await tab.goto(`${server.origin}${path}`);
        const name = `${out}/${path.replace(/[/#]/g, '_')}-${width}-${scheme}.png`;
        await tab.screenshot({ path: name, fullPage: false });
        console.log(name);
      }
      await context.close();
    }
  }
  await browser.close();
} finally {
  server.stop();
}
