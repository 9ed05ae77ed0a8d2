import { describe, expect, it } from 'vitest';
import { overdueCost, overdueGrowth } from '~/lib/finance/overdue';

describe('overdueCost', () => {
  // 5,000 × 0.0005 × 60 = 150 元, by hand.
  it('5,000 元, 60 days at 0.05% a day, simple: 150 元', () => {
    const r = overdueCost({ amountFen: 500_000, days: 60, dailyPercent: 0.05, compound: false });
    expect(r.penaltyFen).toBe(15_000);
    expect(r.totalFen).toBe(515_000);
    // facts 5.3: 0.05% × 365 = 18.25% simple; 18% on a 360-day year.
    expect(r.annual365).toBeCloseTo(0.1825, 12);
    expect(r.annual360).toBeCloseTo(0.18, 12);
    expect(r.annualBasis).toBe('simple');
  });
  // 5,000 × (1.0005^60 − 1) = 152.23 元, decimal arithmetic at 40 digits.
  it('compounding daily: 152.23 元', () => {
    const r = overdueCost({ amountFen: 500_000, days: 60, dailyPercent: 0.05, compound: true });
    expect(r.penaltyFen).toBe(15_223);
    expect(r.annual365).toBeCloseTo(1.0005 ** 365 - 1, 12);
  });
  it('adds a fixed and a percentage charge', () => {
    const r = overdueCost({ amountFen: 500_000, days: 0, dailyPercent: 0.05, compound: false, fixedChargeFen: 2_000, chargePercent: 1 });
    expect(r.chargesFen).toBe(7_000);
    expect(r.totalFen).toBe(507_000);
  });
  it('growth series starts at the amount and ends at the total', () => {
    const input = { amountFen: 500_000, days: 95, dailyPercent: 0.05, compound: false };
    const g = overdueGrowth(input);
    expect(g[0]).toEqual({ day: 0, totalFen: 500_000 });
    expect(g.at(-1)).toEqual({ day: 95, totalFen: overdueCost(input).totalFen });
  });
});
