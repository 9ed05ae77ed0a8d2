// 提前还款 (early-repayment): deep links with independently worked values, typing, switching
// between a loan and a fee plan, bad and hostile input, the embed, the CSV, the chart's table,
// the guide link, and the page without JavaScript.
//
// How the figures were obtained:
// - 100,000 元 at 6% over 36 months, 等额本息: a Python decimal simulation of the schedule, each
//   month's interest rounded half-up to the 分, level payment P·r/(1−(1+r)^−n) rounded = 3,042.19.
//   After 12 payments the balance is 68,640.65 and the remaining interest 4,372.08; all repaid with
//   a 1% fee: fee 686.41, net 3,685.67. Repaying 30,000 and keeping the payment: 14 more months,
//   new interest 1,382.25, saved 2,989.83, fee 300, net 2,689.83. Repaying 30,000 and keeping the
//   term: payment 1,712.58, saved 1,910.87. All repaid after 30 payments: 315.23 − 179.38 = 135.85.
// - The fee plan by hand: 12,000 元 in 12 periods at 0.6%: 1,000 principal + 72 fee a period.
//   After 4 periods: 8,000 principal and 8 × 72 = 576 of fees left. Fees still charged: pay
//   8,576 now, save 0. Fees waived: pay 8,000, save 576.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expectNoBrokenNumbers, hydrated, resultValue } from './support/calculator';

const PAGE = 'calculators/early-repayment/';
const LOAN = 'amount=100000&rate=6&months=36&method=annuity&paid=12';
const PLAN = 'fee-plan=1&amount=12000&periods=12&fee=0.6&paid=4';

async function loanResults(page: Page) {
  return {
    saved: await resultValue(page, 'interest-saved'),
    fee: await resultValue(page, 'fee-cost'),
    net: await resultValue(page, 'net-saving'),
    payment: await resultValue(page, 'new-payment'),
    months: await resultValue(page, 'new-months'),
  };
}

async function csvLines(page: Page): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-csv="er-table"]').click()]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return csv.slice(1).trim().split(/\r?\n/);
}

test.describe('early-repayment', () => {
  test('deep link: all repaid after 12 of 36 payments with a 1% fee nets 3,685.67', async ({ page }) => {
    await page.goto(`${PAGE}?${LOAN}&prepay=&fee=1&mode=shorten`);
    await hydrated(page);
    expect(await loanResults(page)).toEqual({ saved: 4372.08, fee: 686.41, net: 3685.67, payment: 0, months: 0 });
    await expect(page.getByText('还完第12期后尚欠本金 68,640.65 元')).toBeVisible();
    await expect(page.getByRole('radio', { name: '贷款（按年利率计息）' })).toBeChecked();
    // More than is owed repays everything, and the page says so.
    await page.getByLabel('提前还款金额').fill('10万');
    await expect(page.getByText('填的金额超过了尚欠本金，按全部还清计算。')).toBeVisible();
    expect(await resultValue(page, 'net-saving')).toBe(3685.67);
  });

  test('deep link: repaying 30,000 and keeping the payment: 14 more months, net 2,689.83', async ({ page }) => {
    await page.goto(`${PAGE}?${LOAN}&prepay=30000&fee=1&mode=shorten`);
    await hydrated(page);
    expect(await loanResults(page)).toEqual({ saved: 2989.83, fee: 300, net: 2689.83, payment: 3042.19, months: 14 });
  });

  test('deep link: keeping the term lowers the payment to 1,712.58', async ({ page }) => {
    await page.goto(`${PAGE}?${LOAN}&prepay=30000&fee=0&mode=reduce`);
    await hydrated(page);
    expect(await loanResults(page)).toEqual({ saved: 1910.87, fee: 0, net: 1910.87, payment: 1712.58, months: 24 });
    await expect(page.getByRole('radio', { name: '期限不变，减少月供' })).toBeChecked();
  });

  test('deep link: near the end the fee eats most of the saving (135.85 after 30 payments)', async ({ page }) => {
    await page.goto(`${PAGE}?amount=100000&rate=6&months=36&method=annuity&paid=30&fee=1`);
    await hydrated(page);
    expect(await resultValue(page, 'interest-saved')).toBe(315.23);
    expect(await resultValue(page, 'net-saving')).toBe(135.85);
  });

  // By hand: at 0% the payment is 100,000 / 36 = 2,777.78; after 12, 66,666.64 is owed; no interest
  // to save, the 1% fee (666.6664 → 666.67) is a loss.
  test('a fee with nothing to save is called a loss', async ({ page }) => {
    await page.goto(`${PAGE}?amount=100000&rate=0&months=36&method=annuity&paid=12&fee=1`);
    await hydrated(page);
    expect(await resultValue(page, 'net-saving')).toBe(-666.67);
    await expect(page.getByText('反而要多花 666.67 元')).toBeVisible();
  });

  test('deep link: a fee plan that still charges every fee saves nothing, and says so', async ({ page }) => {
    await page.goto(`${PAGE}?${PLAN}&remaining-fees=all`);
    await hydrated(page);
    expect(await resultValue(page, 'net-saving')).toBe(0);
    expect(await resultValue(page, 'fee-cost')).toBe(576);
    expect(await resultValue(page, 'pay-now')).toBe(8576);
    await expect(page.getByRole('radio', { name: '分期（每期收手续费）' })).toBeChecked();
    await expect(page.getByText('很多分期产品提前还清时，剩下各期的手续费照样要收')).toBeVisible();
    await expect(page.getByText('以合同和页面展示为准').first()).toBeVisible();
    // Loan-only fields are not asked, and the address carries only the plan's parameters.
    await expect(page.getByLabel('年利率', { exact: true })).toHaveCount(0);
    await expect(page.getByLabel('提前还款手续费率')).toHaveCount(0);
    expect(page.url()).not.toMatch(/rate=|months=|method=|mode=/);
  });

  test('choosing that the remaining fees are waived saves 576, and the address follows', async ({ page }) => {
    await page.goto(`${PAGE}?${PLAN}&remaining-fees=all`);
    await hydrated(page);
    await page.getByRole('radio', { name: '剩余手续费不再收' }).check();
    await expect.poll(() => resultValue(page, 'net-saving')).toBe(576);
    expect(await resultValue(page, 'fee-cost')).toBe(0);
    expect(await resultValue(page, 'pay-now')).toBe(8000);
    await expect(page).toHaveURL(/remaining-fees=none/);
  });

  test('typing 3万 and a full-width ３０ updates the results and the address', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await page.getByLabel('提前还款金额').fill('3万');
    await expect.poll(() => resultValue(page, 'new-payment')).toBe(3042.19);
    expect(await loanResults(page)).toEqual({ saved: 2989.83, fee: 300, net: 2689.83, payment: 3042.19, months: 14 });
    await expect(page).toHaveURL(/prepay=3%E4%B8%87|prepay=3万/);
    await page.getByLabel('提前还款金额').fill('');
    await page.getByLabel('已还期数').fill('３０');
    await expect.poll(() => resultValue(page, 'net-saving')).toBe(135.85);
    await expect(page).toHaveURL(/paid=%EF%BC%93%EF%BC%90|paid=３０/);
    expect(page.url()).not.toMatch(/prepay=/);
  });

  test('switching to a fee plan and back swaps the fields and keeps what was typed', async ({ page }) => {
    await page.goto(`${PAGE}?amount=12000&rate=6&months=12&method=annuity&paid=4&fee=2`);
    await hydrated(page);
    await page.getByRole('radio', { name: '分期（每期收手续费）' }).check();
    await expect(page.getByLabel('分期期数')).toHaveValue('12');
    await expect(page.getByLabel('每期手续费率')).toHaveValue('0.6');
    await expect.poll(() => resultValue(page, 'pay-now')).toBe(8576);
    await expect(page).toHaveURL(/fee-plan=1/);
    expect(page.url()).not.toMatch(/rate=|months=|method=/);
    await page.getByRole('radio', { name: '贷款（按年利率计息）' }).check();
    await expect(page.getByLabel('年利率', { exact: true })).toHaveValue('6');
    await expect(page.getByLabel('借款期限')).toHaveValue('12');
    await expect(page.getByLabel('提前还款手续费率')).toHaveValue('2');
    await expect(page).not.toHaveURL(/fee-plan=|periods=|remaining-fees=/);
    await expect(page.locator('[data-result="interest-saved"]')).toHaveCount(1);
  });

  // Issue 16, by hand: 到期一次还本付息 100,000 at 6% for 36 months, all repaid after 12: periods 13–36
  // carry 24 × 100,000 × 0.5% = 12,000 (the whole term's 18,000 would count months 1–12 too);
  // months 1–12's 6,000 are paid with the repayment and owed either way.
  test('到期一次还本付息: the working adds only periods 13 to 36 (12,000), and 12,000 is saved', async ({ page }) => {
    await page.goto(`${PAGE}?amount=100000&rate=6&months=36&method=bullet&paid=12&fee=0`);
    await hydrated(page);
    expect(await resultValue(page, 'interest-saved')).toBe(12000);
    expect(await resultValue(page, 'net-saving')).toBe(12000);
    await page.getByText('查看计算过程').click();
    await expect(page.locator('.calc-formula')).toContainText('原计划第13期到第36期的利息合计：12,000.00 元');
    await expect(page.locator('.calc-formula')).toContainText('要连同已借 12 个月的利息一起付：6,000.00 元');
  });

  test('先息后本 has no shorten-or-reduce choice; the end date stays', async ({ page }) => {
    // By hand: 100,000 at 0.5% a month, 12 months, 6 paid, 40,000 repaid: 6 × (500 − 300) = 1,200 saved.
    await page.goto(`${PAGE}?amount=100000&rate=6&months=12&method=interest-only&paid=6&prepay=40000&fee=0`);
    await hydrated(page);
    expect(await loanResults(page)).toEqual({ saved: 1200, fee: 0, net: 1200, payment: 300, months: 6 });
    await expect(page.getByRole('radio', { name: '月供不变，缩短期限' })).toHaveCount(0);
    await expect(page.getByText('到期日不变').first()).toBeVisible();
  });

  test('bad input gets a Chinese message on the field, and nothing broken shows', async ({ page }) => {
    await page.goto(`${PAGE}?amount=abc&rate=6&months=36&method=annuity&paid=40&fee=1`);
    await hydrated(page);
    await expect(page.getByLabel('借款金额')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#er-amount-error')).toContainText('借款金额需要是数字');
    await expect(page.getByLabel('已还期数')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#er-paid-error')).toContainText('已还期数要少于借款期限（36个月）。');
    await expect(page.getByRole('alert').filter({ hasText: '请检查以下输入' })).toBeVisible();
    await expect(page.locator('[data-result]')).toHaveCount(0);
    await expectNoBrokenNumbers(page);
    // Fixing them brings the result back.
    await page.getByLabel('借款金额').fill('10万');
    await page.getByLabel('已还期数').fill('12');
    await expect.poll(() => resultValue(page, 'net-saving')).toBe(3685.67);
    await expect(page.getByLabel('借款金额')).not.toHaveAttribute('aria-invalid', 'true');
    // A repayment of 0 is refused.
    await page.getByLabel('提前还款金额').fill('0');
    await expect(page.locator('#er-prepay-error')).toContainText('提前还款金额必须大于 0。');
    await expectNoBrokenNumbers(page);
  });

  test('an unknown method or fee-plan value is an error on the choice', async ({ page }) => {
    await page.goto(`${PAGE}?fee-plan=yes&amount=1000&rate=6&months=12&method=weekly&paid=1`);
    await hydrated(page);
    await expect(page.locator('#er-method-error')).toContainText('请选择：等额本息、等额本金、先息后本、到期一次还本付息。');
    await expect(page.locator('#er-fee-plan-error')).toContainText('fee-plan 只能是 1 或 0');
    await expectNoBrokenNumbers(page);
  });

  for (const bad of ['-1', 'abc', '1e308', '0', '99999999999999999999', 'NaN', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '💸🙂']) {
    test(`hostile link value ${JSON.stringify(bad)} marks the fields invalid and runs nothing`, async ({ page }) => {
      let dialogs = 0;
      const errors: string[] = [];
      page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
      page.on('pageerror', (e) => errors.push(e.message));
      const v = encodeURIComponent(bad);
      // Loan: the amount and the term are refused for every one of these values (0 included).
      await page.goto(`${PAGE}?amount=${v}&rate=6&months=${v}&method=annuity&paid=1&prepay=${v}&fee=1&mode=shorten`);
      await hydrated(page);
      await expect(page.getByLabel('借款金额')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('借款期限')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('提前还款金额')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('[data-result]')).toHaveCount(0);
      expect(await page.locator('main img[src="x"]').count()).toBe(0);
      await expectNoBrokenNumbers(page);
      // Fee plan: the amount and the number of periods.
      await page.goto(`${PAGE}?fee-plan=1&amount=${v}&periods=${v}&fee=0.6&paid=0&remaining-fees=all`);
      await hydrated(page);
      await expect(page.getByLabel('分期金额')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('分期期数')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('[data-result]')).toHaveCount(0);
      expect(await page.locator('main img[src="x"]').count()).toBe(0);
      await expectNoBrokenNumbers(page);
      expect(dialogs).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  test('the CSV puts the rest of the original schedule beside the new one', async ({ page }) => {
    await page.goto(`${PAGE}?${LOAN}&prepay=30000&fee=1&mode=shorten`);
    await hydrated(page);
    await page.getByText('查看计算过程').click();
    await expect(page.locator('.calc-formula')).toContainText('少付的利息 = 4,372.08 − 1,382.25 = 2,989.83 元');
    await expect(page.locator('.calc-formula')).toContainText('手续费 = 30,000.00 × 1% = 300.00 元');
    await expect(page.locator('#er-table tbody tr')).toHaveCount(25);
    const lines = await csvLines(page);
    expect(lines).toHaveLength(26); // header, "now", and the 24 remaining months of the original schedule
    expect(lines[0]).toBe('期数,原计划应还（元）,原计划利息（元）,提前还款后应还（元）,其中利息和手续费（元）');
    expect(lines[1]).toBe('现在,0.00,0.00,30300.00,300.00');
    // Month 13: interest 68,640.65 × 0.5% = 343.20 before; 38,640.65 × 0.5% = 193.20 after.
    expect(lines[2]).toBe('13,3042.19,343.20,3042.19,193.20');
    // The new schedule ends with month 26 (its 14th): 2.36 of interest, 474.43 to pay (Python
    // decimal, as above). The original runs to month 36: 3,042.36 with 15.14 of interest.
    expect(lines[15]).toMatch(/^26,3042\.19,[\d.]+,474\.43,2\.36$/);
    expect(lines[16]).toMatch(/^27,3042\.19,[\d.]+,0\.00,0\.00$/);
    expect(lines[25]).toBe('36,3042.36,15.14,0.00,0.00');
  });

  test('the fee plan has its own table: pay now beside the 8 remaining periods', async ({ page }) => {
    await page.goto(`${PAGE}?${PLAN}&remaining-fees=all`);
    await hydrated(page);
    await page.getByText('查看计算过程').click();
    await expect(page.locator('.calc-formula')).toContainText('剩下 8 期的手续费 = 8 × 72.00 = 576.00 元');
    const lines = await csvLines(page);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('期数,原计划应还（元）,原计划手续费（元）,提前还款后应还（元）,其中手续费（元）');
    expect(lines[1]).toBe('现在,0.00,0.00,8576.00,576.00');
    expect(lines[2]).toBe('5,1072.00,72.00,0.00,0.00');
    expect(lines[9]).toBe('12,1072.00,72.00,0.00,0.00');
  });

  test('the chart has a text summary and a table of the same numbers', async ({ page }) => {
    await page.goto(`${PAGE}?${LOAN}&prepay=&fee=1&mode=shorten`);
    await hydrated(page);
    await expect(page.locator('.calc-chart-summary')).toContainText('不提前还，剩下还要付利息 4,372.08 元');
    // The table renders when its details is opened.
    await page.getByText('查看图表数据（表格）').click();
    const rows = page.locator('#er-chart-table tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('不提前还');
    await expect(rows.nth(0)).toContainText('4,372.08');
    await expect(rows.nth(1)).toContainText('提前还款');
    await expect(rows.nth(1)).toContainText('686.41');
    await page.locator('#er-chart-canvas').scrollIntoViewIfNeeded();
    // Chart.js styles the canvas when it draws on it.
    await expect.poll(() => page.locator('#er-chart-canvas').evaluate((c: HTMLCanvasElement) => c.style.boxSizing)).toBe('border-box');
  });

  test('the guide is linked above the calculator', async ({ page }) => {
    await page.goto(PAGE);
    const link = page.getByRole('link', { name: '提前还款到底划不划算？' }).first();
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', /\/guides\/early-repayment\/$/);
    const box = await link.boundingBox();
    const form = await page.locator('form.calc-form').boundingBox();
    expect(box!.y).toBeLessThan(form!.y);
  });

  test('/embed/early-repayment/ shows the same results without site navigation', async ({ page }) => {
    await page.goto(`embed/early-repayment/?${LOAN}&prepay=&fee=1&mode=shorten`);
    await hydrated(page);
    expect(await loanResults(page)).toEqual({ saved: 4372.08, fee: 686.41, net: 3685.67, payment: 0, months: 0 });
    await expect(page.locator('header nav')).toHaveCount(0);
    await expect(page.locator('[data-full-link]')).toBeVisible();
    await expect(page.getByRole('link', { name: '提前还款到底划不划算？' })).toHaveAttribute('href', /\/guides\/early-repayment\/$/);
    await expect(page.getByRole('heading', { name: '给教育者' })).toHaveCount(0);
    await page.goto(`embed/early-repayment/?${PLAN}&remaining-fees=none`);
    await hydrated(page);
    expect(await resultValue(page, 'net-saving')).toBe(576);
  });
});

test.describe('early-repayment accessibility beyond the default page', () => {
  for (const [name, query] of [
    ['fee plan, working open', `${PLAN}&remaining-fees=all`],
    ['partial repayment, working open', `${LOAN}&prepay=30000&fee=1&mode=reduce`],
    ['bad input', 'amount=abc&fee-plan=yes&method=weekly&paid=99'],
  ] as const) {
    test(`axe: ${name}`, async ({ page }) => {
      await page.goto(`${PAGE}?${query}`);
      await hydrated(page);
      const working = page.getByText('查看计算过程');
      if (await working.count()) await working.click();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = axe.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(summary, summary.join('\n')).toEqual([]);
    });
  }
});

test.describe('early-repayment without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the default example is rendered at build time', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('[data-result="net-saving"]')).toHaveAttribute('data-value', '3685.67');
    await expect(page.locator('[data-result="interest-saved"]')).toHaveAttribute('data-value', '4372.08');
    await expect(page.locator('[data-result="fee-cost"]')).toHaveAttribute('data-value', '686.41');
    await expect(page.locator('[data-result="new-payment"]')).toHaveAttribute('data-value', '0');
    await expect(page.locator('[data-result="new-months"]')).toHaveAttribute('data-value', '0');
    await expect(page.locator('#er-table tbody tr')).toHaveCount(25);
  });
});
