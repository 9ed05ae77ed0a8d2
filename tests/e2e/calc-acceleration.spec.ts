// 被要求全额还款 (acceleration): deep links with independently worked values, typing, bad and
// hostile input, the embed, the schedule CSV, the guide link, and the page without JavaScript.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expectNoBrokenNumbers, hydrated, resultValue } from './support/calculator';

const PAGE = 'calculators/acceleration/';

async function results(page: Page) {
  return {
    due: await resultValue(page, 'due-now'),
    principal: await resultValue(page, 'remaining-principal'),
    charges: await resultValue(page, 'remaining-charges'),
    penalty: await resultValue(page, 'penalty'),
  };
}

test.describe('acceleration', () => {
  // By hand: 12,000 / 12 = 1,000 principal and 12,000 × 0.6% = 72 fee a period, 1,072 a month.
  // 4 paid, periods 5–6 missed: principal of periods 5–12 = 8 × 1,000 = 8,000; fees 2 × 72 = 144;
  // penalty (demand 30 days after period 6 was due) 1,072 × 0.0005 × 60 + 1,072 × 0.0005 × 30
  // = 32.16 + 16.08 = 48.24; due now 8,000 + 144 + 48.24 = 8,192.24 元.
  test('deep link: the installment example is 8,192.24 due now', async ({ page }) => {
    await page.goto(`${PAGE}?amount=12000&periods=12&fee=0.6&paid=4&overdue=2&daily=0.05`);
    await hydrated(page);
    expect(await results(page)).toEqual({ due: 8192.24, principal: 8000, charges: 144, penalty: 48.24 });
    await expect(page.getByRole('radio', { name: '分期（按每期手续费）' })).toBeChecked();
    // The 6 periods not yet due carry 6 × 72 = 432 元 of fees: named, not added.
    await expect(page.getByText('没有算还没到期的 6 期手续费（共 432 元）')).toBeVisible();
    await expect(page.getByText('以合同和页面展示为准').first()).toBeVisible();
  });

  // Python decimal, half-up to the 分: 100,000 at 6%/12 over 36 months pays 3,042.19; after 12
  // payments the balance is 68,640.65; interest of month 13 = 343.20, of month 14 = 329.71
  // (672.91 together); penalty 3,042.19 × 0.0005 × 60 = 91.27 (91.2657) + × 30 = 45.63 (45.63285)
  // = 136.90; due now 68,640.65 + 672.91 + 136.90 = 69,450.46 元.
  test('deep link: a 等额本息 loan, 12 paid and 2 missed, is 69,450.46 due now', async ({ page }) => {
    await page.goto(`${PAGE}?amount=100000&rate=6&months=36&method=annuity&paid=12&overdue=2&daily=0.05`);
    await hydrated(page);
    expect(await results(page)).toEqual({ due: 69450.46, principal: 68640.65, charges: 672.91, penalty: 136.9 });
    await expect(page.getByRole('radio', { name: '贷款（按年利率）' })).toBeChecked();
    await expect(page.getByLabel('年利率', { exact: true })).toHaveValue('6');
    await expect(page.getByLabel('分期期数')).toHaveCount(0);
  });

  // By hand: 120,000 at 6% over 12 months, 等额本金: 10,000 principal a month; after 3 payments
  // 90,000 is left; month 4's interest 90,000 × 0.005 = 450, payment 10,450; penalty
  // 10,450 × 0.0005 × 30 = 156.75; due now 90,000 + 450 + 156.75 = 90,606.75 元.
  test('deep link: 等额本金 with the default daily rate', async ({ page }) => {
    await page.goto(`${PAGE}?amount=120000&rate=6&months=12&method=equal-principal&paid=3&overdue=1`);
    await hydrated(page);
    expect(await results(page)).toEqual({ due: 90606.75, principal: 90000, charges: 450, penalty: 156.75 });
  });

  test('the guide on what to do this week is linked above the calculator', async ({ page }) => {
    await page.goto(PAGE);
    const link = page.getByRole('link', { name: '收到全额还款要求，这周该做什么' }).first();
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', /\/guides\/repay-all-at-once\/$/);
    const box = await link.boundingBox();
    const form = await page.locator('form.calc-form').boundingBox();
    expect(box!.y).toBeLessThan(form!.y);
  });

  // By hand: with 5 paid instead of 4, periods 6–7 are missed: principal 7 × 1,000 = 7,000; fees
  // 144; penalty 48.24 as before; due now 7,192.24 元.
  test('typing ５ (full width) in paid and 1.2万 in amount updates the results and the address', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await page.getByLabel('借款金额').fill('1.2万');
    await page.getByLabel('已按时还了几期').fill('５');
    await expect.poll(() => resultValue(page, 'due-now')).toBe(7192.24);
    expect(await resultValue(page, 'remaining-principal')).toBe(7000);
    await expect(page).toHaveURL(/paid=%EF%BC%95|paid=５/);
    await expect(page).toHaveURL(/amount=1\.2%E4%B8%87|amount=1\.2万/);
  });

  // By hand: 12,000 at 6% over 12 months, 等额本金, 4 paid, 2 missed: principal 8 × 1,000 = 8,000;
  // interest of month 5 on 8,000 = 40 and month 6 on 7,000 = 35, 75 together; payments 1,040 and
  // 1,035: penalty 1,040 × 0.0005 × 60 + 1,035 × 0.0005 × 30 = 31.20 + 15.525 → 15.53 = 46.73;
  // due now 8,000 + 75 + 46.73 = 8,121.73 元.
  test('switching to a loan swaps the fields, carries the term, and updates the address', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await page.getByRole('radio', { name: '贷款（按年利率）' }).check();
    await expect(page.getByLabel('借款期限')).toHaveValue('12');
    await expect(page.getByLabel('年利率', { exact: true })).toHaveValue('6');
    await page.getByRole('radio', { name: '等额本金' }).check();
    await expect.poll(() => resultValue(page, 'due-now')).toBe(8121.73);
    expect(await resultValue(page, 'remaining-charges')).toBe(75);
    await expect(page).toHaveURL(/rate=6/);
    await expect(page).toHaveURL(/method=equal-principal/);
    expect(page.url()).not.toMatch(/periods=|fee=/);
    // Emptying the rate does not flip the form back to the plan.
    await page.getByLabel('年利率', { exact: true }).fill('');
    await expect(page.getByLabel('年利率', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('radio', { name: '贷款（按年利率）' })).toBeChecked();
    // Back to the plan: the fee comes back and the result is the plan's again.
    await page.getByRole('radio', { name: '分期（按每期手续费）' }).check();
    await expect(page.getByLabel('每期手续费率')).toHaveValue('0.6');
    await expect.poll(() => resultValue(page, 'due-now')).toBe(8192.24);
    expect(page.url()).not.toMatch(/rate=|months=|method=/);
  });

  test('bad input gets a Chinese message on the field, and nothing broken shows', async ({ page }) => {
    await page.goto(`${PAGE}?amount=abc&periods=12&fee=0.6&paid=12&overdue=2`);
    await hydrated(page);
    const amount = page.getByLabel('借款金额');
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#ac-amount-error')).toContainText('借款金额需要是数字');
    await expect(page.getByLabel('已按时还了几期')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#ac-paid-error')).toContainText('已还期数要少于总期数（12期）');
    await expect(page.getByRole('alert').filter({ hasText: '请检查以下输入' })).toBeVisible();
    await expectNoBrokenNumbers(page);
    // Too many missed payments for what is left.
    await page.getByLabel('借款金额').fill('12000');
    await page.getByLabel('已按时还了几期').fill('11');
    await expect(page.locator('#ac-overdue-error')).toContainText('最多填 1 期');
    await expectNoBrokenNumbers(page);
  });

  for (const bad of ['-1', 'abc', '1e308', '0', '99999999999999999999', 'NaN', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '💸🙂']) {
    test(`hostile link value ${JSON.stringify(bad)} marks the field invalid and runs nothing`, async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
      await page.goto(`${PAGE}?amount=${encodeURIComponent(bad)}&periods=12&fee=0.6&paid=4&overdue=${encodeURIComponent(bad)}&daily=0.05`);
      await hydrated(page);
      await expect(page.getByLabel('借款金额')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('逾期没还的期数')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('[data-result="due-now"]')).toHaveCount(0);
      expect(await page.locator('main img[src="x"]').count()).toBe(0);
      await expectNoBrokenNumbers(page);
      expect(dialogs).toBe(0);
    });
  }

  test('an unknown method is an error on the choice', async ({ page }) => {
    await page.goto(`${PAGE}?amount=1000&rate=6&months=12&method=weekly&paid=1&overdue=1`);
    await hydrated(page);
    await expect(page.getByText('请选择：等额本息、等额本金、先息后本、到期一次还本付息。').first()).toBeVisible();
    await expectNoBrokenNumbers(page);
  });

  // Issue 16, by hand: 120,000 at 12% a year over 12 months, 等额本金: 10,000 principal a month;
  // interest month 5 = 80,000 × 1% = 800, month 6 = 70,000 × 1% = 700. 4 paid, 5 and 6 missed (60
  // and 30 days late). Markup 50%: 12% × 1.5 = 18% a year, 18% ÷ 365 ≈ 0.0493% a day.
  // 罚息 10,000 × 18% ÷ 365 × 60 = 295.89 + × 30 = 147.95 → 443.84; 复利 800 × … × 60 = 23.67 +
  // 700 × … × 30 = 10.36 → 34.03; periods 7–12's 60,000 × 12% ÷ 365 × 30 = 591.78 to the demand;
  // due now 80,000 + 1,500 + 443.84 + 34.03 + 591.78 = 82,569.65 元.
  const BANK = 'amount=120000&rate=12&months=12&method=equal-principal&paid=4&overdue=2&penalty=markup&markup=50&compound=1&accrue=1';
  test('deep link: markup 50%, compound interest and interest to the demand, each on its own line', async ({ page }) => {
    await page.goto(`${PAGE}?${BANK}`);
    await hydrated(page);
    expect(await results(page)).toEqual({ due: 82569.65, principal: 80000, charges: 1500, penalty: 443.84 });
    expect(await resultValue(page, 'compound-interest')).toBe(34.03);
    expect(await resultValue(page, 'accrued-interest')).toBe(591.78);
    await expect(page.getByRole('radio', { name: '按合同利率上浮（银行常见）' })).toBeChecked();
    await expect(page.getByLabel('罚息比合同利率上浮')).toHaveValue('50');
    await expect(page.getByRole('radio', { name: '逾期利息也计息（复利）' })).toBeChecked();
    // The daily rate is not used, so it is not asked.
    await expect(page.getByLabel('日罚息率', { exact: true })).toHaveCount(0);
    await expect(page.locator('[data-penalty-method="markup"]')).toContainText('罚息按合同年利率 12% 上浮 50% 计，即年利率 18%');
    await expect(page.locator('[data-penalty-method="markup"]')).toContainText('逾期的利息也按这个利率计复利');
    await page.getByText('查看计算过程').click();
    await expect(page.locator('.calc-formula')).toContainText('第5期：10,000.00 × 18% ÷ 365 × 60天 = 295.89 元');
    await expect(page.locator('.calc-formula')).toContainText('第6期：700.00 × 18% ÷ 365 × 30天 = 10.36 元');
    await expect(page.locator('.calc-formula')).toContainText('现在要还 = 80,000.00 + 1,500.00 + 443.84 + 34.03 + 591.78 = 82,569.65 元');
    await expectNoBrokenNumbers(page);
  });

  // By hand, the same loan by the daily rate (no link choices): payments 10,800 and 10,700;
  // penalty 10,800 × 0.0005 × 60 = 324 + 10,700 × 0.0005 × 30 = 160.50 → 484.50; due now
  // 80,000 + 1,500 + 484.50 = 81,984.50. Then markup 50% without compound or accrue: 81,943.84
  // (80,000 + 1,500 + 443.84); ticking compound adds 34.03 → 81,977.87; accrue adds 591.78 → 82,569.65.
  test('choosing the markup in the form shows its fields, fills 50, and changes the result and the address', async ({ page }) => {
    await page.goto(`${PAGE}?amount=120000&rate=12&months=12&method=equal-principal&paid=4&overdue=2`);
    await hydrated(page);
    expect(await resultValue(page, 'due-now')).toBe(81984.5);
    await expect(page.locator('[data-penalty-method="daily"]')).toContainText('罚息按每天 0.05% 计');
    await expect(page.getByLabel('罚息比合同利率上浮')).toHaveCount(0);
    await page.getByRole('radio', { name: '按合同利率上浮（银行常见）' }).check();
    await expect(page.getByLabel('罚息比合同利率上浮')).toHaveValue('50');
    await expect.poll(() => resultValue(page, 'due-now')).toBe(81943.84);
    await expect(page.locator('[data-result="compound-interest"]')).toHaveCount(0);
    await page.getByRole('radio', { name: '逾期利息也计息（复利）' }).check();
    await expect.poll(() => resultValue(page, 'due-now')).toBe(81977.87);
    await page.getByRole('radio', { name: '按实际天数算' }).check();
    await expect.poll(() => resultValue(page, 'due-now')).toBe(82569.65);
    await expect(page).toHaveURL(/penalty=markup/);
    await expect(page).toHaveURL(/markup=50/);
    await expect(page).toHaveURL(/compound=1/);
    await expect(page).toHaveURL(/accrue=1/);
    // Back to a plan of the same 120,000 (12 periods at 0.6%, by the daily rate, ten times the
    // default example): 80,000 + 2 × 720 + 10,720 × 0.0005 × (60 + 30) = 482.40 → 81,922.40 元.
    // The loan-only choices leave the address.
    await page.getByRole('radio', { name: '分期（按每期手续费）' }).check();
    await expect.poll(() => resultValue(page, 'due-now')).toBe(81922.4);
    expect(page.url()).not.toMatch(/penalty=|markup=|compound=|accrue=/);
  });

  for (const [param, bad, id] of [['penalty', 'weekly', 'ac-penalty'], ['compound', '2', 'ac-compound'], ['accrue', 'yes', 'ac-accrue']] as const) {
    test(`a bad ${param} value marks its choice aria-invalid with the allowed values`, async ({ page }) => {
      const extra = param === 'compound' ? '&penalty=markup&markup=50' : '';
      await page.goto(`${PAGE}?amount=120000&rate=12&months=12&method=equal-principal&paid=4&overdue=2${extra}&${param}=${bad}`);
      await hydrated(page);
      const group = page.locator(`#${id}`);
      await expect(group).toHaveAttribute('aria-invalid', 'true');
      await expect(group).toHaveAttribute('aria-describedby', `${id}-error`);
      await expect(page.locator(`#${id}-error`)).toContainText('请选择：');
      await expect(page.locator('[data-result="due-now"]')).toHaveCount(0);
      await expectNoBrokenNumbers(page);
    });
  }

  test('the schedule CSV has every period with its status', async ({ page }) => {
    await page.goto(`${PAGE}?amount=12000&periods=12&fee=0.6&paid=4&overdue=2&daily=0.05`);
    await hydrated(page);
    await expect(page.locator('#ac-table tbody tr')).toHaveCount(12);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-csv="ac-table"]').click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split(/\r?\n/);
    expect(lines).toHaveLength(13);
    expect(lines[0]).toBe('期数,应还（元）,本金（元）,手续费（元）,状态');
    expect(lines[1]).toBe('1,1072.00,1000.00,72.00,已还');
    expect(lines[4]).toBe('4,1072.00,1000.00,72.00,已还');
    expect(lines[5]).toBe('5,1072.00,1000.00,72.00,逾期');
    expect(lines[6]).toBe('6,1072.00,1000.00,72.00,逾期');
    expect(lines[7]).toBe('7,1072.00,1000.00,72.00,未到期');
    expect(lines[12]).toBe('12,1072.00,1000.00,72.00,未到期');
  });

  test('the working shows each missed payment\'s penalty; the chart has its table', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await page.getByText('查看计算过程').click();
    await expect(page.locator('.calc-formula')).toContainText('第5期：1,072.00 × 0.05% × 60天 = 32.16 元');
    await expect(page.locator('.calc-formula')).toContainText('第6期：1,072.00 × 0.05% × 30天 = 16.08 元');
    // Missed 2 × 1,072 = 2,144; demanded 8,192.24; schedule's rest 8 × 1,072 = 8,576.
    // The table renders when its details is opened.
    await page.getByText('查看图表数据（表格）').click();
    const rows = page.locator('#ac-chart-table tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText('已逾期应还');
    await expect(rows.nth(0)).toContainText('2,144.00');
    await expect(rows.nth(1)).toContainText('被要求立即还');
    await expect(rows.nth(1)).toContainText('8,192.24');
    await expect(rows.nth(2)).toContainText('按原计划剩余');
    await expect(rows.nth(2)).toContainText('8,576.00');
    await page.locator('#ac-chart-canvas').scrollIntoViewIfNeeded();
    // Chart.js styles the canvas when it draws on it.
    await expect.poll(() => page.locator('#ac-chart-canvas').evaluate((c: HTMLCanvasElement) => c.style.boxSizing)).toBe('border-box');
  });

  test('/embed/acceleration/ shows the same result without site navigation', async ({ page }) => {
    await page.goto('embed/acceleration/?amount=12000&periods=12&fee=0.6&paid=4&overdue=2&daily=0.05');
    await hydrated(page);
    expect(await resultValue(page, 'due-now')).toBe(8192.24);
    expect(await resultValue(page, 'penalty')).toBe(48.24);
    await expect(page.locator('header nav')).toHaveCount(0);
    await expect(page.locator('[data-full-link]')).toBeVisible();
    await expect(page.getByRole('link', { name: '收到全额还款要求，这周该做什么' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '给教育者' })).toHaveCount(0);
  });
});

test.describe('acceleration accessibility with the loan penalty methods', () => {
  for (const [name, query, scheme] of [
    ['markup, compound and interest to the demand, working open (light)', 'amount=120000&rate=12&months=12&method=equal-principal&paid=4&overdue=2&penalty=markup&markup=50&compound=1&accrue=1', 'light'],
    ['the same in dark', 'amount=120000&rate=12&months=12&method=equal-principal&paid=4&overdue=2&penalty=markup&markup=50&compound=1&accrue=1', 'dark'],
    ['bad choices', 'amount=120000&rate=12&months=12&paid=4&overdue=2&penalty=weekly&accrue=yes', 'light'],
  ] as const) {
    test(`axe: ${name}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
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

test.describe('acceleration without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the default example is rendered at build time', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('[data-result="due-now"]')).toHaveAttribute('data-value', '8192.24');
    await expect(page.locator('[data-result="remaining-principal"]')).toHaveAttribute('data-value', '8000');
    await expect(page.locator('[data-result="remaining-charges"]')).toHaveAttribute('data-value', '144');
    await expect(page.locator('[data-result="penalty"]')).toHaveAttribute('data-value', '48.24');
    await expect(page.locator('#ac-table tbody tr')).toHaveCount(12);
  });
});
