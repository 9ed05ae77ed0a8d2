import { test, expect } from '@playwright/test';
import { sitemapPaths } from './support/site';

const guides = sitemapPaths().filter((p) => /^\/guides\/[^/]+\/$/.test(p));

test('there are at least 18 guides', () => {
  expect(guides.length).toBeGreaterThanOrEqual(18);
});

for (const path of guides) {
  test(`guide ${path} shows its review date, key points and cited sources`, async ({ page }) => {
    await page.goto(path.slice(1));
    const reviewed = page.locator('[data-last-reviewed] time');
    await expect(reviewed).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByRole('heading', { level: 2, name: '要点' })).toBeVisible();
    const sources = page.locator('#sources li[id^="src-"]');
    expect(await sources.count()).toBeGreaterThanOrEqual(2);
    // Each in-text citation points at an entry of the sources list.
    for (const href of await page.locator('a.cite').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      await expect(page.locator(href!)).toHaveCount(1);
    }
    await expect(page.getByRole('heading', { name: '下一步' })).toBeVisible();
  });
}

test('guides index groups guides by topic', async ({ page }) => {
  await page.goto('guides/');
  expect(await page.locator('main section h2').count()).toBeGreaterThanOrEqual(5);
});
