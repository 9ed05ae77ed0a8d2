// The calculators' input contract: typed Chinese numbers in, plain results out, messages on
// the right field for bad input, never NaN.
import { describe, expect, it } from 'vitest';
import { installmentApr } from '~/lib/calculators/installment-apr';
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
    const e = installmentApr.evaluate({ amount: '1.2万', periods: '１２', fee: '0.6%', payment: '', upfront: '' });
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
    const e = installmentApr.evaluate({ amount: '1000', periods: '12', fee: '0.6', payment: '', upfront: '1000' });
    expect(e.errors).toEqual({ upfront: '前置扣费必须小于合同金额。' });
    expect(e.values).toBeNull();
  });
  it('writes the defaults as a query string, leaving empty fields out', () => {
    expect(queryFromInputs(installmentApr, installmentApr.defaults)).toBe('amount=12000&periods=12&fee=0.6');
  });
  it('round-trips through a query string: what is written reads back to the same inputs', () => {
    const typed = { amount: '1.2万', periods: '１２', fee: '', payment: '1,072', upfront: '500' };
    const query = queryFromInputs(installmentApr, typed);
    const { inputs } = inputsFromQuery(installmentApr, `?${query}`);
    expect(inputs).toEqual(typed);
    expect(queryFromInputs(installmentApr, inputs)).toBe(query);
    expect(installmentApr.evaluate(inputs).values).toEqual(installmentApr.evaluate(typed).values);
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
