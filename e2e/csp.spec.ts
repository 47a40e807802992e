import { expect, test } from '@playwright/test';

// The whole site works under its Content-Security-Policy: any violation is reported and fails here.
const PAGES_AND_ACTIONS: [string, (page: import('@playwright/test').Page) => Promise<void>][] = [
  ['/v/', async (page) => {
    await page.locator('#p5 a.ed-term[href="/glossary/cheka/"]').hover();
    await page.locator('#p9').hover();
    await page.getByRole('button', { name: 'Cite paragraph 9' }).click();
  }],
  ['/search/?q=kronstadt', async (page) => {
    await expect(page.locator('.ed-result').first()).toBeVisible();
  }],
  ['/', async () => {}],
  ['/glossary/soviet/', async () => {}],
];

for (const [path, act] of PAGES_AND_ACTIONS) {
  test(`${path} runs under the CSP with no violation`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/);
    await act(page);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}

test('no page uses inline event handlers', async ({ request }) => {
  for (const path of ['/', '/v/', '/search/', '/notes/', '/glossary/', '/about/']) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/\son[a-z]+="/);
  }
});
