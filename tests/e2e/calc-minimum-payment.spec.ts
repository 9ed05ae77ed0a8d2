// 最低还款陷阱: deep links, typing, bad and hostile input, CSV, embed, no-JS rendering.
//
// Every expected figure below was worked out INDEPENDENTLY of the site's code, with a short
// Python script using the decimal module: amounts in 分; month 1 has no interest; from month 2,
// interest = carried balance × daily rate × 30, plus with 全额计息 (interest=full, the default)
// last month's payment × daily rate × grace days (default 20), rounded half-up to the 分; bill =
// carried + interest + new spending; payment = max(min% of the unpaid spending + all interest
// (minrule=share-plus-charges, the default) or min% of the bill (share-of-bill), floor), capped
// at the bill; repeat until nothing is owed (at most 600 months). OLD is the method before
// issue 16 (interest on the unpaid part, a share of the bill).
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoBrokenNumbers, hydrated, resultValue } from './support/calculator';

const PAGE = 'calculators/minimum-payment/';
const NEVER = '按最低还款，这笔欠款永远还不清';
const OLD = 'interest=unpaid&minrule=share-of-bill';

async function expectNever(page: Page) {
  await expect(page.getByText(NEVER).first()).toBeVisible();
  await expect(page.locator('[data-result="months"]')).toHaveAttribute('data-value', '');
  await expect(page.locator('[data-result="total-interest"]')).toHaveAttribute('data-value', '');
  await expectNoBrokenNumbers(page);
}

test.describe('minimum-payment', () => {
  // Python decimal: 10,000 元, 0.05%/day, 10%, floor 100, 全额计息 over 20 days → 33 months,
  // 1,402.70 元 interest, 11,402.70 元 paid.
  test('deep link: balance=10000 with the defaults takes 33 months and 1,402.70 in interest', async ({ page }) => {
    await page.goto(`${PAGE}?balance=10000`);
    await hydrated(page);
    expect(await resultValue(page, 'months')).toBe(33);
    expect(await resultValue(page, 'total-interest')).toBe(1402.7);
    expect(await resultValue(page, 'total-paid')).toBe(11402.7);
    await expect(page.locator('#mp-interest input[value="full"]')).toBeChecked();
    await expect(page.locator('#mp-minrule input[value="share-plus-charges"]')).toBeChecked();
    await expect(page.locator('#mp-grace')).toHaveValue('20');
    await expect(page.locator('#mp-daily')).toHaveValue('0.05');
    await expect(page.locator('#mp-min')).toHaveValue('10');
    await expect(page.locator('#mp-floor')).toHaveValue('100');
    await expect(page.locator('#mp-spend')).toHaveValue('0');
  });

  // Python decimal: 20,000 元, 5% minimum, 50 元 floor → 82 months, 5,840.51 元 interest;
  // under the old method 106 months, 7,749.99 元.
  test('deep link with every parameter: 20,000 at a 5% minimum takes 82 months (106 the old way)', async ({ page }) => {
    await page.goto(`${PAGE}?balance=20000&daily=0.05&min=5&floor=50&spend=0&interest=full&grace=20&minrule=share-plus-charges`);
    await hydrated(page);
    expect(await resultValue(page, 'months')).toBe(82);
    expect(await resultValue(page, 'total-interest')).toBe(5840.51);
    expect(await resultValue(page, 'total-paid')).toBe(25840.51);
    await page.goto(`${PAGE}?balance=20000&daily=0.05&min=5&floor=50&spend=0&${OLD}`);
    await hydrated(page);
    expect(await resultValue(page, 'months')).toBe(106);
    expect(await resultValue(page, 'total-interest')).toBe(7749.99);
    expect(await resultValue(page, 'total-paid')).toBe(27749.99);
  });

  // Python decimal, 10,000 元 with the other defaults: interest=unpaid → 33 months, 1,288.76;
  // minrule=share-of-bill → 37 months, 1,611.41; grace=25 → 1,431.56 (month 2: 135 + 12.50).
  test('the method parameters change the result as worked out, and the page says which method it used', async ({ page }) => {
    await page.goto(`${PAGE}?balance=10000&interest=unpaid`);
    await hydrated(page);
    expect(await resultValue(page, 'months')).toBe(33);
    expect(await resultValue(page, 'total-interest')).toBe(1288.76);
    await expect(page.locator('#mp-interest input[value="unpaid"]')).toBeChecked();
    // The grace days only matter to 全额计息, so the field is not shown.
    await expect(page.locator('#mp-grace')).toHaveCount(0);
    await expect(page.locator('[data-testid="mp-method"]')).toContainText('只对没还的部分计息');
    await page.goto(`${PAGE}?balance=10000&minrule=share-of-bill`);
    await hydrated(page);
    expect(await resultValue(page, 'months')).toBe(37);
    expect(await resultValue(page, 'total-interest')).toBe(1611.41);
    await expect(page.locator('[data-testid="mp-method"]')).toContainText('最低还款额按整张账单的10%算');
    await page.goto(`${PAGE}?balance=10000&grace=25`);
    await hydrated(page);
    expect(await resultValue(page, 'total-interest')).toBe(1431.56);
    await expect(page.locator('[data-testid="mp-method"]')).toContainText('全额计息');
    await expect(page.locator('[data-testid="mp-method"]')).toContainText('（25天）');
    // Choosing the other model by hand: the result and the address follow.
    await page.locator('#mp-interest').getByText('只对没还的部分计息').click();
    await expect.poll(() => resultValue(page, 'total-interest')).toBe(1288.76);
    await expect(page).toHaveURL(/interest=unpaid/);
  });

  test('bad method values in the link mark their control invalid', async ({ page }) => {
    await page.goto(`${PAGE}?balance=10000&interest=compound&minrule=${encodeURIComponent('<b>x</b>')}&grace=99`);
    await hydrated(page);
    await expect(page.locator('#mp-interest')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#mp-interest-error')).toContainText('请选择：全额计息');
    await expect(page.locator('#mp-minrule')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#mp-grace')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#mp-grace-error')).toContainText('不能超过 30');
    await expect(page.locator('#mp-balance')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-result]')).toHaveCount(0);
    await expectNoBrokenNumbers(page);
  });

  // Python decimal: with 500 元 new spending a month the balance levels off near 4,500 元
  // and is still owed after 600 months; first 12 months: 10,894.93 paid, 1,307.07 interest
  // (the old method: 10,167.37 and 1,273.50).
  test('new spending of 500 a month: never paid off, a plain warning and empty data-values', async ({ page }) => {
    await page.goto(`${PAGE}?balance=10000&spend=500`);
    await hydrated(page);
    await expectNever(page);
    await expect(page.locator('[data-testid="mp-never"]')).toContainText('10,894.93 元');
    await expect(page.locator('[data-testid="mp-never"]')).toContainText('1,307.07 元');
    await page.goto(`${PAGE}?balance=10000&spend=500&${OLD}`);
    await hydrated(page);
    await expect(page.locator('[data-testid="mp-never"]')).toContainText('10,167.37 元');
    await expect(page.locator('[data-testid="mp-never"]')).toContainText('1,273.50 元');
  });

  // 0.5% a day is 15% a month, more than a minimum of 10% of the bill: the balance grows.
  test('a daily rate above the minimum: the balance grows, never paid off', async ({ page }) => {
    await page.goto(`${PAGE}?balance=10000&daily=0.5&minrule=share-of-bill`);
    await hydrated(page);
    await expectNever(page);
    await expect(page.locator('[data-testid="mp-never"]')).toContainText('不降反升');
  });

  // Python decimal: 5,000 元 with the defaults → 27 months, 670.86 元 interest.
  test('typing 5千 and 万分之五 updates the results and the address', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await page.locator('#mp-balance').fill('5千');
    await page.locator('#mp-daily').fill('万分之五');
    await expect.poll(() => resultValue(page, 'months')).toBe(27);
    expect(await resultValue(page, 'total-interest')).toBe(670.86);
    await expect(page).toHaveURL(/balance=5%E5%8D%83/);
    await expect(page).toHaveURL(/daily=%E4%B8%87%E5%88%86%E4%B9%8B%E4%BA%94/);
    // Clearing the spending means none; the link drops it.
    await page.locator('#mp-spend').fill('');
    await expect(page).not.toHaveURL(/spend=/);
    expect(await resultValue(page, 'months')).toBe(27);
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
    await expect.poll(() => resultValue(page, 'months')).toBe(33);
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

  // CSV of the 33 months (Python decimal): month 2 bill 9,145.00, interest 145.00, payment
  // 1,045.00, still owed 8,100.00; month 33 interest 1.96, payment 65.68, owed 0.
  test('the month-by-month table has 33 rows and downloads as CSV', async ({ page }) => {
    await page.goto(`${PAGE}?balance=10000`);
    await hydrated(page);
    await page.getByText('查看计算过程').click();
    await expect(page.locator('#mp-table tbody tr')).toHaveCount(33);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-csv="mp-table"]').click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(34);
    expect(lines[1]).toBe('1,10000.00,0.00,1000.00,9000.00');
    expect(lines[2]).toBe('2,9145.00,145.00,1045.00,8100.00');
    expect(lines[33]).toBe('33,65.68,1.96,65.68,0.00');
  });

  test('the page states the convention and the 2022 rule on installments', async ({ page }) => {
    await page.goto(`${PAGE}?balance=10000`);
    await hydrated(page);
    const main = page.locator('main');
    await expect(main).toContainText('每月30天');
    await expect(main).toContainText('以合同和页面展示为准');
    await expect(main).toContainText('全额计息');
    await expect(main.locator('a[href$="/methodology/#method-minimum-payment-interest"]').first()).toBeVisible();
    await expect(main.locator('a[href$="/sources/credit-card-2022/"]').first()).toBeVisible();
  });
});

test.describe('minimum-payment embed', () => {
  test('/embed/minimum-payment/ shows the same result without site navigation', async ({ page }) => {
    await page.goto('embed/minimum-payment/?balance=10000');
    await hydrated(page);
    expect(await resultValue(page, 'months')).toBe(33);
    expect(await resultValue(page, 'total-interest')).toBe(1402.7);
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
  test('the default example (10,000 元 → 33 months, 1,402.70 元) is rendered at build time', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('[data-result="months"]')).toHaveAttribute('data-value', '33');
    await expect(page.locator('[data-result="total-interest"]')).toHaveAttribute('data-value', '1402.7');
    await expect(page.locator('[data-result="total-paid"]')).toHaveAttribute('data-value', '11402.7');
  });
});

test.describe('method choices on /methodology/', () => {
  test('lists each choice with its default, the alternatives and a source for each', async ({ page }) => {
    await page.goto('methodology/');
    const interest = page.locator('[data-method="minimum-payment/interest"]');
    await expect(interest).toBeVisible();
    await expect(interest.locator('[data-method-option="full"]')).toContainText('本站默认');
    await expect(interest.locator('[data-method-option="full"] a[href$="/sources/cba-card-convention-2013/"]')).toBeVisible();
    await expect(interest.locator('[data-method-option="unpaid"]')).not.toContainText('本站默认');
    await expect(interest.locator('[data-method-option="unpaid"] a[href$="/sources/pboc-2016-111/"]')).toBeVisible();
    const minimum = page.locator('[data-method="minimum-payment/minimum"]');
    await expect(minimum.locator('[data-method-option="share-plus-charges"]')).toContainText('本站默认');
    await expect(minimum.locator('[data-method-option="share-of-bill"]')).toContainText('依据：');
    const remainder = page.locator('[data-method="installment-apr/remainder"]');
    await expect(remainder.locator('[data-method-option="last"]')).toContainText('本站默认');
    await expect(remainder.locator('[data-method-option="first"]')).toContainText('remainder=first');
    await expect(page.locator('[data-method="installment-apr/fee"] a[href$="/sources/credit-card-2022/"]')).toHaveCount(2);
  });
});
