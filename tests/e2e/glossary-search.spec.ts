// Glossary (terms linked in guides, popovers by keyboard), sources pages, search, feeds.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, sitemapPaths } from './support/site';

test('the glossary lists at least 40 terms, each with a stable id', async ({ page }) => {
  await page.goto('glossary/');
  const terms = page.locator('dl.glossary dt[id]');
  expect(await terms.count()).toBeGreaterThanOrEqual(40);
  await expect(page.locator('dt#annual-percentage-rate, dt[id="annual-percentage-rate"]')).toHaveCount(1);
});

test('a glossary term in a guide opens its definition by keyboard, without page scripts', async ({ page }) => {
  await page.goto('guides/late-payment/');
  const term = page.locator('button.gloss-term').first();
  const id = await term.getAttribute('popovertarget');
  const pop = page.locator(`[id="${id}"]`);
  await expect(pop).toBeHidden();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(pop).toBeVisible();
  await expect(pop.locator('a[href*="/glossary/#"]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();
});

test('each term is linked once per guide (first use only)', () => {
  const html = readFileSync(join(DIST, 'guides/late-payment/index.html'), 'utf8');
  const slugs = [...html.matchAll(/data-glossary="([^"]+)"/g)].map((m) => m[1]);
  expect(slugs.length).toBeGreaterThan(3);
  expect(new Set(slugs).size).toBe(slugs.length);
});

for (const path of sitemapPaths().filter((p) => /^\/sources\/[^/]+\/$/.test(p))) {
  test(`${path} links back to the guides that cite it`, async ({ page }) => {
    const id = path.split('/')[2] ?? '';
    const citing = sitemapPaths()
      .filter((p) => /^\/guides\/[^/]+\/$/.test(p))
      .filter((p) => readFileSync(join(DIST, p, 'index.html'), 'utf8').includes(`/sources/${id}/`));
    await page.goto(path.slice(1));
    for (const g of citing) await expect(page.locator(`main a[href$="${g}"]`).first()).toBeAttached();
  });
}

for (const [q, expected] of [
  ['逾期', '/guides/late-payment/'],
  ['征信', '/guides/credit-report/'],
  ['年化利率', '/guides/fee-rate-vs-apr/'],
] as const) {
  test(`search for ${q} finds ${expected}`, async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    const count = page.locator('[data-result="search-count"]');
    await expect(count).toHaveAttribute('data-value', /^[1-9]\d*$/, { timeout: 15_000 });
    await expect(page.locator(`#search-results a[href$="${expected}"]`).first()).toBeVisible();
  });
}

test('the search page escapes the query it echoes', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
  await page.goto(`search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.locator('[data-result="search-count"]')).toHaveAttribute('data-value', /^\d+$/, { timeout: 15_000 });
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('the RSS feed lists every guide, newest review first', () => {
  const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
  const items = [...xml.matchAll(/<item>[\s\S]*?<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1] ?? ''));
  expect(items.length).toBeGreaterThanOrEqual(18);
  expect([...items].sort((a, b) => b - a)).toEqual(items);
});
