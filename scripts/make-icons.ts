// Renders the app icons in public/icons/ from one SVG drawing, with Chromium (run once, by hand,
// when the design changes: `node scripts/make-icons.ts`; the PNGs are committed).
// "maskable" icons keep their mark inside the central 80% safe zone (https://web.dev/articles/maskable-icon).
import { launchChromium } from '../measure/browser.ts';

const mark = (size: number, inset: number, radius: number) => `<!doctype html><html><body style="margin:0">
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="${radius}" fill="#8a2a1b"/>
  <text x="50" y="${50 + 17 * (1 - inset)}" text-anchor="middle" font-family="Georgia, 'DejaVu Serif', serif" font-size="${50 * (1 - inset)}" fill="#fbf8f1">II</text>
</svg></body></html>`;

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0, radius: 18 },
  { file: 'icon-512.png', size: 512, inset: 0, radius: 18 },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.2, radius: 0 },
  { file: 'apple-touch-icon.png', size: 180, inset: 0.1, radius: 0 },
];

const browser = await launchChromium();
for (const { file, size, inset, radius } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(mark(size, inset, radius));
  await page.locator('svg').screenshot({ path: `public/icons/${file}`, omitBackground: true });
  await page.close();
  console.log(`public/icons/${file}`);
}
await browser.close();
