// 提前还款: values from a Python decimal simulation of the rounded 等额本息 schedule
// (100,000 元, 6%, 36 months: balance after 12 payments 68,640.65, interest still to come
// 4,372.08, a 1% fee 686.41) and by hand for the fee plan (8 periods × 72 元 = 576 元).
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoBrokenNumbers, hydrated, resultValue } from './support/calculator';

test('deep link: all repaid after 12 of 36 payments with a 1% fee nets 3,685.67', async ({ page }) => {
  await page.goto('calculators/early-repayment/?amount=100000&rate=6&months=36&method=annuity&paid=12&prepay=&fee=1&mode=shorten');
  await hydrated(page);
  expect(await resultValue(page, 'interest-saved')).toBe(4372.08);
  expect(await resultValue(page, 'fee-cost')).toBe(686.41);
  expect(await resultValue(page, 'net-saving')).toBe(3685.67);
  expect(await resultValue(page, 'new-months')).toBe(0);
});

test('deep link: a fee plan that still charges every fee saves nothing', async ({ page }) => {
  await page.goto('calculators/early-repayment/?fee-plan=1&amount=12000&periods=12&fee=0.6&paid=4&remaining-fees=all');
  await hydrated(page);
  expect(await resultValue(page, 'net-saving')).toBe(0);
  expect(await resultValue(page, 'fee-cost')).toBe(576);
  expect(await resultValue(page, 'pay-now')).toBe(8576);
  await page.getByLabel('剩余手续费不再收').check();
  await expect.poll(() => resultValue(page, 'net-saving')).toBe(576);
  await expect(page).toHaveURL(/remaining-fees=none/);
});

test('typing a partial repayment keeps the payment and shortens the term; the CSV has the rest of the schedule', async ({ page }) => {
  await page.goto('calculators/early-repayment/');
  await hydrated(page);
  await page.getByLabel('提前还款金额（不填表示全部还清）').fill('3万');
  // The level payment of the original loan: 3,042.19 元 (numpy-financial pmt, rounded).
  await expect.poll(() => resultValue(page, 'new-payment')).toBe(3042.19);
  expect(await resultValue(page, 'new-months')).toBeLessThan(24);
  await expect(page).toHaveURL(/prepay=3/);
  await page.getByText('查看计算过程').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-csv="er-table"]').click()]);
  const lines = readFileSync((await download.path()) ?? '', 'utf8').trim().split(/\r?\n/);
  expect(lines).toHaveLength(25); // header + the 24 remaining months of the original schedule
});

test('bad input: paid beyond the term is marked on its field', async ({ page }) => {
  await page.goto('calculators/early-repayment/?paid=40');
  await hydrated(page);
  await expect(page.getByLabel('已还期数')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('已还期数要少于借款期限（36个月）。').first()).toBeVisible();
  await expectNoBrokenNumbers(page);
});

test('the embed shows the same result', async ({ page }) => {
  await page.goto('embed/early-repayment/?amount=100000&rate=6&months=36&method=annuity&paid=12&fee=1&mode=shorten');
  await hydrated(page);
  expect(await resultValue(page, 'net-saving')).toBe(3685.67);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the default example is rendered at build time', async ({ page }) => {
    await page.goto('calculators/early-repayment/');
    await expect(page.locator('[data-result="net-saving"]')).toHaveAttribute('data-value', '3685.67');
  });
});
