import { describe, expect, it } from 'vitest';
import { installmentCost } from '~/lib/finance/installment';
import { feeShareSeries, nominalRatePerPeriod } from '~/lib/finance/fee-share';

describe('feeShareSeries', () => {
  // Hand-worked: 12,000 元, 12 periods, 0.6% a period → 72 元 fee, 1,000 元 principal each period.
  const plan = installmentCost({ amountFen: 1_200_000, periods: 12, price: { feePercentPerPeriod: 0.6 } });
  const s = feeShareSeries(plan.rows, plan.amountFen, plan.naiveAnnual);

  it('period 1: 72 ÷ 12,000 = 0.6%; period 6: 72 ÷ 7,000 ≈ 1.03%; period 12: 72 ÷ 1,000 = 7.2%', () => {
    expect(s).toHaveLength(12);
    expect(s[0]).toMatchObject({ period: 1, owedFen: 1_200_000, feeFen: 7_200 });
    expect(s[0]!.feeShare).toBeCloseTo(0.006, 12);
    expect(s[5]).toMatchObject({ period: 6, owedFen: 700_000, feeFen: 7_200 });
    expect(s[5]!.feeShare).toBeCloseTo(0.0102857, 7);
    expect(s[11]).toMatchObject({ period: 12, owedFen: 100_000, feeFen: 7_200 });
    expect(s[11]!.feeShare).toBeCloseTo(0.072, 12);
  });

  it('the loan at the same nominal rate, 7.2% a year, charges 0.6% a month on the balance every period', () => {
    for (const p of s) expect(p.loanRate).toBeCloseTo(0.006, 12);
  });

  it('a plan priced by its payment: the nominal rate is the average fee over the original principal', () => {
    // 100,000 元 in 12 × 8,833.30 元: principal 8,333.33 元 (the last 8,333.37), fee 499.97 元 (the last 499.93).
    const p = installmentCost({ amountFen: 10_000_000, periods: 12, price: { paymentFen: 883_330 } });
    const rate = nominalRatePerPeriod(p.rows, p.amountFen, p.naiveAnnual);
    expect(rate).toBeCloseTo((49_997 * 11 + 49_993) / 12 / 10_000_000, 12); // ≈ 0.5% a month
    const last = feeShareSeries(p.rows, p.amountFen, p.naiveAnnual).at(-1)!;
    expect(last.owedFen).toBe(833_337);
    expect(last.feeFen).toBe(49_993);
    expect(last.feeShare).toBeCloseTo(0.059991, 6);
  });

  it('no fee: both lines at zero', () => {
    const p = installmentCost({ amountFen: 600_000, periods: 6, price: { feePercentPerPeriod: 0 } });
    const z = feeShareSeries(p.rows, p.amountFen, p.naiveAnnual);
    expect(z.map((x) => x.feeShare)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(z[0]!.loanRate).toBe(0);
  });
});
