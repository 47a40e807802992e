import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--no-first-run','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
for (const q of ['kronstadt', 'Serge', 'NEP']) {
  await page.goto('http://localhost:4321/search/?q=' + q);
  await page.waitForSelector('.ed-result');
  console.log(q, await page.locator('[data-search-status]').textContent());
  console.log((await page.locator('.ed-result__title a, .ed-result__places a').evaluateAll(a => a.map(x => x.getAttribute('href')))).join(' '));
  await page.screenshot({ path: `screenshots/search-${q}.png` });
}
const errors: string[] = [];
page.on('console', m => m.type() === 'error' && errors.push(m.text()));
await page.goto('http://localhost:4321/search/?q=' + encodeURIComponent('<img src=x onerror=alert(1)> 😀 ' + 'x'.repeat(2000)));
await page.waitForTimeout(800);
console.log('hostile:', await page.locator('[data-search-status]').textContent(), errors);
await browser.close();
