import { describe, expect, it } from 'vitest';
import { acceleration, DEMAND_DELAY_DAYS } from '~/lib/finance/acceleration';

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

describe('acceleration: contract penalty, compound interest, interest to the demand (issue 16)', () => {
  // 120,000 元 at 7.2% over 12 months, 等额本金: 10,000 元 principal a month, interest 0.6% of the
  // balance: 720, 660, 600, 540, 480, 420 … Paid 4, missed periods 5 and 6; demand 30 days after
  // period 6, so they are 60 and 30 days late. Penalty rate 7.2% × 1.5 ÷ 365 a day:
  //   罚息 on principal: 10,000 × 0.000295890 × 60 = 177.534 → 177.53; × 30 = 88.767 → 88.77; 266.30
  //   复利 on interest:    480 × … × 60 = 8.5216 → 8.52; 420 × … × 30 = 3.7282 → 3.73; 12.25
  //   Art. 677 interest to the demand on periods 7–12's 60,000: 60,000 × 7.2% ÷ 365 × 30 = 355.068 → 355.07
  //   due now: 80,000 + (480 + 420) + 266.30 + 12.25 + 355.07 = 81,533.62 元.
  // (Checked with a Python decimal script doing the same half-up rounding per line.)
  const debt = { kind: 'loan' as const, loan: { principalFen: 12_000_000, nominalAnnualPercent: 7.2, months: 12, method: 'equal-principal' as const } };
  it('penalty at the contract rate + 50% on overdue principal, compound interest on overdue interest', () => {
    const r = acceleration({ debt, paid: 4, overdue: 2, dailyPercent: 0, penalty: { kind: 'contract-markup', markupPercent: 50, compoundOnInterest: true }, accrueToDemand: true });
    expect(r.daysLate).toEqual([60, 30]);
    expect(r.penaltyInterestFen).toBe(26_630);
    expect(r.compoundInterestFen).toBe(1_225);
    expect(r.penaltyFen).toBe(27_855);
    expect(r.accruedInterestFen).toBe(35_507);
    expect(r.remainingChargesFen).toBe(90_000);
    expect(r.dueNowFen).toBe(8_153_362);
  });
  it('no compound interest when the contract does not provide it; no accrual unless asked', () => {
    const r = acceleration({ debt, paid: 4, overdue: 2, dailyPercent: 0, penalty: { kind: 'contract-markup', markupPercent: 50, compoundOnInterest: false } });
    expect([r.penaltyFen, r.compoundInterestFen, r.accruedInterestFen]).toEqual([26_630, 0, 0]);
  });
  // The demand delay is a parameter: 15 days → 45 and 15 days late; 133.15 + 44.38 = 177.53 元.
  it('the demand delay is an input, not a literal 30', () => {
    const r = acceleration({ debt, paid: 4, overdue: 2, dailyPercent: 0, demandDelayDays: 15, penalty: { kind: 'contract-markup', markupPercent: 50, compoundOnInterest: false } });
    expect(r.daysLate).toEqual([45, 15]);
    expect(r.penaltyFen).toBe(17_753);
    expect(DEMAND_DELAY_DAYS).toBe(30);
  });
});
