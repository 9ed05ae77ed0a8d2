// Issue 17: the reader's page is kept for the reader. Teachers' and developers' material sits in
// closed sections at the end; copy buttons copy; no backticks show as text.
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { hydrated } from './support/calculator';

const calculators: { id: string }[] = parse(readFileSync('content/calculators.yaml', 'utf8'));

for (const { id } of calculators) {
  test(`${id}: the teachers' and developers' sections are closed, and no backtick shows`, async ({ page }) => {
    await page.goto(`calculators/${id}/`);
    await hydrated(page);
    await expect(page.locator('details[data-educators]')).not.toHaveAttribute('open');
    await expect(page.locator('details.calc-dev-docs')).not.toHaveAttribute('open');
    await expect(page.getByLabel('嵌入代码（放进你的网页）')).toBeHidden();
    // A closed section's form fields stay out of the layout: Chrome lays them out when the
    // document is ready, a second layout of the whole page while it loads.
    const laidOut = await page.locator('details:not([open]) :is(input, textarea, select)').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    expect(laidOut).toBe(0);
    await expect(page.locator('#link-params')).toBeHidden();
    expect(await page.locator('body').innerText()).not.toContain('`');
    const pseudo = await page.evaluate(() => [...document.querySelectorAll('code')].some((c) => getComputedStyle(c, '::before').content.includes('`')));
    expect(pseudo).toBe(false);
  });
}

test('the copy buttons copy the share link and the embed code, and say 已复制', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('calculators/installment-apr/?amount=12000&periods=12&fee=0.6');
  await hydrated(page);
  await page.locator('details[data-educators] > summary').click();
  const box = page.locator('details[data-educators]');
  await box.getByRole('button', { name: '复制链接' }).click();
  await expect(box.getByRole('status').first()).toHaveText('已复制。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/calculators\/installment-apr\/\?amount=12000&periods=12&fee=0\.6&remainder=last$/);
  await box.getByRole('button', { name: '复制嵌入代码' }).click();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(/^<iframe src="[^"]*\/embed\/installment-apr\/\?amount=12000&amp;periods=12&amp;fee=0\.6&amp;remainder=last"/);
});

test('和别的方案比一比 opens the comparison with this plan filled in as 方案A', async ({ page }) => {
  await page.goto(`calculators/installment-apr/?amount=${encodeURIComponent('1.2万')}&periods=12&fee=0.6`);
  await hydrated(page);
  await page.locator('[data-compare-link]').click();
  await expect(page).toHaveURL(/\/calculators\/compare\/\?a=12000,12,0\.6&b=12000,,12,annuity$/);
  await hydrated(page);
  await expect(page.locator('#co-a-amount')).toHaveValue('12000');
  await expect(page.locator('#co-a-fee')).toHaveValue('0.6');
  // B is a loan for the same amount and term; only its rate is asked for.
  await expect(page.locator('#co-b-rate')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#co-b-rate').fill('7.2');
  await expect(page.locator('[data-result="apr-a"]')).toHaveAttribute('data-value', '13.034224');
  await expect(page.locator('[data-result="best"]')).toHaveAttribute('data-value', 'b');
});

test('a calculator has a 打印 button, and the printed page keeps the results', async ({ page }) => {
  await page.goto('calculators/loan-schedule/');
  await hydrated(page);
  await expect(page.locator('[data-print]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print]')).toBeHidden();
  await expect(page.locator('[data-result="first-payment"]')).toBeVisible();
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  for (const { id } of calculators) {
    test(`${id}: nothing overflows the page sideways; wide tables scroll inside their box`, async ({ page }) => {
      await page.goto(`calculators/${id}/`);
      await hydrated(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  for (const path of ['methodology/', 'teach/installment-true-cost/']) {
    test(`${path}: tables wider than the phone scroll in a focusable, named box that shades its right edge`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      const boxes = await page.locator('main table').evaluateAll((tables) => tables.map((t) => {
        const box = t.closest('.table-scroll') as HTMLElement | null;
        return {
          wide: t.getBoundingClientRect().width > (t.parentElement?.clientWidth ?? 0) + 1,
          boxed: !!box,
          focusable: box?.tabIndex === 0,
          named: !!box?.getAttribute('aria-label'),
          shade: box ? getComputedStyle(box).backgroundImage.includes('linear-gradient') : false,
          scrolls: box ? box.scrollWidth > box.clientWidth || t.getBoundingClientRect().width <= box.clientWidth : false,
        };
      }));
      expect(boxes.length).toBeGreaterThan(0);
      for (const b of boxes) expect(b).toMatchObject({ boxed: true, focusable: true, named: true, shade: true, scrolls: true });
      if (path === 'methodology/') expect(boxes.some((b) => b.wide)).toBe(true);
    });
  }
});

test('installment-apr shows one headline rate; the compound one and its formula wait in 查看计算过程', async ({ page }) => {
  await page.goto('calculators/installment-apr/?amount=12000&periods=12&fee=0.6');
  await hydrated(page);
  const visibleRates = page.locator('.calc-result-value:visible').filter({ hasText: '%' });
  await expect(visibleRates).toHaveCount(1);
  await expect(visibleRates.first()).toHaveAttribute('data-result', 'apr');
  const ear = page.locator('[data-result="ear"]');
  await expect(ear).toBeHidden();
  await expect(ear).toHaveText('13.84%');
  await page.getByText('查看计算过程').click();
  await expect(ear).toBeVisible();
});
