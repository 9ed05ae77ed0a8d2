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
