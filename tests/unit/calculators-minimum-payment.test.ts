// 最低还款陷阱: the deep-link contract, typed Chinese numbers, messages for bad input.
// Expected figures come from an independent Python decimal simulation (30-day months,
// interest on the carried balance, payment max(min% of the bill, floor) capped at the bill,
// each amount rounded half-up to the 分), not from the library under test.
import { describe, expect, it } from 'vitest';
import { minimumPaymentCalc, NEVER_TEXT } from '~/lib/calculators/minimum-payment';
import { inputsFromQuery, queryFromInputs } from '~/lib/calculators/types';

const evalWith = (over: Record<string, string>) => minimumPaymentCalc.evaluate({ ...minimumPaymentCalc.defaults, ...over });

describe('minimum-payment', () => {
  it('the default example: 10,000 元 → 37 months, 1,478.61 元 interest, 11,478.61 元 paid', () => {
    const e = minimumPaymentCalc.evaluate(minimumPaymentCalc.defaults);
    expect(e.errors).toEqual({});
    expect(e.values).toEqual({ months: 37, 'total-interest': 1478.61, 'total-paid': 11478.61 });
    expect(e.detail?.path).toHaveLength(37);
    // Month 2 by hand: 9,000 × 0.05% × 30 = 135 元; bill 9,135; minimum 913.50.
    expect(e.detail?.path[1]).toEqual({ month: 2, interestFen: 13500, paymentFen: 91350, balanceFen: 822150 });
  });

  it('a link with only balance fills the other defaults (daily 0.05, min 10, floor 100, spend 0)', () => {
    const { inputs, fromLink } = inputsFromQuery(minimumPaymentCalc, '?balance=10000');
    expect(fromLink).toBe(true);
    expect(inputs).toEqual({ balance: '10000', daily: '0.05', min: '10', floor: '100', spend: '0' });
    expect(minimumPaymentCalc.evaluate(inputs).values?.['months']).toBe(37);
  });

  it('round-trips through a query string with the exact parameter names', () => {
    expect(minimumPaymentCalc.params).toEqual(['balance', 'daily', 'min', 'floor', 'spend']);
    expect(queryFromInputs(minimumPaymentCalc, minimumPaymentCalc.defaults)).toBe('balance=10000&daily=0.05&min=10&floor=100&spend=0');
  });

  it('accepts typed Chinese numbers: 1万, 万分之五, 百分之十, full-width digits, 元', () => {
    const e = minimumPaymentCalc.evaluate({ balance: '1万', daily: '万分之五', min: '百分之十', floor: '１００元', spend: '０' });
    expect(e.values).toEqual({ months: 37, 'total-interest': 1478.61, 'total-paid': 11478.61 });
    expect(evalWith({ balance: '10,000', daily: '0.05%', min: '10%' }).values?.['months']).toBe(37);
  });

  it('other worked cases (Python decimal)', () => {
    // 5,000 元 with the defaults: 29 months, 698.39 元.
    expect(evalWith({ balance: '5000' }).values).toEqual({ months: 29, 'total-interest': 698.39, 'total-paid': 5698.39 });
    // 20,000 元, 5% minimum, 50 元 floor: 106 months, 7,749.99 元.
    expect(evalWith({ balance: '20000', min: '5', floor: '50' }).values).toEqual({ months: 106, 'total-interest': 7749.99, 'total-paid': 27749.99 });
    // 3,000 元, 200 元 floor: 16 months, 304.10 元.
    expect(evalWith({ balance: '3000', floor: '200' }).values?.['total-interest']).toBe(304.1);
    // No interest: 32 months, 0 元 interest.
    expect(evalWith({ daily: '0' }).values).toEqual({ months: 32, 'total-interest': 0, 'total-paid': 10000 });
    // A bill below the floor is paid in one month.
    expect(evalWith({ balance: '50' }).values).toEqual({ months: 1, 'total-interest': 0, 'total-paid': 50 });
  });

  it('never paid off with 500 元 new spending a month: no months and no totals, the balance levels off', () => {
    const e = evalWith({ spend: '500' });
    expect(e.errors).toEqual({});
    expect(e.values).toEqual({});
    expect(e.detail?.months).toBeNull();
    expect(e.detail?.grows).toBe(false);
    expect(e.detail?.path).toHaveLength(600);
    // Python decimal: after month 600 the balance is still 5,202.40 元.
    expect(e.detail?.path.at(-1)?.balanceFen).toBe(520240);
    expect(NEVER_TEXT).toBe('按最低还款，这笔欠款永远还不清');
  });

  it('never paid off when a month of interest is more than the minimum: the balance grows', () => {
    // 0.5% a day is 15% a month against a 10% minimum.
    const e = evalWith({ daily: '0.5' });
    expect(e.values).toEqual({});
    expect(e.detail?.grows).toBe(true);
    expect(e.detail?.firstYear.months).toBe(12);
    expect(e.detail?.firstYear.balanceFen).toBeGreaterThan(900000);
  });

  it('bad input: a Chinese message on the field, no values, never NaN', () => {
    const cases: [string, string, RegExp][] = [
      ['balance', 'abc', /账单金额需要是数字/],
      ['balance', '0', /账单金额必须大于 0/],
      ['balance', '-1', /不能是负数/],
      ['balance', '1e308', /需要是数字/],
      ['balance', '99999999999999999999', /不能超过/],
      ['balance', '', /请填写账单金额/],
      ['balance', '12.345', /最多保留 2 位小数/],
      ['daily', '2', /日利率不能超过 1%/],
      ['daily', 'NaN', /日利率需要是数字/],
      ['min', '0', /最低还款比例必须大于 0/],
      ['min', '0.05', /最低还款比例不能小于 0.1%/],
      ['min', '150', /最低还款比例不能超过 100%/],
      ['floor', '<script>', /最低还款下限需要是数字/],
      ['spend', '😀', /每月新增消费需要是数字/],
      ['spend', '-5', /不能是负数/],
    ];
    for (const [field, raw, message] of cases) {
      const e = evalWith({ [field]: raw });
      expect(e.values, `${field}=${raw}`).toBeNull();
      expect(e.errors[field], `${field}=${raw}`).toMatch(message);
      expect(JSON.stringify(e)).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('floor and spend may be 0; an empty floor is an error, an empty spend means none', () => {
    // With no floor, 10% of a tiny bill rounds to 0 分, so a few 分 would stay owed for ever; the
    // balance keeps falling, so it is never called 永远还不清. Python decimal (half-up per month):
    // month 102 leaves 0.96 元, under 1 元, after 1,560.51 元 of interest and 11,559.55 元 paid.
    const noFloor = evalWith({ floor: '0' });
    expect(noFloor.errors).toEqual({});
    expect(noFloor.detail?.outcome).toBe('under-one-yuan');
    expect(noFloor.detail?.months).toBe(102);
    expect(noFloor.detail?.leftoverFen).toBe(96);
    expect(noFloor.values?.['total-interest']).toBe(1560.51);
    expect(noFloor.values?.['total-paid']).toBe(11559.55);
    expect(evalWith({ spend: '0' }).values?.['months']).toBe(37);
    expect(evalWith({ floor: '' }).errors['floor']).toMatch(/请填写最低还款下限/);
    expect(evalWith({ spend: '' }).values?.['months']).toBe(37);
  });
});
