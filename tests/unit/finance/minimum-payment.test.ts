import { describe, expect, it } from 'vitest';
import { minimumPayment, requirePayoff } from '~/lib/finance/minimum-payment';

describe('minimumPayment', () => {
  // Independent simulation in Python's decimal module with the same convention
  // (30-day months, interest on the carried balance, 10% or 100 元): 37 months, 1,478.61 元.
  it('10,000 元 at 0.05% a day, paying 10% (at least 100 元): 37 months, 1,478.61 元 interest', () => {
    const r = minimumPayment({ balanceFen: 1_000_000, dailyPercent: 0.05, minPercent: 10, floorFen: 10_000 });
    expect(r.months).toBe(37);
    expect(r.totalInterestFen).toBe(147_861);
    expect(r.totalPaidFen).toBe(1_147_861);
    // Month 2 by hand: 9,000 × 0.0005 × 30 = 135 元.
    expect(r.path[1]?.interestFen).toBe(13_500);
  });
  it('a payment below the interest never clears the balance, and says so', () => {
    const r = minimumPayment({ balanceFen: 1_000_000, dailyPercent: 0.05, minPercent: 1, floorFen: 0 });
    expect(r.months).toBeNull();
    expect(r.neverFalls).toBe(true);
    expect(() => requirePayoff(r)).toThrow(expect.objectContaining({ code: 'never-repaid' }));
  });
  it('at 0% the balance clears without interest', () => {
    const r = minimumPayment({ balanceFen: 100_000, dailyPercent: 0, minPercent: 50, floorFen: 0 });
    expect(r.totalInterestFen).toBe(0);
    expect(r.totalPaidFen).toBe(100_000);
  });
});
