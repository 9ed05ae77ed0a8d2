import { describe, expect, it } from 'vitest';
import { irr as financialIrr, rate as financialRate } from 'financial';
import { annualEffectiveFromMonthly, irrPerPeriod, npv, signChanges } from '~/lib/finance/solve';
import { FinanceError } from '~/lib/finance/errors';
import { decimalIrr } from '../support/decimal-irr';

const level = (pv: number, payment: number, n: number) => [pv, ...new Array<number>(n).fill(-payment)];

describe('irrPerPeriod', () => {
  it('the NPV at the rate found is zero (numpy-financial identity)', () => {
    const flows = level(1_200_000, 107_200, 12);
    const r = irrPerPeriod(flows);
    expect(Math.abs(npv(r, flows))).toBeLessThan(1e-6);
  });

  // High-precision reference: decimal.js bisection at 40 digits.
  it.each([1, 2, 3, 6, 12, 24, 36, 60, 120, 240, 360])('agrees with a 40-digit reference to 1e-9 over %i periods', (n) => {
    const amount = 1_000_000;
    const payment = Math.round((amount / n) * 1.01 + amount * 0.004);
    const flows = level(amount, payment, n);
    const want = decimalIrr(flows).toNumber();
    expect(Math.abs(irrPerPeriod(flows) - want)).toBeLessThan(1e-9);
  });

  it('finds negative and very high rates', () => {
    expect(irrPerPeriod([100, -50, -40])).toBeCloseTo(decimalIrr([100, -50, -40]).toNumber(), 12);
    expect(irrPerPeriod([100, -300])).toBeCloseTo(2, 12);
  });

  it('matches the financial package on the 0.6% × 12 plan', () => {
    const flows = level(1_200_000, 107_200, 12);
    expect(irrPerPeriod(flows)).toBeCloseTo(financialIrr(flows), 9);
    expect(irrPerPeriod(flows)).toBeCloseTo(financialRate(12, -107_200, 1_200_000, 0), 9);
  });

  it('gives a typed error, not NaN, when no rate exists or it is not unique', () => {
    expect(() => irrPerPeriod([100, 50])).toThrow(expect.objectContaining({ code: 'no-rate' }));
    expect(() => irrPerPeriod([-100, 230, -132])).toThrow(expect.objectContaining({ code: 'ambiguous-rate' }));
    expect(() => irrPerPeriod([Number.NaN, 1])).toThrow(FinanceError);
    expect(() => irrPerPeriod([1])).toThrow(FinanceError);
    expect(signChanges([1, 0, -1, 0, -2])).toBe(1);
  });

  it('annualises monthly rates both ways', () => {
    expect(annualEffectiveFromMonthly(0.01)).toBeCloseTo(1.01 ** 12 - 1, 14);
  });
});
