import { describe, expect, it } from 'vitest';
import { minimumPayment, RECOMMENDED_OPTIONS, requirePayoff, STOP_BELOW_FEN } from '~/lib/finance/minimum-payment';

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

describe('minimumPayment: interest models, the issuers’ minimum, and the stop under 1 元 (issue 16)', () => {
  // All figures: 10,000 元 bill, 0.05% a day, 10% minimum, 100 元 floor, no new spending. Worked with
  // a separate Python decimal simulation of the rules in the doc comment (half-up per line).
  const base = { balanceFen: 1_000_000, dailyPercent: 0.05, minPercent: 10, floorFen: 10_000 };
  it('unpaid part only (the default, as before): 37 months, 1,478.61 元 interest', () => {
    const r = minimumPayment(base);
    expect([r.months, r.totalInterestFen, r.outcome]).toEqual([37, 147_861, 'paid-off']);
  });
  // 全额计息, 20 days from statement to due date. Month 2 by hand: the unpaid 9,000 × 0.0005 × 30 = 135
  // plus the paid 1,000 × 0.0005 × 20 = 10 → 145 元; bill 9,145, 10% = 914.50, carried 8,230.50.
  it('全额计息 charges the paid part for the grace days too: 37 months, 1,611.41 元', () => {
    const r = minimumPayment({ ...base, interestModel: 'full', graceDays: 20 });
    expect(r.path[1]).toEqual({ month: 2, interestFen: 14_500, paymentFen: 91_450, balanceFen: 823_050 });
    expect([r.months, r.totalInterestFen]).toEqual([37, 161_141]);
  });
  // The issuers’ minimum: 10% of principal + all interest. Month 2: 900 + 135 = 1,035; principal
  // then falls by exactly 10% a month (9,000 → 8,100 → 7,290): 33 months, 1,288.76 元.
  it('share of principal plus all interest: principal falls 10% a month', () => {
    const r = minimumPayment({ ...base, minRule: 'share-plus-charges' });
    expect(r.path.slice(0, 3).map((m) => m.balanceFen)).toEqual([900_000, 810_000, 729_000]);
    expect([r.months, r.totalInterestFen]).toEqual([33, 128_876]);
    expect(minimumPayment({ ...base, ...RECOMMENDED_OPTIONS }).totalInterestFen).toBe(140_270);
  });
  // Floor 0: the balance falls about 8.6% a month and would shrink by fractions of a 分 for ever.
  // With the stop it ends in month 102 with 0.96 元 left, and is not called never repaid.
  it('a 0 floor stops under 1 元 and says so', () => {
    const r = minimumPayment({ ...base, floorFen: 0, stopBelowFen: STOP_BELOW_FEN });
    expect([r.outcome, r.months, r.leftoverFen, r.neverFalls]).toEqual(['under-one-yuan', 102, 96, false]);
  });
  // 2% of the bill against 1.5% interest a month: the bill falls 0.53% a month, so after 600 months
  // 406.26 元 is still owed, but it is falling: 'still-falling', not 'never-falls'.
  it('a balance still falling after 50 years is not “never”', () => {
    const r = minimumPayment({ ...base, minPercent: 2, floorFen: 0 });
    expect([r.months, r.outcome, r.leftoverFen, r.neverFalls]).toEqual([null, 'still-falling', 40_626, false]);
    expect(minimumPayment({ ...base, minPercent: 1, floorFen: 0 }).outcome).toBe('never-falls');
  });
});
