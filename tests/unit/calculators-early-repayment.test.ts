import { describe, expect, it } from 'vitest';
import { earlyRepaymentCalc } from '~/lib/calculators/early-repayment';
import { inputsFromQuery } from '~/lib/calculators/types';

const run = (q: string) => earlyRepaymentCalc.evaluate(inputsFromQuery(earlyRepaymentCalc, q).inputs);

describe('early-repayment', () => {
  // Python decimal on the rounded schedule: balance 68,640.65, remaining interest 4,372.08,
  // 1% fee 686.41, net 3,685.67.
  it('default: 100,000 元 at 6% over 36 months, all repaid after 12 with a 1% fee', () => {
    const e = earlyRepaymentCalc.evaluate(earlyRepaymentCalc.defaults);
    expect(e.values).toEqual({ 'interest-saved': 4372.08, 'fee-cost': 686.41, 'net-saving': 3685.67, 'new-payment': 0, 'new-months': 0 });
  });
  it('a fee plan that still charges every remaining fee saves nothing', () => {
    expect(run('?fee-plan=1&amount=12000&periods=12&fee=0.6&paid=4&remaining-fees=all').values).toEqual({ 'fee-cost': 576, 'net-saving': 0, 'pay-now': 8576 });
    expect(run('?fee-plan=1&amount=1.2万&periods=１２&fee=0.6&paid=4&remaining-fees=none').values?.['net-saving']).toBe(576);
  });
  it('partial repayment keeps the payment when shortening', () => {
    const e = run('?amount=100000&rate=6&months=36&method=annuity&paid=12&prepay=30000&fee=0&mode=shorten');
    expect(e.values?.['new-payment']).toBe(3042.19);
    expect(e.values?.['new-months']).toBeLessThan(24);
  });
  it('bad input: paid must be below the term, mode must be known', () => {
    expect(run('?paid=36').errors['paid']).toMatch(/少于借款期限/);
    expect(run('?mode=<b>').errors['mode']).toBe('请选择：月供不变，缩短期限、期限不变，减少月供。');
  });
});
