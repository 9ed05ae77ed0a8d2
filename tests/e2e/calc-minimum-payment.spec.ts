// 最低还款陷阱: deep links, typing, bad and hostile input, CSV, embed, no-JS rendering.
//
// Every expected figure below was worked out INDEPENDENTLY of the site's code, with a short
// Python script using the decimal module: amounts in 分; month 1 has no interest; from month 2,
// interest = carried balance × daily rate × 30, rounded half-up to the 分; bill = carried +
// interest + new spending; payment = max(min% of the bill rounded half-up, floor), capped at
// the bill; repeat until nothing is owed (at most 600 months).
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoBrokenNumbers, hydrated, resultValue } from './support/calculator';

const PAGE = 'calculators/minimum-payment/';
const NEVER = '按最低还款，这笔欠款永远还不清';

async function expectNever(page: Page) {
  await expect(page.getByText(NEVER).first()).toBeVisible();
  await expect(page.locator('[data-result="months"]')).toHaveAttribute('data-value', '');
  await expect(page.locator('[data-result="total-interest"]')).toHaveAttribute('data-value', '');
  await expectNoBrokenNumbers(page);
}

test.describe('minimum-payment', () => {
  // Python decimal: 10,000 元, 0.05%/day, 10%, floor 100 → 37 months, 1,478.61 元 interest,
  // 11,478.61 元 paid.
  test('deep link: balance=10000 with the defaults takes 37 months and 1,478.61 in interest', async ({ page }) => {
    await page.goto(`${PAGE}?balance=10000`);
    await hydrated(page);
    expect(await resultValue(page, 'months')).toBe(37);
    expect(await resultValue(page, 'total-interest')).toBe(1478.61);
    expect(await resultValue(page, 'total-paid')).toBe(11478.61);
    await expect(page.locator('#mp-daily')).toHaveValue('0.05');
    await expect(page.locator('#mp-min')).toHaveValue('10');
    await expect(page.locator('#mp-floor')).toHaveValue('100');
    await expect(page.locator('#mp-spend')).toHaveValue('0');
  });

  // Python decimal: 20,000 元, 5% minimum, 50 元 floor → 106 months, 7,749.99 元 interest.
  test('deep link with every parameter: 20,000 at a 5% minimum takes 106 months', async ({ page }) => {
    await page.goto(`${PAGE}?balance=20000&daily=0.05&min=5&floor=50&spend=0`);
    await hydrated(page);
    expect(await resultValue(page, 'months')).toBe(106);
    expect(await resultValue(page, 'total-interest')).toBe(7749.99);
    expect(await resultValue(page, 'total-paid')).toBe(27749.99);
  });

  // Python decimal: with 500 元 new spending a month the balance levels off near 5,202 元
  // and is still owed after 600 months; first 12 months: 10,167.37 paid, 1,273.50 interest.
  test('new spending of 500 a month: never paid off, a plain warning and empty data-values', async ({ page }) => {
    await page.goto(`${PAGE}?balance=10000&spend=500`);
    await hydrated(page);
    await expectNever(page);
    await expect(page.locator('[data-testid="mp-never"]')).toContainText('10,167.37 元');
    await expect(page.locator('[data-testid="mp-never"]')).toContainText('1,273.50 元');
  });

  // 0.5% a day is 15% a month, more than the 10% minimum: the balance grows.
  test('a daily rate above the minimum: the balance grows, never paid off', async ({ page }) => {
    await page.goto(`${PAGE}?balance=10000&daily=0.5`);
    await hydrated(page);
    await expectNever(page);
    await expect(page.locator('[data-testid="mp-never"]')).toContainText('不降反升');
  });

  // Python decimal: 5,000 元 with the defaults → 29 months, 698.39 元 interest.
  test('typing 5千 and 万分之五 updates the results and the address', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await page.locator('#mp-balance').fill('5千');
    await page.locator('#mp-daily').fill('万分之五');
    await expect.poll(() => resultValue(page, 'months')).toBe(29);
    expect(await resultValue(page, 'total-interest')).toBe(698.39);
    await expect(page).toHaveURL(/balance=5%E5%8D%83/);
    await expect(page).toHaveURL(/daily=%E4%B8%87%E5%88%86%E4%B9%8B%E4%BA%94/);
    // Clearing the spending means none; the link drops it.
    await page.locator('#mp-spend').fill('');
    await expect(page).not.toHaveURL(/spend=/);
    expect(await resultValue(page, 'months')).toBe(29);
  });

  test('typing bad input gets a Chinese message on the field, and nothing broken shows', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await page.locator('#mp-min').fill('0');
    const min = page.locator('#mp-min');
    await expect(min).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#mp-min-error')).toContainText('最低还款比例必须大于 0');
    await expect(page.getByRole('alert').filter({ hasText: '请检查以下输入' })).toBeVisible();
    await expect(page.locator('[data-result="months"]')).toHaveCount(0);
    await expectNoBrokenNumbers(page);
    await page.locator('#mp-min').fill('10');
    await expect.poll(() => resultValue(page, 'months')).toBe(37);
  });

  const hostile = ['-1', 'abc', '1e308', '0', '99999999999999999999', 'NaN', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '😀💸'];
  for (const value of hostile) {
    test(`hostile balance in the link is refused: ${value}`, async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
      await page.goto(`${PAGE}?balance=${encodeURIComponent(value)}`);
      await hydrated(page);
      const field = page.locator('#mp-balance');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#mp-balance-error')).toContainText(/账单金额(需要是数字|必须大于 0|不能是负数|不能超过)/);
      await expect(page.locator('[data-result]')).toHaveCount(0);
      expect(await page.locator('main img[src="x"]').count()).toBe(0);
      expect(await page.locator('main script:text("alert")').count()).toBe(0);
      await expectNoBrokenNumbers(page);
      expect(dialogs).toBe(0);
    });
  }

  test('hostile values in the other parameters mark each field invalid', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    await page.goto(`${PAGE}?balance=10000&daily=1e308&min=0&floor=-1&spend=${encodeURIComponent('<script>alert(1)</script>')}`);
    await hydrated(page);
    for (const id of ['mp-daily', 'mp-min', 'mp-floor', 'mp-spend']) {
      await expect(page.locator(`#${id}`)).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(page.locator('#mp-balance')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#mp-daily-error')).toContainText('日利率需要是数字');
    await expect(page.locator('#mp-floor-error')).toContainText('不能是负数');
    await expectNoBrokenNumbers(page);
    expect(dialogs).toBe(0);
  });

  // CSV of the 37 months (Python decimal): month 2 bill 9,135.00, interest 135.00, payment
  // 913.50, still owed 8,221.50; month 37 interest 0.27, payment 17.96, owed 0.
  test('the month-by-month table has 37 rows and downloads as CSV', async ({ page }) => {
    await page.goto(`${PAGE}?balance=10000`);
    await hydrated(page);
    await page.getByText('查看计算过程').click();
    await expect(page.locator('#mp-table tbody tr')).toHaveCount(37);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-csv="mp-table"]').click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(38);
    expect(lines[1]).toBe('1,10000.00,0.00,1000.00,9000.00');
    expect(lines[2]).toBe('2,9135.00,135.00,913.50,8221.50');
    expect(lines[37]).toBe('37,17.96,0.27,17.96,0.00');
  });

  test('the page states the convention and the 2022 rule on installments', async ({ page }) => {
    await page.goto(`${PAGE}?balance=10000`);
    await hydrated(page);
    const main = page.locator('main');
    await expect(main).toContainText('每月30天');
    await expect(main).toContainText('以合同和页面展示为准');
    await expect(main).toContainText('对整笔账单');
    await expect(main.locator('a[href$="/sources/credit-card-2022/"]').first()).toBeVisible();
  });
});

test.describe('minimum-payment embed', () => {
  test('/embed/minimum-payment/ shows the same result without site navigation', async ({ page }) => {
    await page.goto('embed/minimum-payment/?balance=10000');
    await hydrated(page);
    expect(await resultValue(page, 'months')).toBe(37);
    expect(await resultValue(page, 'total-interest')).toBe(1478.61);
    await expect(page.locator('header nav')).toHaveCount(0);
    await expect(page.locator('[data-full-link]')).toBeVisible();
    await expect(page.getByRole('heading', { name: '给教育者' })).toHaveCount(0);
  });
  test('the embed shows the never-paid-off warning too', async ({ page }) => {
    await page.goto('embed/minimum-payment/?balance=10000&spend=500');
    await hydrated(page);
    await expectNever(page);
  });
});

test.describe('minimum-payment without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the default example (10,000 元 → 37 months, 1,478.61 元) is rendered at build time', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('[data-result="months"]')).toHaveAttribute('data-value', '37');
    await expect(page.locator('[data-result="total-interest"]')).toHaveAttribute('data-value', '1478.61');
    await expect(page.locator('[data-result="total-paid"]')).toHaveAttribute('data-value', '11478.61');
  });
});
