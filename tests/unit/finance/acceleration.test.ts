import { describe, expect, it } from 'vitest';
import { acceleration } from '~/lib/finance/acceleration';

describe('acceleration', () => {
  // By hand: 8 periods of 1,000 元 principal left; the 2 missed periods' fees 2 × 72 = 144 元;
  // penalty 1,072 × 0.0005 × 60 + 1,072 × 0.0005 × 30 = 32.16 + 16.08 = 48.24 元.
  it('12,000 元 / 12 / 0.6%, 4 paid, 2 missed, 0.05% a day: 8,192.24 元 due now', () => {
    const r = acceleration({ debt: { kind: 'installment', plan: { amountFen: 1_200_000, periods: 12, price: { feePercentPerPeriod: 0.6 } } }, paid: 4, overdue: 2, dailyPercent: 0.05 });
    expect(r.remainingPrincipalFen).toBe(800_000);
    expect(r.remainingChargesFen).toBe(14_400);
    expect(r.penaltyFen).toBe(4_824);
    expect(r.dueNowFen).toBe(819_224);
    expect(r.missedFen).toBe(214_400);
    expect(r.scheduledRestFen).toBe(857_600);
  });
  it('a loan: due now is the balance before the missed payments plus their interest', () => {
    const loan = { principalFen: 10_000_000, nominalAnnualPercent: 6, months: 36, method: 'annuity' as const };
    const r = acceleration({ debt: { kind: 'loan', loan }, paid: 12, overdue: 1, dailyPercent: 0 });
    // Balance after 12 payments 68,640.65 元; month 13's interest 68,640.65 × 0.005 = 343.20 元.
    expect(r.dueNowFen).toBe(6_864_065 + 34_320);
  });
  it('rejects more missed payments than remain', () => {
    const plan = { amountFen: 1_200_000, periods: 12, price: { feePercentPerPeriod: 0.6 } };
    expect(() => acceleration({ debt: { kind: 'installment', plan }, paid: 11, overdue: 2, dailyPercent: 0.05 })).toThrow(/逾期期数/);
  });
});
