import { describe, expect, it } from 'vitest';
import { cheapestOffer, normaliseOffer } from '~/lib/finance/compare';

describe('normaliseOffer', () => {
  it('a 0.6% × 12 plan costs 864 元 at 13.03%; a 7.2% loan costs 473.15 元 at 7.2%', () => {
    const plan = normaliseOffer({ kind: 'installment', amountFen: 1_200_000, periods: 12, feePercentPerPeriod: 0.6 });
    // Decimal simulation of the rounded 等额本息 schedule: 1,039.43 元 a month, 473.15 元 interest.
    const loan = normaliseOffer({ kind: 'loan', amountFen: 1_200_000, nominalAnnualPercent: 7.2, months: 12, method: 'annuity' });
    expect(plan.totalCostFen).toBe(86_400);
    expect(plan.annualSimple).toBeCloseTo(0.1303, 4);
    expect(loan.totalCostFen).toBe(47_315);
    expect(loan.firstPaymentFen).toBe(103_943);
    expect(loan.annualSimple).toBeCloseTo(0.072, 5);
    expect(cheapestOffer([plan, loan])).toBe(1);
  });
  it('an interest-only loan reports its large last payment', () => {
    const o = normaliseOffer({ kind: 'loan', amountFen: 1_200_000, nominalAnnualPercent: 12, months: 12, method: 'interest-only' });
    expect(o.largestPaymentFen).toBe(1_212_000);
    expect(o.annualSimple).toBeCloseTo(0.12, 9);
  });
});
