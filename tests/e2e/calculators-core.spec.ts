// Calculators I: deep links with published examples, typing, bad input, CSV, embed.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoBrokenNumbers, hydrated, resultValue } from './support/calculator';

test.describe('installment-apr', () => {
  // facts 10.3: 12 periods at 0.6% per period → IRR×12 = 13.03%.
  test('deep link: 12 periods at 0.6% gives an apr of about 13.03', async ({ page }) => {
    await page.goto('calculators/installment-apr/?amount=12000&periods=12&fee=0.6');
    await hydrated(page);
    expect(await resultValue(page, 'apr')).toBeCloseTo(13.03, 2);
    expect(await resultValue(page, 'ear')).toBeCloseTo(13.84, 2);
    expect(await resultValue(page, 'total-fee')).toBe(864);
  });
  // PBOC [2021] No. 3 annex: 100,000 元, 1,000 元 up front, 12 × 8,833.3 → 12.80% / 13.58%.
  test('deep link: the PBOC annex example by payment and up-front fee', async ({ page }) => {
    await page.goto('calculators/installment-apr/?amount=100000&periods=12&payment=8833.3&upfront=1000');
    await hydrated(page);
    expect(await resultValue(page, 'apr')).toBeCloseTo(12.8, 2);
    expect(await resultValue(page, 'ear')).toBeCloseTo(13.58, 2);
  });
  test('typing 1.2万 and ０.７５ updates the results and the address', async ({ page }) => {
    await page.goto('calculators/installment-apr/');
    await hydrated(page);
    await page.getByLabel('合同金额').fill('1.2万');
    await page.getByRole('textbox', { name: '每期手续费率' }).fill('０.７５');
    // facts 10.3: 0.75% × 12 periods → 16.22%.
    await expect.poll(() => resultValue(page, 'apr')).toBeCloseTo(16.22, 2);
    await expect(page).toHaveURL(/amount=1\.2%E4%B8%87|amount=1.2万/);
    await expect(page).toHaveURL(/fee=/);
  });
  test('bad input gets a Chinese message on the field, and nothing broken shows', async ({ page }) => {
    await page.goto('calculators/installment-apr/?amount=abc&periods=0&fee=0.6');
    await hydrated(page);
    const amount = page.getByLabel('合同金额');
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await amount.getAttribute('aria-describedby')) ?? '';
    const messageId = describedBy.split(' ').find((id) => id.endsWith('-error')) ?? '';
    await expect(page.locator(`#${messageId}`)).toContainText('需要是数字');
    await expect(page.getByLabel('分期期数')).toHaveAttribute('aria-invalid', 'true');
    await expectNoBrokenNumbers(page);
  });
  test('script in the link is shown as text, never run', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    await page.goto(`calculators/installment-apr/?amount=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await hydrated(page);
    await expect(page.getByLabel('合同金额')).toHaveAttribute('aria-invalid', 'true');
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
  // 864 元 (7.2% of 12,000) charged once with the first payment: 1,864 then 11 × 1,000. IRR of
  // [+12000, −1864, −1000 × 11] by a separate Python decimal bisection: 13.856031% simple, 14.770749%.
  test('deep link: a one-off fee of 7.2% gives 13.86% and switches the form to it', async ({ page }) => {
    await page.goto('calculators/installment-apr/?amount=12000&periods=12&oneoff=7.2');
    await hydrated(page);
    expect(await resultValue(page, 'apr')).toBeCloseTo(13.86, 2);
    expect(await resultValue(page, 'ear')).toBeCloseTo(14.77, 2);
    expect(await resultValue(page, 'total-fee')).toBe(864);
    expect(await resultValue(page, 'payment')).toBe(1864);
    await expect(page.locator('#ia-known input[value="oneoff"]')).toBeChecked();
    await expect(page.locator('#ia-oneoff')).toHaveValue('7.2');
    await expect(page.locator('#ia-fee')).toHaveCount(0);
    await page.getByText('查看计算过程').click();
    await expect(page.locator('[data-testid="ia-method"]')).toContainText('一次收，和第一期一起还');
    // Back to the per-period fee by hand: the one-off rate leaves the address.
    await page.locator('#ia-known').getByText('每期手续费率').click();
    await page.getByRole('textbox', { name: '每期手续费率' }).fill('0.6');
    await expect.poll(() => resultValue(page, 'apr')).toBeCloseTo(13.03, 2);
    await expect(page).not.toHaveURL(/oneoff=/);
  });
  // 1,000 元 in 3 at 0.6%: principal 333.34 + 333.33 + 333.33 with the odd 分 first, so the first
  // payment is 339.34 (339.33 with it last); fee 6 元 a period (hand).
  test('remainder=first puts the odd 分 in the first payment; a bad value marks the control invalid', async ({ page }) => {
    await page.goto('calculators/installment-apr/?amount=1000&periods=3&fee=0.6&remainder=first');
    await hydrated(page);
    expect(await resultValue(page, 'payment')).toBe(339.34);
    await expect(page.locator('#ia-remainder input[value="first"]')).toBeChecked();
    await page.locator('#ia-remainder').getByText('最后一期').click();
    await expect.poll(() => resultValue(page, 'payment')).toBe(339.33);
    await expect(page).toHaveURL(/remainder=last/);
    await page.goto(`calculators/installment-apr/?amount=1000&periods=3&fee=0.6&remainder=${encodeURIComponent('<i>mid</i>')}`);
    await hydrated(page);
    await expect(page.locator('#ia-remainder')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#ia-remainder-error')).toContainText('请选择：最后一期、第一期');
    await expect(page.locator('[data-result]')).toHaveCount(0);
    await expectNoBrokenNumbers(page);
  });
});

test.describe('loan-schedule', () => {
  // 300,000 元 at 3.85% over 30 years, 等额本息: 1,406.42 元 (reference fixture).
  test('deep link: 300,000 at 3.85% over 360 months pays 1,406.42 a month', async ({ page }) => {
    await page.goto('calculators/loan-schedule/?amount=300000&rate=3.85&months=360&method=annuity');
    await hydrated(page);
    expect(await resultValue(page, 'first-payment')).toBe(1406.42);
  });
  // Closed form for 等额本金: 10,000 × 0.005 × (12 + 11 + … + 1) = 3,900 元 interest.
  test('equal principal: 120,000 at 6% over 12 months costs 3,900 in interest; CSV has 12 rows', async ({ page }) => {
    await page.goto('calculators/loan-schedule/?amount=120000&rate=6&months=12&method=equal-principal');
    await hydrated(page);
    expect(await resultValue(page, 'total-interest')).toBe(3900);
    expect(await resultValue(page, 'first-payment')).toBe(10600);
    await page.getByText('查看计算过程').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-csv="ls-table"]').click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(13);
    expect(lines[1]).toContain('10600.00');
  });
  test('the schedule shows all 360 rows', async ({ page }) => {
    await page.goto('calculators/loan-schedule/?amount=300000&rate=3.85&months=360&method=annuity');
    await hydrated(page);
    await expect(page.locator('#ls-table tbody tr')).toHaveCount(360);
  });
  test('an unknown method is an error on the choice', async ({ page }) => {
    await page.goto('calculators/loan-schedule/?method=weekly');
    await hydrated(page);
    await expect(page.getByText('请选择：等额本息、等额本金、先息后本、到期一次还本付息。').first()).toBeVisible();
    await expectNoBrokenNumbers(page);
  });
});

test.describe('overdue-cost', () => {
  // By hand: 5,000 × 0.0005 × 60 = 150 元.
  test('deep link: 5,000 overdue 60 days at 0.05% costs 150', async ({ page }) => {
    await page.goto('calculators/overdue-cost/?amount=5000&days=60&daily=0.05&compound=0');
    await hydrated(page);
    expect(await resultValue(page, 'penalty')).toBe(150);
    expect(await resultValue(page, 'total')).toBe(5150);
  });
  // 5,000 × (1.0005^60 − 1) = 152.23 元 (decimal arithmetic).
  test('compounding daily, typed as 万分之五: 152.23', async ({ page }) => {
    await page.goto('calculators/overdue-cost/?amount=5000&days=60&compound=1');
    await hydrated(page);
    await page.getByLabel('日罚息率').fill('万分之五');
    await expect.poll(() => resultValue(page, 'penalty')).toBe(152.23);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each calculator shows its default example, rendered at build time', async ({ page }) => {
    await page.goto('calculators/installment-apr/');
    expect(Number(await page.locator('[data-result="apr"]').getAttribute('data-value'))).toBeCloseTo(13.03, 2);
    await page.goto('calculators/loan-schedule/');
    await expect(page.locator('[data-result="first-payment"]')).toHaveAttribute('data-value', '3042.19');
    await page.goto('calculators/overdue-cost/');
    await expect(page.locator('[data-result="penalty"]')).toHaveAttribute('data-value', '150');
  });
});

test.describe('embeds', () => {
  for (const [id, query, name, want] of [
    ['installment-apr', 'amount=12000&periods=12&fee=0.6', 'apr', 13.03],
    ['loan-schedule', 'amount=300000&rate=3.85&months=360&method=annuity', 'first-payment', 1406.42],
    ['overdue-cost', 'amount=5000&days=60&daily=0.05&compound=0', 'penalty', 150],
  ] as const) {
    test(`/embed/${id}/ shows the same result without site navigation`, async ({ page }) => {
      await page.goto(`embed/${id}/?${query}`);
      await hydrated(page);
      expect(await resultValue(page, name)).toBeCloseTo(want, 2);
      await expect(page.locator('header nav')).toHaveCount(0);
      await expect(page.locator('[data-full-link]')).toBeVisible();
    });
  }
});
