// The calculators' input contract: typed Chinese numbers in, plain results out, messages on
// the right field for bad input, never NaN.
import { describe, expect, it } from 'vitest';
import { installmentApr, installmentMethodText } from '~/lib/calculators/installment-apr';
import { loanScheduleCalc } from '~/lib/calculators/loan-schedule';
import { overdueCostCalc } from '~/lib/calculators/overdue-cost';
import { inputsFromQuery, queryFromInputs } from '~/lib/calculators/types';

describe('installment-apr', () => {
  it('the default example: 12,000 元, 12 periods, 0.6% → apr 13.03', () => {
    const e = installmentApr.evaluate(installmentApr.defaults);
    expect(e.values?.['apr']).toBeCloseTo(13.03, 2);
    expect(e.values?.['total-fee']).toBe(864);
    expect(e.values?.['payment']).toBe(1072);
  });
  it('accepts 1.2万 and full-width digits', () => {
    const e = installmentApr.evaluate({ ...installmentApr.defaults, amount: '1.2万', periods: '１２', fee: '0.6%' });
    expect(e.values?.['apr']).toBeCloseTo(13.03, 2);
  });
  it('a payment link clears the default fee', () => {
    const { inputs } = inputsFromQuery(installmentApr, '?amount=100000&periods=12&payment=8833.3&upfront=1000');
    expect(inputs['fee']).toBe('');
    const e = installmentApr.evaluate(inputs);
    expect(e.values?.['apr']).toBeCloseTo(12.80, 2);
    expect(e.values?.['ear']).toBeCloseTo(13.58, 2);
  });
  it('bad input: a message on the field, no values', () => {
    const e = installmentApr.evaluate({ amount: 'abc', periods: '0', fee: '0.6', payment: '', upfront: '' });
    expect(e.values).toBeNull();
    expect(e.errors['amount']).toMatch(/需要是数字/);
    expect(e.errors['periods']).toMatch(/大于 0/);
  });
  it('an up-front fee as large as the amount is refused', () => {
    const e = installmentApr.evaluate({ ...installmentApr.defaults, amount: '1000', periods: '12', fee: '0.6', upfront: '1000' });
    expect(e.errors).toEqual({ upfront: '前置扣费必须小于合同金额。' });
    expect(e.values).toBeNull();
  });
  it('writes the defaults as a query string, leaving empty fields out', () => {
    expect(queryFromInputs(installmentApr, installmentApr.defaults)).toBe('amount=12000&periods=12&fee=0.6&remainder=last');
  });
  it('round-trips through a query string: what is written reads back to the same inputs', () => {
    const typed = { amount: '1.2万', periods: '１２', fee: '', oneoff: '', payment: '1,072', upfront: '500', remainder: 'first' };
    const query = queryFromInputs(installmentApr, typed);
    const { inputs } = inputsFromQuery(installmentApr, `?${query}`);
    expect(inputs).toEqual(typed);
    expect(queryFromInputs(installmentApr, inputs)).toBe(query);
    expect(installmentApr.evaluate(inputs).values).toEqual(installmentApr.evaluate(typed).values);
  });
  // 12,000 元, 7.2% charged once with the first payment: 864 元, so 1,864 then 11 × 1,000. IRR of
  // [+12000, −1864, −1000 × 11] by a separate Python decimal bisection: 13.856031% simple, 14.770749%.
  it('a one-off fee link clears the per-period fee and charges 864 元 with the first payment', () => {
    const { inputs } = inputsFromQuery(installmentApr, '?amount=12000&periods=12&oneoff=7.2');
    expect([inputs['fee'], inputs['payment'], inputs['oneoff']]).toEqual(['', '', '7.2']);
    const e = installmentApr.evaluate(inputs);
    expect(e.values).toEqual({ apr: 13.856031, ear: 14.770749, 'total-fee': 864, payment: 1864 });
    expect(e.detail?.rows.slice(0, 2).map((r) => [r.paymentFen, r.feeFen])).toEqual([[186_400, 86_400], [100_000, 0]]);
    expect(e.detail?.priceField).toBe('oneoff');
    expect(installmentMethodText(e.detail!)).toBe('手续费共 864\u00a0元，一次收，和第一期一起还，之后每期只还本金；本金按期数分不尽时，零头放在最后一期。');
  });
  // 1,000 元 in 3: 333.33… a period. The odd 分 goes first (333.34, 333.33, 333.33) or last
  // (333.33, 333.33, 333.34); the fee is 6 元 each period either way (hand).
  it('remainder=first puts the odd 分 in the first period, last (the default) in the last', () => {
    const first = installmentApr.evaluate({ ...installmentApr.defaults, amount: '1000', periods: '3', remainder: 'first' });
    expect(first.detail?.rows.map((r) => r.paymentFen)).toEqual([33_934, 33_933, 33_933]);
    expect(first.values?.['payment']).toBe(339.34);
    const last = installmentApr.evaluate({ ...installmentApr.defaults, amount: '1000', periods: '3' });
    expect(last.detail?.rows.map((r) => r.paymentFen)).toEqual([33_933, 33_933, 33_934]);
    expect(installmentMethodText(first.detail!)).toMatch(/^手续费每期 6\u00a0元.*零头放在第一期。$/);
  });
  it('a bad remainder or a bad one-off fee is refused on its field', () => {
    expect(installmentApr.evaluate({ ...installmentApr.defaults, remainder: 'middle' }).errors).toEqual({ remainder: '请选择：最后一期、第一期。' });
    expect(installmentApr.evaluate({ ...installmentApr.defaults, fee: '', oneoff: 'abc' }).errors['oneoff']).toMatch(/一次性手续费率需要是数字/);
    expect(installmentApr.evaluate({ ...installmentApr.defaults, fee: '', oneoff: '101' }).errors['oneoff']).toMatch(/不能超过 100%/);
  });
});

describe('loan-schedule', () => {
  it('300,000 元 at 3.85% over 360 months, 等额本息: first payment 1,406.42', () => {
    const e = loanScheduleCalc.evaluate({ amount: '30万', rate: '3.85', months: '360', method: 'annuity' });
    expect(e.values?.['first-payment']).toBe(1406.42);
    expect(e.detail?.rows).toHaveLength(360);
  });
  it('an unknown method gets a message listing the choices', () => {
    const e = loanScheduleCalc.evaluate({ amount: '1000', rate: '6', months: '12', method: '<script>' });
    expect(e.errors['method']).toBe('请选择：等额本息、等额本金、先息后本、到期一次还本付息。');
  });
});

describe('overdue-cost', () => {
  it('5,000 元, 60 days, 0.05%: penalty 150, total 5,150', () => {
    const e = overdueCostCalc.evaluate(overdueCostCalc.defaults);
    expect(e.values).toEqual({ penalty: 150, total: 5150 });
  });
  it('日息万分之五 is read as 0.05%', () => {
    expect(overdueCostCalc.evaluate({ amount: '5000', days: '60', daily: '万分之五', compound: '1' }).values?.['penalty']).toBe(152.23);
  });
});
