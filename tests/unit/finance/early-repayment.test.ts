import { describe, expect, it } from 'vitest';
import { loanEarlyRepayment, planEarlyRepayment } from '~/lib/finance/early-repayment';

const loan = { principalFen: 10_000_000, nominalAnnualPercent: 6, months: 36, method: 'annuity' as const };

describe('loanEarlyRepayment', () => {
  // Decimal simulation of the rounded schedule: balance after 12 payments 68,640.65 元,
  // interest still to come 4,372.08 元.
  it('repaying all after 12 of 36 payments saves the remaining 4,372.08 元; a 1% fee costs 686.41 元', () => {
    const r = loanEarlyRepayment({ loan, paid: 12, feePercent: 1, mode: 'shorten' });
    expect(r.balanceFen).toBe(6_864_065);
    expect(r.interestSavedFen).toBe(437_208);
    expect(r.feeCostFen).toBe(68_641);
    expect(r.netSavingFen).toBe(437_208 - 68_641);
    expect(r.newMonths).toBe(0);
  });
  it('a partial repayment: shortening saves more interest than lowering the payment', () => {
    const shorten = loanEarlyRepayment({ loan, paid: 12, prepayFen: 3_000_000, mode: 'shorten' });
    const reduce = loanEarlyRepayment({ loan, paid: 12, prepayFen: 3_000_000, mode: 'reduce' });
    expect(shorten.newPaymentFen).toBe(304_219);
    expect(shorten.newMonths).toBeLessThan(24);
    expect(reduce.newMonths).toBe(24);
    expect(reduce.newPaymentFen).toBeLessThan(304_219);
    expect(shorten.interestSavedFen).toBeGreaterThan(reduce.interestSavedFen);
    expect(reduce.interestSavedFen).toBeGreaterThan(0);
  });
  // Bullet at 6% for 12 months, 50,000 repaid after 6: saves 50,000 × 0.005 × 6 = 1,500 元.
  it('bullet: repaying half halfway saves the interest on that half for the rest of the term', () => {
    const r = loanEarlyRepayment({ loan: { ...loan, months: 12, method: 'bullet' }, paid: 6, prepayFen: 5_000_000, mode: 'reduce' });
    expect(r.interestSavedFen).toBe(150_000);
    // Periods 7–12: 100,000 × 0.5% × 6 = 3,000 before; 50,000 × 0.5% × 6 = 1,500 after.
    expect([r.remainingInterestFen, r.newInterestFen, r.accruedNowFen]).toEqual([300_000, 150_000, 150_000]);
  });
  // Regression (issue 16): 100,000 元 bullet at 6% for 36 months, all repaid after 12. By hand:
  // monthly 0.5%; 第13期到第36期 = 24 months × 500 = 12,000 元 (not the whole 36 × 500 = 18,000,
  // which counted months 1–12 as well); months 1–12 on the repaid 100,000 = 6,000 元, due now and
  // owed either way; saved 12,000 − 0 = 12,000 元.
  it('bullet: the remaining periods’ interest adds only periods 13 to 36', () => {
    const r = loanEarlyRepayment({ loan: { ...loan, method: 'bullet' }, paid: 12, mode: 'shorten' });
    expect(r.remainingInterestFen).toBe(1_200_000);
    expect(r.newInterestFen).toBe(0);
    expect(r.accruedNowFen).toBe(600_000);
    expect(r.interestSavedFen).toBe(1_200_000);
    // The rows still show the cash: the original single payment of 118,000 元 at period 36.
    expect(r.originalRest.at(-1)?.paymentFen).toBe(11_800_000);
  });
});

describe('planEarlyRepayment', () => {
  // 12,000 元 / 12 / 0.6%: 8 periods left carry 8,000 元 principal and 8 × 72 = 576 元 fees.
  it('a plan that still charges every fee saves nothing', () => {
    const plan = { amountFen: 1_200_000, periods: 12, price: { feePercentPerPeriod: 0.6 } };
    const all = planEarlyRepayment({ plan, paid: 4, remainingFees: 'all' });
    expect(all.payNowFen).toBe(857_600);
    expect(all.netSavingFen).toBe(0);
    const none = planEarlyRepayment({ plan, paid: 4, remainingFees: 'none' });
    expect(none.netSavingFen).toBe(57_600);
  });
});
