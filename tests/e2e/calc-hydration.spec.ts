// A calculator's code runs when the reader uses it (client:interaction): the build-time page
// already shows the default example, so a reader who only reads runs none of it, and what a
// reader does before the code has arrived (typing, pressing a button, printing) is not lost.
import { expect, test, type Page } from '@playwright/test';
import { resultValue } from './support/calculator';

const PAGE = 'calculators/loan-schedule/';
const island = (page: Page) => page.locator('astro-island').first();
/** Astro removes the island's ssr attribute once it has hydrated. */
const isHydrated = async (page: Page) => (await island(page).getAttribute('ssr')) === null;

/**
 * Hold the island's own code (component and renderer) until release(), as a slow network would.
 * Only those two files: the page's other scripts still load, so the page itself finishes loading.
 */
async function holdIslandCode(page: Page): Promise<() => void> {
  const html = await (await page.request.get(PAGE)).text();
  const held = new Set([...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => new URL(m[1]!, 'http://x').pathname));
  expect(held.size).toBe(2);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  await page.route((url) => held.has(url.pathname), async (route) => { await gate; await route.continue(); });
  return release;
}

test('a page without inputs shows the default example and runs no island code until the reader uses it', async ({ page }) => {
  await page.goto(PAGE, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  expect(await isHydrated(page)).toBe(false);
  // The values on the page are the ones its address asks for, so software may read them.
  await expect(page.locator('[data-calculator]')).toHaveAttribute('data-state', 'ready');
  expect(await resultValue(page, 'first-payment')).toBeGreaterThan(0);
  await page.getByLabel('借款金额', { exact: true }).click();
  await expect.poll(() => isHydrated(page)).toBe(true);
});

test('a link with inputs hydrates at once and shows the link’s numbers', async ({ page }) => {
  await page.goto(`${PAGE}?amount=20000&rate=6&months=12&method=annuity`);
  await expect.poll(() => isHydrated(page)).toBe(true);
  // 20,000 at 6% a year over 12 months, 等额本息: 1,721.33 a month (r = 0.5%; 20000 × 0.005 ÷ (1 − 1.005^−12)).
  expect(await resultValue(page, 'first-payment')).toBe(1721.33);
});

test('what the reader types before the code arrives is kept', async ({ page }) => {
  const release = await holdIslandCode(page);
  await page.goto(PAGE);
  await page.getByLabel('借款金额', { exact: true }).fill('20000');
  await page.getByLabel('年利率', { exact: true }).fill('6');
  await page.getByLabel('借款期限', { exact: true }).fill('12');
  expect(await isHydrated(page)).toBe(false);
  release();
  await expect.poll(() => isHydrated(page)).toBe(true);
  await expect(page.locator('[data-result="first-payment"]')).toHaveAttribute('data-value', '1721.33');
  await expect.poll(() => new URL(page.url()).search).toContain('amount=20000');
});

test('a button pressed before the code arrives is pressed again once it has', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const release = await holdIslandCode(page);
  await page.goto(PAGE);
  // The section opens without script; its copy button needs the island.
  await page.locator('details[data-educators] > summary').click();
  const box = page.locator('details[data-educators]');
  await box.getByRole('button', { name: '复制链接' }).click();
  await expect(box.getByRole('status').first()).not.toHaveText('已复制。');
  release();
  await expect(box.getByRole('status').first()).toHaveText('已复制。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/calculators/loan-schedule/');
});

test('printing an untouched page runs the code and prints the chart’s table', async ({ page }) => {
  await page.goto(PAGE, { waitUntil: 'networkidle' });
  expect(await isHydrated(page)).toBe(false);
  // The print dialog announces itself with beforeprint; the island hydrates and draws for paper.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect.poll(() => isHydrated(page)).toBe(true);
  await expect(page.locator('#ls-chart-table tbody tr')).toHaveCount(36);
});
