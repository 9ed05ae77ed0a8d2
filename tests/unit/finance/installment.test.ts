import { describe, expect, it } from 'vitest';
import { installmentCost } from '~/lib/finance/installment';
import { FinanceError } from '~/lib/finance/errors';

describe('installmentCost', () => {
  // Worked example in the function's doc comment; 13.03% / 13.84% from facts 10.3.
  it('12,000 元 over 12 periods at 0.6%: 1,072 元 a month, 864 元 fees, 13.03% simple', () => {
    const r = installmentCost({ amountFen: 1_200_000, periods: 12, price: { feePercentPerPeriod: 0.6 } });
    expect(r.rows[0]?.paymentFen).toBe(107_200);
    expect(r.totalFeeFen).toBe(86_400);
    expect(r.totalPaidFen).toBe(1_286_400);
    expect(r.annualSimple).toBeCloseTo(0.1303, 4);
    expect(r.annualEffective).toBeCloseTo(0.1384, 4);
    expect(r.naiveAnnual).toBeCloseTo(0.072, 10);
    expect(r.rows.at(-1)?.outstandingFen).toBe(0);
  });

  // PBOC [2021] No. 3 annex (facts 1.5, 10.1): monthly IRR 1.066983%.
  it('PBOC annex: 100,000 元, 1,000 元 up front, 12 × 8,833.3 元', () => {
    const r = installmentCost({ amountFen: 10_000_000, periods: 12, price: { paymentFen: 883_330 }, upfrontFeeFen: 100_000 });
    expect(r.receivedFen).toBe(9_900_000);
    expect(r.monthlyIrr).toBeCloseTo(0.01066983, 7);
    expect(r.totalFeeFen).toBe(883_330 * 12 - 9_900_000);
  });

  it('a total fee is spread like principal, and equals the same plan stated by fee rate', () => {
    const byTotal = installmentCost({ amountFen: 1_200_000, periods: 12, price: { totalFeeFen: 86_400 } });
    const byRate = installmentCost({ amountFen: 1_200_000, periods: 12, price: { feePercentPerPeriod: 0.6 } });
    expect(byTotal.monthlyIrr).toBeCloseTo(byRate.monthlyIrr, 12);
  });

  it('no fee means a 0% rate', () => {
    const r = installmentCost({ amountFen: 500_000, periods: 6, price: { feePercentPerPeriod: 0 } });
    expect(r.annualSimple).toBe(0);
    expect(r.annualEffective).toBe(0);
  });

  it('rejects impossible plans with a typed, Chinese error', () => {
    expect(() => installmentCost({ amountFen: 1_200_000, periods: 0, price: { feePercentPerPeriod: 0.6 } })).toThrow(FinanceError);
    expect(() => installmentCost({ amountFen: 1_200_000, periods: 12, price: { paymentFen: 1 } })).toThrow(/少于借款金额/);
    expect(() => installmentCost({ amountFen: 1_200_000, periods: 12, price: { feePercentPerPeriod: Number.NaN } })).toThrow(FinanceError);
    expect(() => installmentCost({ amountFen: 100, periods: 12, price: { feePercentPerPeriod: 1 }, upfrontFeeFen: 100 })).toThrow(FinanceError);
  });
});

describe('installmentCost: remainder placement and a one-off fee (issue 16)', () => {
  // 1,000 元 over 3 periods: 100,000 分 ÷ 3 = 33,333.33 → 33,333 each, 1 分 left over.
  it('the rounding remainder goes to the last period by default, to the first when asked', () => {
    const base = { amountFen: 100_000, periods: 3, price: { feePercentPerPeriod: 0 } };
    expect(installmentCost(base).rows.map((r) => r.principalFen)).toEqual([33_333, 33_333, 33_334]);
    expect(installmentCost({ ...base, remainderAt: 'first' }).rows.map((r) => r.principalFen)).toEqual([33_334, 33_333, 33_333]);
    // A total fee of 1 元 over 3 periods splits the same way: 33, 33, 34 分 or 34, 33, 33.
    expect(installmentCost({ ...base, price: { totalFeeFen: 100 }, remainderAt: 'first' }).rows.map((r) => r.feeFen)).toEqual([34, 33, 33]);
  });
  // 12,000 元 over 12 periods, 7.2% of the principal charged once with the first payment: 864 元,
  // so payments are 1,864 then 11 × 1,000. Python decimal bisection of the IRR of
  // [+12000, −1864, −1000 × 11]: 13.856031% simple (12 × monthly), 14.770749% effective; dearer
  // than the same 864 元 spread as 0.6% a period (13.034224%, the same bisection), because it is paid sooner.
  it('a one-off fee with the first payment', () => {
    const r = installmentCost({ amountFen: 1_200_000, periods: 12, price: { oneOffFeePercent: 7.2 } });
    expect(r.rows[0]).toMatchObject({ paymentFen: 186_400, feeFen: 86_400, principalFen: 100_000 });
    expect(r.rows[1]).toMatchObject({ paymentFen: 100_000, feeFen: 0 });
    expect(r.totalFeeFen).toBe(86_400);
    expect(r.annualSimple).toBeCloseTo(0.13856031, 7);
    expect(r.annualEffective).toBeCloseTo(0.14770749, 7);
    expect(r.naiveAnnual).toBeNull();
  });
});
