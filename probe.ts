import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--no-first-run','--disable-background-networking'] });
for (const [w, scheme] of [[1440,'light'],[360,'dark']] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 }, colorScheme: scheme });
  await page.goto('http://localhost:4321/v/');
  const term = page.locator('#p4 .ed-term').first();
  await term.scrollIntoViewIfNeeded();
  await term.hover();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `screenshots/tip-${w}-${scheme}.png` });
  console.log(await term.textContent());
}
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto('http://localhost:4321/glossary/cheka/');
await page.screenshot({ path: 'screenshots/entry-cheka.png', fullPage: true });
await page.goto('http://localhost:4321/glossary/');
await page.screenshot({ path: 'screenshots/glossary.png' });
await browser.close();
