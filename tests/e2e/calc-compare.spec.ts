// 借款方案对比 (/calculators/compare/): deep links, typing, bad and hostile input, CSV, embed, no JS.
//
// Expected figures were computed independently with Python's decimal module (prec 50), not read
// back from the site's library: each schedule rounded half-up to the 分 as a lender prints it,
// then the monthly IRR found by bisection on Σ payment ÷ (1 + r)^t = amount.
//   a = 12000,12,0.6: 1000 principal + 72 fee each period → cost 72 × 12 = 864; r = 1.08619%,
//       simple 13.0342%, effective 13.8418%.
//   b = 12000,7.2,12,annuity: payment 12000 × 0.006 ÷ (1 − 1.006^−12) = 1,039.43 (11 times),
//       last 1,039.42 → cost 473.15; simple 7.2003%, effective 7.4427%.
//   interest-only 12000 at 7.2%, 12 months: 72 × 11 + 12,072 → cost 864, effective 7.4424%.
//   bullet 12000 at 7.2%, 12 months: 12,864 once → cost 864, effective exactly 7.2000%.
//   equal-principal 12000 at 7.2%, 12 months: interest 72 + 66 + … + 6 = 468 (by hand).
//   installment 12000,12,0.75: fee 90 × 12 = 1,080; simple 16.2164% (decimal, as above).
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoBrokenNumbers, hydrated, resultValue } from './support/calculator';

const DEFAULT = 'a=12000,12,0.6&b=12000,7.2,12,annuity';

async function best(page: import('@playwright/test').Page): Promise<string | null> {
  return page.locator('[data-result="best"]').getAttribute('data-value');
}

test.describe('compare', () => {
  test('deep link: a 0.6% fee plan against a 7.2% loan; the loan is cheaper', async ({ page }) => {
    await page.goto(`calculators/compare/?${DEFAULT}`);
    await hydrated(page);
    expect(await resultValue(page, 'total-cost-a')).toBe(864);
    expect(await resultValue(page, 'apr-a')).toBeCloseTo(13.03, 2);
    expect(await resultValue(page, 'ear-a')).toBeCloseTo(13.84, 2);
    expect(await resultValue(page, 'total-cost-b')).toBe(473.15);
    expect(await resultValue(page, 'apr-b')).toBeCloseTo(7.2, 2);
    expect(await resultValue(page, 'ear-b')).toBeCloseTo(7.44, 2);
    await expect(page.locator('[data-result="best"]')).toHaveAttribute('data-value', 'b');
    await expect(page.locator('[data-result="best"]')).toHaveText('方案B总成本最低');
    // The page explains the 0.6% × 12 = 7.2% mistake and links the guide.
    await expect(page.getByText('乘以12是7.2%', { exact: false }).first()).toBeVisible();
    await expect(page.locator('a[href$="/guides/fee-rate-vs-apr/"]').first()).toBeVisible();
    // The address keeps the readable comma form.
    expect(new URL(page.url()).search).toBe(`?${DEFAULT}`);
    await expectNoBrokenNumbers(page);
  });

  test('three and four offers; equal total costs go to the lower effective rate', async ({ page }) => {
    const three = 'a=12000,12,0.6&b=12000,7.2,12,interest-only&c=12000,7.2,12,bullet';
    await page.goto(`calculators/compare/?${three}`);
    await hydrated(page);
    for (const l of ['a', 'b', 'c']) expect(await resultValue(page, `total-cost-${l}`)).toBe(864);
    expect(await resultValue(page, 'ear-c')).toBeCloseTo(7.2, 4);
    expect(await best(page)).toBe('c');
    await page.goto(`calculators/compare/?${three}&d=12000,7.2,12,equal-principal`);
    await hydrated(page);
    expect(await resultValue(page, 'total-cost-d')).toBe(468);
    expect(await best(page)).toBe('d');
    // Four offers is the most: no button to add a fifth.
    await expect(page.locator('#co-add')).toHaveCount(0);
  });

  test('typing 1.2万 and ０.７５ updates the results and the address', async ({ page }) => {
    await page.goto('calculators/compare/');
    await hydrated(page);
    await page.locator('#co-a-amount').fill('1.2万');
    await page.locator('#co-a-fee').fill('０.７５');
    await expect.poll(() => resultValue(page, 'total-cost-a')).toBe(1080);
    expect(await resultValue(page, 'apr-a')).toBeCloseTo(16.22, 2);
    await expect(page).toHaveURL(/\?a=12000,12,0\.75&b=12000,7\.2,12,annuity$/);
    // Switch B to a fee plan: its 12 months carry over as 12 periods. 0.5% × 12 × 12,000 = 720.
    await page.locator('#co-b-kind').getByText('分期手续费').click();
    await expect(page.locator('#co-b-periods')).toHaveValue('12');
    await page.locator('#co-b-fee').fill('0.5');
    await expect.poll(() => resultValue(page, 'total-cost-b')).toBe(720);
    await expect(page).toHaveURL(/b=12000,12,0\.5(&|$)/);
    // Add C as a 12-month 等额本金 loan at 7.2% (the amount is copied from A): 468.
    await page.locator('#co-add').click();
    await expect(page.locator('#co-c-amount')).toBeFocused();
    await page.locator('#co-c-kind').getByText('贷款利率').click();
    await page.locator('#co-c-rate').fill('7.2');
    await page.locator('#co-c-months').fill('12');
    await page.locator('#co-c-method').getByText('等额本金').click();
    await expect.poll(() => resultValue(page, 'total-cost-c')).toBe(468);
    expect(await best(page)).toBe('c');
    await expect(page).toHaveURL(/c=12000,7\.2,12,equal-principal/);
    // Remove it again.
    await page.getByRole('button', { name: '删除方案C' }).click();
    await expect(page.locator('[data-result="total-cost-c"]')).toHaveCount(0);
    await expect(page).not.toHaveURL(/c=/);
    expect(await best(page)).toBe('b');
  });

  test('bad input gets a Chinese message on the field, and nothing broken shows', async ({ page }) => {
    await page.goto(`calculators/compare/?${DEFAULT}`);
    await hydrated(page);
    const amount = page.locator('#co-b-amount');
    await amount.fill('abc');
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#co-b-amount-error')).toContainText('需要是数字');
    await expect(page.locator('.calc-error-summary')).toContainText('方案B 借款金额');
    await page.locator('#co-b-rate').fill('200');
    await expect(page.locator('#co-b-rate-error')).toContainText('不能超过 100%');
    await expect(page.locator('[data-result="best"]')).toHaveCount(0);
    await expectNoBrokenNumbers(page);
  });

  for (const hostile of ['-1', 'abc', '1e308', '0', '99999999999999999999', 'NaN', '<script>alert(1)</script>', '💸']) {
    test(`hostile amount in the link is refused on its field: ${hostile}`, async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
      await page.goto(`calculators/compare/?a=${encodeURIComponent(hostile)},12,0.6&b=12000,7.2,12,annuity`);
      await hydrated(page);
      const amount = page.locator('#co-a-amount');
      await expect(amount).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#co-a-amount-error')).toHaveText(/[\u4e00-\u9fff]/);
      expect(await page.locator('main script:not([type]):not([src])').evaluateAll((s) => s.filter((x) => x.textContent?.includes('alert(1)')).length)).toBe(0);
      await expectNoBrokenNumbers(page);
      expect(dialogs).toBe(0);
    });
  }

  test('a script or an unknown word as the method is an error on the method choice', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    await page.goto(`calculators/compare/?a=12000,12,0.6&b=12000,7.2,12,${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await hydrated(page);
    await expect(page.locator('#co-b-method-error')).toHaveText(/请选择：等额本息、等额本金、先息后本、到期一次还本付息。/);
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    await expectNoBrokenNumbers(page);
    expect(dialogs).toBe(0);
  });

  test('the comparison table downloads as CSV, one row per offer', async ({ page }) => {
    await page.goto(`calculators/compare/?${DEFAULT}&c=12000,7.2,12,bullet`);
    await hydrated(page);
    await page.getByText('查看计算过程').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-csv="co-table"]').click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('总成本（元）');
    expect(lines[1]).toMatch(/^A,/);
    expect(lines[1]).toContain('864.00');
    expect(lines[1]).toContain('13.0342');
    expect(lines[2]).toContain('473.15');
    expect(lines[3]).toContain('12864.00');
    // Each offer's schedule is in the working too: 12 rows for A.
    await expect(page.locator('#co-rows-a tbody tr')).toHaveCount(12);
  });

  test('a locked link keeps the offers read-only until unlocked', async ({ page }) => {
    await page.goto(`calculators/compare/?${DEFAULT}&lock=1`);
    await hydrated(page);
    await expect(page.locator('#co-a-amount')).toHaveAttribute('readonly', '');
    await expect(page.locator('#co-add')).toHaveCount(0);
    await page.getByRole('button', { name: '解锁，自己试试' }).click();
    await expect(page.locator('#co-a-amount')).not.toHaveAttribute('readonly', '');
    await expect(page.locator('#co-add')).toBeVisible();
  });

  test('/embed/compare/ shows the same result without site navigation', async ({ page }) => {
    await page.goto(`embed/compare/?${DEFAULT}`);
    await hydrated(page);
    expect(await resultValue(page, 'total-cost-b')).toBe(473.15);
    expect(await resultValue(page, 'apr-a')).toBeCloseTo(13.03, 2);
    expect(await best(page)).toBe('b');
    await expect(page.locator('header nav')).toHaveCount(0);
    await expect(page.locator('[data-full-link]')).toBeVisible();
    await expect(page.getByText('给教育者')).toHaveCount(0);
  });
});

test.describe('compare without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the default comparison is rendered at build time', async ({ page }) => {
    await page.goto('calculators/compare/');
    await expect(page.locator('[data-result="best"]')).toHaveAttribute('data-value', 'b');
    await expect(page.locator('[data-result="total-cost-a"]')).toHaveAttribute('data-value', '864');
    await expect(page.locator('[data-result="total-cost-b"]')).toHaveAttribute('data-value', '473.15');
    expect(Number(await page.locator('[data-result="apr-a"]').getAttribute('data-value'))).toBeCloseTo(13.03, 2);
    expect(Number(await page.locator('[data-result="apr-b"]').getAttribute('data-value'))).toBeCloseTo(7.2, 2);
  });
});
