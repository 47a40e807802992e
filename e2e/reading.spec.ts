import { expect, test } from '@playwright/test';

test('the title page estimates each section’s reading time', async ({ page }) => {
  await page.goto('/');
  const times = await page.locator('.ed-contents__time').allTextContents();
  expect(times).toHaveLength(6);
  for (const time of times) expect(time).toMatch(/^\d+ min read$/);
  // Part V (about 2,200 words) takes longer than the Afterword (about 110).
  expect(parseInt(times[4])).toBeGreaterThan(parseInt(times[5]));
});

test('a section shows reading progress without shifting the layout', async ({ page }) => {
  await page.goto('/v/');
  const bar = page.locator('.ed-progress');
  await expect(bar).toHaveCSS('position', 'fixed');
  const scale = () => bar.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  expect(await scale()).toBeLessThan(0.05);
  const before = await page.locator('#p1').boundingBox();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect.poll(scale).toBeGreaterThan(0.3);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(scale).toBeGreaterThan(0.95);
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await page.locator('#p1').boundingBox()).toEqual(before);
});
