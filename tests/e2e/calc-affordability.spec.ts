// 负担能力 (affordability): deep links, typing, bad and hostile input, bands, CSV, embed, no JS.
// Every expected number below was worked out by hand; the working is in the comment beside it.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoBrokenNumbers, hydrated, resultValue } from './support/calculator';

const PAGE = 'calculators/affordability/';

async function results(page: Page) {
  return {
    before: await resultValue(page, 'ratio-before'),
    after: await resultValue(page, 'ratio-after'),
    left: await resultValue(page, 'left'),
  };
}

test.describe('affordability: deep links', () => {
  // By hand: 1500 ÷ 8000 = 0.1875 → 18.75%; (1500 + 1100) ÷ 8000 = 2600 ÷ 8000 = 0.325 → 32.5%;
  // 8000 − 1500 − 1100 = 5400 元. 32.5% lies in the site's 30–50% band (需要留意).
  test('8,000 income, 1,500 now, 1,100 new: 18.75% before, 32.5% after, 5,400 left', async ({ page }) => {
    await page.goto(`${PAGE}?income=8000&debts=1500&payment=1100`);
    await hydrated(page);
    expect(await results(page)).toEqual({ before: 18.75, after: 32.5, left: 5400 });
    await expect(page.locator('[data-result="ratio-after"]')).toHaveText('32.50%');
    await expect(page.locator('[data-result="left"]')).toHaveText('5,400.00 元');
    await expect(page.locator('[data-band]')).toHaveAttribute('data-band', 'watch');
    await expect(page.locator('[data-band]')).toContainText('需要留意');
    await expect(page.locator('[data-band]')).toContainText('本站的经验提示，不是法规');
  });

  // By hand: 0 ÷ 10000 = 0%; 2500 ÷ 10000 = 25%; 10000 − 2500 = 7500 元; below 30% → 较宽裕.
  test('no existing debts (debts=0): 0% before, 25% after, 7,500 left', async ({ page }) => {
    await page.goto(`${PAGE}?income=10000&debts=0&payment=2500`);
    await hydrated(page);
    expect(await results(page)).toEqual({ before: 0, after: 25, left: 7500 });
    await expect(page.locator('[data-band]')).toHaveAttribute('data-band', 'comfortable');
  });

  // By hand: 2400 ÷ 8000 = 0.3 exactly → 30%, the lower edge of 需要留意 (30% itself is in it).
  test('exactly 30% falls in the 30–50% band', async ({ page }) => {
    await page.goto(`${PAGE}?income=8000&debts=0&payment=2400`);
    await hydrated(page);
    expect(await resultValue(page, 'ratio-after')).toBe(30);
    await expect(page.locator('[data-band]')).toHaveAttribute('data-band', 'watch');
  });

  // By hand: 3000 ÷ 5000 = 60%; 5500 ÷ 5000 = 110%; 5000 − 5500 = −500 元 → 压力较大 and a warning.
  test('payments above income: 110% after, −500 left, a warning and the borrowing-to-repay guide', async ({ page }) => {
    await page.goto(`${PAGE}?income=5000&debts=3000&payment=2500`);
    await hydrated(page);
    expect(await results(page)).toEqual({ before: 60, after: 110, left: -500 });
    await expect(page.locator('[data-band]')).toHaveAttribute('data-band', 'strained');
    const warning = page.locator('.calc-warning');
    await expect(warning).toContainText('比收入还多 500 元');
    await expect(warning.getByRole('link')).toHaveAttribute('href', /\/guides\/borrowing-to-repay\/$/);
    await expectNoBrokenNumbers(page);
  });

  test('the mortgage reference is cited as a mortgage reference only, and its source page exists', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    const results = page.locator('section[aria-labelledby="af-results-title"]');
    await expect(results).toContainText('不是消费贷的规定');
    await expect(results).toContainText('55%');
    const source = results.getByRole('link', { name: '来源' });
    await expect(source).toHaveAttribute('href', /\/sources\/cbrc-real-estate-loan-risk-2004\/$/);
    await source.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('商业银行房地产贷款风险管理指引');
    await expect(page.locator('main')).toContainText('第三十七条');
  });

  test('the page links both guides', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('a[href$="/guides/before-you-borrow/"]').first()).toBeVisible();
    await expect(page.locator('a[href$="/guides/borrowing-to-repay/"]').first()).toBeAttached();
  });
});

test.describe('affordability: typing', () => {
  // By hand: income 1.2万 = 12000; 3000 ÷ 12000 = 25%; (3000 + 1800) ÷ 12000 = 4800 ÷ 12000 = 40%;
  // 12000 − 4800 = 7200 元.
  test('typing 1.2万, full-width ３０００ and 1,800 updates the results and the address', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    await page.getByLabel('每月到手收入').fill('1.2万');
    await page.getByLabel('现在每月还款').fill('３０００');
    await page.getByLabel('新贷款每月还款').fill('1,800');
    await expect.poll(() => resultValue(page, 'ratio-after')).toBe(40);
    expect(await results(page)).toEqual({ before: 25, after: 40, left: 7200 });
    await expect(page).toHaveURL(/income=1\.2%E4%B8%87/);
    await expect(page).toHaveURL(/debts=%EF%BC%93%EF%BC%90%EF%BC%90%EF%BC%90/);
    await expect(page).toHaveURL(/payment=1%2C800/);
  });

  test('clearing a field shows a Chinese message on it and in the summary, and no numbers break', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    const income = page.getByLabel('每月到手收入');
    await income.fill('');
    await expect(income).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#af-income-error')).toContainText('请填写每月到手收入');
    await expect(page.locator('.calc-error-summary a[href="#af-income"]')).toBeVisible();
    await expectNoBrokenNumbers(page);
    await income.fill('8000');
    await expect.poll(() => resultValue(page, 'ratio-after')).toBe(32.5);
  });
});

test.describe('affordability: bad and hostile values in the link', () => {
  const cases: [string, RegExp][] = [
    ['-1', /不能是负数/],
    ['abc', /需要是数字/],
    ['1e308', /需要是数字/],
    ['0', /必须大于 0/],
    ['99999999999999999999', /不能超过/],
    ['NaN', /需要是数字/],
    ['<script>alert(1)</script>', /需要是数字/],
    ['😀', /需要是数字/],
  ];
  for (const [bad, message] of cases) {
    test(`income=${bad}: field marked invalid with a Chinese message, no dialog`, async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
      await page.goto(`${PAGE}?income=${encodeURIComponent(bad)}&debts=1500&payment=1100`);
      await hydrated(page);
      const income = page.getByLabel('每月到手收入');
      await expect(income).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#af-income-error')).toContainText(message);
      await expect(page.locator('[data-result]')).toHaveCount(0);
      await expectNoBrokenNumbers(page);
      // The value is kept as plain text in the field, never parsed as markup.
      await expect(income).toHaveValue(bad);
      expect(dialogs).toBe(0);
    });
  }

  test('debts=0 is fine, but debts=-1 and payment=0 are not', async ({ page }) => {
    await page.goto(`${PAGE}?income=8000&debts=-1&payment=0`);
    await hydrated(page);
    await expect(page.getByLabel('现在每月还款')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#af-debts-error')).toContainText('现在每月还款不能是负数');
    await expect(page.getByLabel('新贷款每月还款')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#af-payment-error')).toContainText('新贷款每月还款必须大于 0');
    await expectNoBrokenNumbers(page);
  });
});

test.describe('affordability: table and CSV', () => {
  // By hand, shares of 8000: 1500 → 18.75%, 1100 → 13.75%, 5400 → 67.50%, 8000 → 100.00%.
  test('the working table and its CSV split the income into three parts', async ({ page }) => {
    await page.goto(`${PAGE}?income=8000&debts=1500&payment=1100`);
    await hydrated(page);
    await page.getByText('查看计算过程').click();
    await expect(page.locator('#af-table tbody tr')).toHaveCount(3);
    await expect(page.locator('.calc-working pre')).toContainText('(1,500.00 + 1,100.00) ÷ 8,000.00 = 32.50%');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-csv="af-table"]').click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split(/\r?\n/);
    expect(lines).toEqual([
      '项目,金额（元）,占收入（%）',
      '现在每月还款,1500.00,18.75',
      '新贷款每月还款,1100.00,13.75',
      '每月还款后剩下,5400.00,67.50',
      '月收入,8000.00,100.00',
    ]);
  });

  test('the chart has a text summary and a data table alternative', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    const figure = page.locator('figure[aria-labelledby="af-chart-title"]');
    await expect(figure.locator('.calc-chart-summary')).toContainText('剩下 5,400 元');
    await figure.getByText('查看图表数据（表格）').click();
    await expect(figure.locator('#af-chart-table tbody tr')).toHaveCount(3);
  });
});

test.describe('affordability: embed', () => {
  // Same working as the first deep link: 18.75%, 32.5%, 5,400 元; and 25% / 7,500 元 as above.
  for (const [query, want] of [
    ['income=8000&debts=1500&payment=1100', { before: 18.75, after: 32.5, left: 5400 }],
    ['income=10000&debts=0&payment=2500', { before: 0, after: 25, left: 7500 }],
  ] as const) {
    test(`/embed/affordability/?${query} shows the same result without site navigation`, async ({ page }) => {
      await page.goto(`embed/affordability/?${query}`);
      await hydrated(page);
      expect(await results(page)).toEqual(want);
      await expect(page.locator('header nav')).toHaveCount(0);
      await expect(page.locator('[data-full-link]')).toBeVisible();
      await expect(page.getByText('给教育者')).toHaveCount(0);
    });
  }
});

test.describe('affordability: without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the default example is rendered at build time', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('[data-result="ratio-before"]')).toHaveAttribute('data-value', '18.75');
    await expect(page.locator('[data-result="ratio-after"]')).toHaveAttribute('data-value', '32.5');
    await expect(page.locator('[data-result="left"]')).toHaveAttribute('data-value', '5400');
  });
});
