import { describe, expect, it } from 'vitest';
import { overdueCost, overdueGrowth } from '~/lib/finance/overdue';
import { FinanceError } from '~/lib/finance/errors';

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

describe('overdueCost: absurd inputs get a typed error, not 5.9e+22 (issue 16)', () => {
  // 10,000,000 元 at 1% a day compounding for 3,650 days: 1e9 分 × (1.01^3650 − 1) ≈ 5.9e22 分,
  // far past MAX_RESULT_FEN (1e13 分, 1,000 亿元).
  it('refuses with out-of-range on the daily rate', () => {
    const run = () => overdueCost({ amountFen: 1_000_000_000, days: 3650, dailyPercent: 1, compound: true });
    expect(run).toThrow(FinanceError);
    try {
      run();
    } catch (e) {
      expect(e).toMatchObject({ code: 'out-of-range', field: 'daily' });
      expect((e as Error).message).toContain('1000 亿元');
    }
  });
  // Simple interest on the same inputs is 1e9 × 0.01 × 3650 = 3.65e10 分: large but real, and plain.
  it('a large but real figure still computes, as a plain integer', () => {
    const r = overdueCost({ amountFen: 1_000_000_000, days: 3650, dailyPercent: 1, compound: false });
    expect(r.penaltyFen).toBe(36_500_000_000);
    expect(String(r.totalFen)).not.toMatch(/e/);
  });
});
