// Issue 16: every unit word and number form in the issue's list, typed into a link as a reader
// would, gives exactly what typing the converted value in the field's own unit gives, or an
// error on that field. The converted values are stated here by hand (月息 × 12, 日息 × 365 as
// /methodology/ states, 年 × 12, 万 = 10,000), not taken from the parser.
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './support/calculator';

const PREFIX: Record<string, string> = { 'installment-apr': 'ia', 'loan-schedule': 'ls', 'overdue-cost': 'oc', 'minimum-payment': 'mp' };

/** [calculator, parameter, as typed, the same in the field's own unit (null: refused)] */
const CASES: readonly (readonly [string, string, string, string | null])[] = [
  // rates into the annual-rate field
  ['loan-schedule', 'rate', '年化7.2%', '7.2'],
  ['loan-schedule', 'rate', '年利率6%', '6'],
  ['loan-schedule', 'rate', '月息0.6%', '7.2'],
  ['loan-schedule', 'rate', '月利率0.5%', '6'],
  ['loan-schedule', 'rate', '日息万分之五', '18.25'],
  ['loan-schedule', 'rate', '日利率0.05%', '18.25'],
  ['loan-schedule', 'rate', '月息5厘', '6'],
  ['loan-schedule', 'rate', '6‰', '0.6'],
  ['loan-schedule', 'rate', '每期0.6%', null],
  ['loan-schedule', 'rate', '5厘', null],
  // rates into a daily-rate field
  ['overdue-cost', 'daily', '日息5厘', '0.05'],
  ['overdue-cost', 'daily', '万分之五', '0.05'],
  ['overdue-cost', 'daily', '万分之零点五', '0.005'],
  ['overdue-cost', 'daily', '年利率36.5%', '0.1'],
  ['minimum-payment', 'daily', '日息万分之五', '0.05'],
  // a per-period fee field takes 每期 and refuses rates charged on what is still owed
  ['installment-apr', 'fee', '每期0.6%', '0.6'],
  ['installment-apr', 'fee', '月息0.6%', null],
  ['installment-apr', 'fee', '年化7.2%', null],
  // terms
  ['overdue-cost', 'days', '60天', '60'],
  ['overdue-cost', 'days', '2个月', null],
  ['loan-schedule', 'months', '3年', '36'],
  ['loan-schedule', 'months', '30年', '360'],
  ['loan-schedule', 'months', '12期', '12'],
  ['loan-schedule', 'months', '12个月', '12'],
  ['loan-schedule', 'months', '360天', null],
  ['installment-apr', 'periods', '1年', '12'],
  ['installment-apr', 'periods', '24期', '24'],
  // money
  ['installment-apr', 'amount', '1万2', '12000'],
  ['installment-apr', 'amount', '一万二', '12000'],
  ['installment-apr', 'amount', '两千五', '2500'],
  ['installment-apr', 'amount', '1.2萬', '12000'],
  ['installment-apr', 'amount', '人民币12000元', '12000'],
  ['installment-apr', 'amount', '12000元整', '12000'],
  ['installment-apr', 'amount', '1.2万元', '12000'],
  ['minimum-payment', 'balance', '¥10000', '10000'],
  ['installment-apr', 'amount', '12000.005', null],
  ['installment-apr', 'amount', '12.005', null],
];

async function results(page: Page): Promise<Record<string, string>> {
  return Object.fromEntries(await page.locator('[data-result]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-result') ?? '', e.getAttribute('data-value') ?? ''])));
}

for (const [calc, param, typed, own] of CASES) {
  test(`${calc} ${param}=${typed} ${own === null ? 'is refused on its field' : `reads as ${own}`}`, async ({ page }) => {
    await page.goto(`calculators/${calc}/?${param}=${encodeURIComponent(typed)}`);
    await hydrated(page);
    const input = page.locator(`#${PREFIX[calc]}-${param}`);
    if (own === null) {
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      const described = (await input.getAttribute('aria-describedby')) ?? '';
      const message = (await Promise.all(described.split(/\s+/).filter(Boolean).map((id) => page.locator(`#${id}`).innerText()))).join(' ');
      expect(message.trim().length).toBeGreaterThan(4);
      await expect(page.locator('[data-result]')).toHaveCount(0);
      return;
    }
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    const got = await results(page);
    expect(Object.keys(got).length).toBeGreaterThan(0);
    await page.goto(`calculators/${calc}/?${param}=${own}`);
    await hydrated(page);
    expect(got).toEqual(await results(page));
  });
}
