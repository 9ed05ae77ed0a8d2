import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from './support/site';

const paths = sitemapPaths();

test('the sitemap lists the main pages', () => {
  for (const p of ['/', '/guides/', '/calculators/', '/glossary/', '/sources/', '/teach/', '/search/']) {
    expect(paths).toContain(p);
  }
});

// One test per page: WCAG 2.2 AA by axe, no console error, no request to another origin,
// no cookie, and the CSP meta present.
for (const path of paths) {
  test(`page ${path}: accessible, private, no script errors`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('request', (req) => {
      const u = req.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
    });
    const response = await page.goto(path.slice(1), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    // Scroll to the end so lazy parts (charts) load and are checked too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary, summary.join('\n')).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(foreign, foreign.join('\n')).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}

test('the 404 page is Chinese and offers a way on', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.getByRole('link', { name: '指南' }).first()).toBeVisible();
});

test('header navigation and skip link work by keyboard', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const name of ['指南', '计算器', '术语表', '教学资源', '搜索']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
});
