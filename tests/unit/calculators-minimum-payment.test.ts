// 最低还款陷阱: the deep-link contract, typed Chinese numbers, messages for bad input.
// Expected figures come from an independent Python decimal simulation, not from the library
// under test: 30-day months; from month 2 interest = carried balance (principal + unpaid
// interest) × daily rate × 30, plus with 全额计息 (interest=full) last month's payment × daily
// rate × grace days; the minimum is share × principal + all interest (minrule=share-plus-charges)
// or share × the whole bill (share-of-bill), at least the floor and at most the bill; payments go
// to interest first; every amount rounded half-up to the 分. The defaults are full, 20 days,
// share-plus-charges (issue 16); the figures before it are kept under interest=unpaid&minrule=share-of-bill.
import { describe, expect, it } from 'vitest';
import { methodText, minimumPaymentCalc, NEVER_TEXT } from '~/lib/calculators/minimum-payment';
import { inputsFromQuery, queryFromInputs } from '~/lib/calculators/types';

const evalWith = (over: Record<string, string>) => minimumPaymentCalc.evaluate({ ...minimumPaymentCalc.defaults, ...over });
/** The method before issue 16: interest on the unpaid part only, the minimum a share of the bill. */
const OLD = { interest: 'unpaid', minrule: 'share-of-bill' };

describe('minimum-payment', () => {
  it('the default example (全额计息, 10% of spending + interest): 10,000 元 → 33 months, 1,402.70 元 interest', () => {
    const e = minimumPaymentCalc.evaluate(minimumPaymentCalc.defaults);
    expect(e.errors).toEqual({});
    expect(e.values).toEqual({ months: 33, 'total-interest': 1402.7, 'total-paid': 11402.7 });
    expect(e.detail?.path).toHaveLength(33);
    // Month 2 by hand: the unpaid 9,000 × 0.05% × 30 = 135 plus the paid 1,000 × 0.05% × 20 = 10
    // → 145 元; minimum 9,000 × 10% + 145 = 1,045; principal left 8,100.
    expect(e.detail?.path[1]).toEqual({ month: 2, interestFen: 14500, paymentFen: 104500, balanceFen: 810000 });
    // Month 3: 8,100 × 0.05% × 30 = 121.50 plus 1,045 × 0.05% × 20 = 10.45 → 131.95; 810 + 131.95.
    expect(e.detail?.path[2]).toEqual({ month: 3, interestFen: 13195, paymentFen: 94195, balanceFen: 729000 });
  });

  it('the method before issue 16 still gives 37 months and 1,478.61 元', () => {
    const e = evalWith(OLD);
    expect(e.values).toEqual({ months: 37, 'total-interest': 1478.61, 'total-paid': 11478.61 });
    // Month 2 by hand: 9,000 × 0.05% × 30 = 135 元; bill 9,135; minimum 913.50.
    expect(e.detail?.path[1]).toEqual({ month: 2, interestFen: 13500, paymentFen: 91350, balanceFen: 822150 });
  });

  it('each method choice on its own (Python decimal)', () => {
    // Unpaid part only, share of spending + interest: principal falls 10% a month, 33 months.
    expect(evalWith({ interest: 'unpaid' }).values).toEqual({ months: 33, 'total-interest': 1288.76, 'total-paid': 11288.76 });
    // 全额计息, share of the bill: month 2 145 元 interest, minimum 914.50; 37 months.
    expect(evalWith({ minrule: 'share-of-bill' }).values).toEqual({ months: 37, 'total-interest': 1611.41, 'total-paid': 11611.41 });
    // 25 days to the due date: month 2 is 135 + 1,000 × 0.05% × 25 = 147.50 元.
    const g25 = evalWith({ grace: '25' });
    expect(g25.detail?.path[1]?.interestFen).toBe(14750);
    expect(g25.values).toEqual({ months: 33, 'total-interest': 1431.56, 'total-paid': 11431.56 });
    // 0 days: 全额计息 charges nothing on the paid part, the same as the unpaid-only model.
    expect(evalWith({ grace: '0' }).values).toEqual(evalWith({ interest: 'unpaid' }).values);
  });

  it('a link with only balance fills the other defaults', () => {
    const { inputs, fromLink } = inputsFromQuery(minimumPaymentCalc, '?balance=10000');
    expect(fromLink).toBe(true);
    expect(inputs).toEqual({ balance: '10000', daily: '0.05', min: '10', floor: '100', spend: '0', interest: 'full', grace: '20', minrule: 'share-plus-charges' });
    expect(minimumPaymentCalc.evaluate(inputs).values?.['months']).toBe(33);
  });

  it('round-trips through a query string with the exact parameter names', () => {
    expect(minimumPaymentCalc.params).toEqual(['balance', 'daily', 'min', 'floor', 'spend', 'interest', 'grace', 'minrule']);
    expect(queryFromInputs(minimumPaymentCalc, minimumPaymentCalc.defaults)).toBe('balance=10000&daily=0.05&min=10&floor=100&spend=0&interest=full&grace=20&minrule=share-plus-charges');
  });

  it('accepts typed Chinese numbers: 1万, 万分之五, 百分之十, full-width digits, 元', () => {
    const e = minimumPaymentCalc.evaluate({ ...minimumPaymentCalc.defaults, balance: '1万', daily: '万分之五', min: '百分之十', floor: '１００元', spend: '０' });
    expect(e.values).toEqual({ months: 33, 'total-interest': 1402.7, 'total-paid': 11402.7 });
    expect(evalWith({ balance: '10,000', daily: '0.05%', min: '10%', ...OLD }).values?.['months']).toBe(37);
  });

  it('other worked cases (Python decimal)', () => {
    expect(evalWith({ balance: '5000' }).values).toEqual({ months: 27, 'total-interest': 670.86, 'total-paid': 5670.86 });
    expect(evalWith({ balance: '20000', min: '5', floor: '50' }).values).toEqual({ months: 82, 'total-interest': 5840.51, 'total-paid': 25840.51 });
    expect(evalWith({ balance: '3000', floor: '200' }).values).toEqual({ months: 15, 'total-interest': 315.55, 'total-paid': 3315.55 });
    expect(evalWith({ daily: '0' }).values).toEqual({ months: 32, 'total-interest': 0, 'total-paid': 10000 });
    expect(evalWith({ balance: '50' }).values).toEqual({ months: 1, 'total-interest': 0, 'total-paid': 50 });
    // The same under the method before issue 16.
    expect(evalWith({ balance: '5000', ...OLD }).values).toEqual({ months: 29, 'total-interest': 698.39, 'total-paid': 5698.39 });
    expect(evalWith({ balance: '20000', min: '5', floor: '50', ...OLD }).values).toEqual({ months: 106, 'total-interest': 7749.99, 'total-paid': 27749.99 });
    expect(evalWith({ balance: '3000', floor: '200', ...OLD }).values?.['total-interest']).toBe(304.1);
  });

  it('never paid off with 500 元 new spending a month: no months and no totals, the balance levels off', () => {
    const e = evalWith({ spend: '500' });
    expect(e.errors).toEqual({});
    expect(e.values).toEqual({});
    expect(e.detail?.months).toBeNull();
    expect(e.detail?.grows).toBe(false);
    expect(e.detail?.path).toHaveLength(600);
    // Python decimal: after month 600 the balance is 4,500.04 元 (5,202.40 under the old method).
    expect(e.detail?.path.at(-1)?.balanceFen).toBe(450004);
    expect(evalWith({ spend: '500', ...OLD }).detail?.path.at(-1)?.balanceFen).toBe(520240);
    expect(NEVER_TEXT).toBe('按最低还款，这笔欠款永远还不清');
  });

  it('a minimum as a share of the bill never clears when a month of interest is more: the balance grows', () => {
    // 0.5% a day is 15% a month against 10% of the bill. Python: month 2 owes 9,405 元, month 12 14,605.68 元.
    const e = evalWith({ daily: '0.5', minrule: 'share-of-bill' });
    expect(e.values).toEqual({});
    expect(e.detail?.grows).toBe(true);
    expect(e.detail?.path[1]?.balanceFen).toBe(940500);
    expect(e.detail?.firstYear.months).toBe(12);
    expect(e.detail?.firstYear.balanceFen).toBe(1460568);
    // With all interest in the minimum the principal still falls 10% a month: 39 months.
    expect(evalWith({ daily: '0.5' }).values?.['months']).toBe(39);
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
      ['interest', 'compound', /请选择：全额计息.*只对没还的部分计息/],
      ['interest', '', /请选择/],
      ['minrule', 'bill', /请选择：消费的一定比例 \+ 全部利息、整张账单的一定比例/],
      ['grace', '31', /不能超过 30/],
      ['grace', 'abc', /需要是数字/],
      ['grace', '2.5', /整数/],
    ];
    for (const [field, raw, message] of cases) {
      const e = evalWith({ [field]: raw });
      expect(e.values, `${field}=${raw}`).toBeNull();
      expect(e.errors[field], `${field}=${raw}`).toMatch(message);
      expect(JSON.stringify(e)).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('the grace days are read only for 全额计息', () => {
    expect(evalWith({ interest: 'unpaid', grace: 'abc' }).errors).toEqual({});
    expect(evalWith({ interest: 'unpaid', grace: 'abc' }).values?.['total-interest']).toBe(1288.76);
  });

  it('says which method it used, in words', () => {
    expect(methodText(evalWith({}).detail!)).toBe('按全额计息算：没有全额还款时，已经还掉的部分也从账单日计息到还款日（20天），没还的部分一直计息；最低还款额按消费的10%加全部利息算。');
    expect(methodText(evalWith({ ...OLD, min: '5' }).detail!)).toMatch(/^只对没还的部分计息.*最低还款额按整张账单的5%算。$/);
  });

  it('floor and spend may be 0; an empty floor is an error, an empty spend means none', () => {
    // With no floor, 10% of a tiny principal rounds to 0 分, so a few 分 would stay owed for ever; the
    // balance keeps falling, so it is never called 永远还不清. Python decimal (half-up per month):
    // month 88 leaves 0.93 元, under 1 元, after 1,464.48 元 of interest and 11,463.55 元 paid.
    const noFloor = evalWith({ floor: '0' });
    expect(noFloor.errors).toEqual({});
    expect(noFloor.detail?.outcome).toBe('under-one-yuan');
    expect(noFloor.detail?.months).toBe(88);
    expect(noFloor.detail?.leftoverFen).toBe(93);
    expect(noFloor.values?.['total-interest']).toBe(1464.48);
    expect(noFloor.values?.['total-paid']).toBe(11463.55);
    // The old method: month 102, 0.96 元 left, 1,560.51 元 interest, 11,559.55 元 paid.
    const oldNoFloor = evalWith({ floor: '0', ...OLD });
    expect([oldNoFloor.detail?.months, oldNoFloor.detail?.leftoverFen, oldNoFloor.values?.['total-interest'], oldNoFloor.values?.['total-paid']]).toEqual([102, 96, 1560.51, 11559.55]);
    expect(evalWith({ spend: '0' }).values?.['months']).toBe(33);
    expect(evalWith({ floor: '' }).errors['floor']).toMatch(/请填写最低还款下限/);
    expect(evalWith({ spend: '' }).values?.['months']).toBe(33);
  });
});
