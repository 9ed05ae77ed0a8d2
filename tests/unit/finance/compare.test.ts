import { describe, expect, it } from 'vitest';
import { cheapestOffer, normaliseOffer, rankOffers } from '~/lib/finance/compare';

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

describe('rankOffers: identical offers are identical (issue 16)', () => {
  const plan = { kind: 'installment' as const, amountFen: 1_200_000, periods: 12, feePercentPerPeriod: 0.6 };
  it('the same offer twice: identical, never "一样多，但年化利率更低"', () => {
    const r = rankOffers([normaliseOffer(plan), normaliseOffer(plan)]);
    expect(r).toEqual({ best: 0, identical: true, relations: ['same', 'identical'] });
  });
  // A 0% plan and a 0% 等额本息 loan both pay 1,000 元 a month for 12 months: the same cash flows.
  it('a 0% plan and a 0% loan over the same months are identical', () => {
    const a = normaliseOffer({ ...plan, feePercentPerPeriod: 0 });
    const b = normaliseOffer({ kind: 'loan', amountFen: 1_200_000, nominalAnnualPercent: 0, months: 12, method: 'annuity' });
    expect(rankOffers([a, b]).identical).toBe(true);
  });
  // By hand: 7.2% on 12,000 元 for 12 months costs 864 元 either way. Bullet: 12,864 after a year,
  // effective 7.2%; interest-only: 72 元 a month, effective 1.006^12 − 1 = 7.4424%. Same cost, and
  // the bullet's lower rate is real (its money is paid later): best is the bullet.
  it('same cost but a lower rate is said only when the rates differ', () => {
    const io = normaliseOffer({ kind: 'loan', amountFen: 1_200_000, nominalAnnualPercent: 7.2, months: 12, method: 'interest-only' });
    const bullet = normaliseOffer({ kind: 'loan', amountFen: 1_200_000, nominalAnnualPercent: 7.2, months: 12, method: 'bullet' });
    expect(io.annualEffective).toBeCloseTo(0.0744242, 6);
    expect(bullet.annualEffective).toBeCloseTo(0.072, 9);
    expect(rankOffers([io, bullet])).toEqual({ best: 1, identical: false, relations: ['same-cost-lower-rate', 'same'] });
  });
});
