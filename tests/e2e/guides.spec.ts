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

// Chinese typesetting: no rendered line may start with closing punctuation. Glossary terms are
// buttons (atomic inlines, which a browser may break after), so rehype-glossary keeps a term and
// the punctuation after it in one no-wrap span; this walks every character at 360px to check.
test('no line of a guide starts with closing punctuation at 360px', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 800 });
  const bad: string[] = [];
  for (const path of guides) {
    await page.goto(path.slice(1));
    const starts = await page.locator('.prose-site').evaluate((root) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let prevTop = -Infinity;
      let prevText = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          const ch = text[i]!;
          if (rect.top > prevTop + rect.height / 2 && /[，。、；：！？）」』”]/.test(ch)) found.push(`${prevText.slice(-8)}⏎${ch}`);
          if (rect.top > prevTop + rect.height / 2 || rect.top < prevTop - rect.height / 2) prevTop = rect.top;
          prevText = (prevText + ch).slice(-8);
        }
      }
      return found;
    });
    bad.push(...starts.map((s) => `${path}: ${s}`));
  }
  expect(bad).toEqual([]);
});
