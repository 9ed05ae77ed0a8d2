import { describe, expect, it } from 'vitest';
import { pmt } from 'financial';
import { annuityPaymentFen, loanSchedule, REPAYMENT_METHODS } from '~/lib/finance/schedule';

describe('annuityPaymentFen', () => {
  // facts 10 / reference fixture: 300,000 元, 3.85%, 30 years → 1,406.42 元.
  it('300,000 元 at 3.85% over 360 months is 1,406.42 元', () => {
    expect(annuityPaymentFen(30_000_000, 0.0385 / 12, 360)).toBe(140_642);
  });
  // Standard textbook value, checked with decimal arithmetic: 3,042.19 元.
  it('100,000 元 at 6% over 36 months is 3,042.19 元, as numpy-financial pmt', () => {
    expect(annuityPaymentFen(10_000_000, 0.005, 36)).toBe(304_219);
    expect(Math.round(-pmt(0.005, 36, 10_000_000))).toBe(304_219);
  });
  it('a zero rate repays principal evenly', () => {
    expect(annuityPaymentFen(1_200_000, 0, 12)).toBe(100_000);
  });
});

describe('loanSchedule', () => {
  it('等额本息 100,000 元 at 6% over 36 months: 9,519.01 元 interest (decimal simulation)', () => {
    const s = loanSchedule({ principalFen: 10_000_000, nominalAnnualPercent: 6, months: 36, method: 'annuity' });
    expect(s.rows).toHaveLength(36);
    expect(s.totalInterestFen).toBe(951_901);
    expect(s.rows[11]?.balanceFen).toBe(6_864_065);
    expect(s.totalPrincipalFen).toBe(10_000_000);
  });
  // Closed form: interest = P/n × r × (n + (n−1) + … + 1) = 10,000 × 0.005 × 78 = 3,900 元.
  it('等额本金 120,000 元 at 6% over 12 months: 3,900 元 interest, first payment 10,600 元', () => {
    const s = loanSchedule({ principalFen: 12_000_000, nominalAnnualPercent: 6, months: 12, method: 'equal-principal' });
    expect(s.totalInterestFen).toBe(390_000);
    expect(s.rows[0]?.paymentFen).toBe(1_060_000);
    expect(s.rows.at(-1)?.paymentFen).toBe(1_005_000);
  });
  it('先息后本 pays 500 元 a month and the principal at the end', () => {
    const s = loanSchedule({ principalFen: 10_000_000, nominalAnnualPercent: 6, months: 12, method: 'interest-only' });
    expect(s.rows[0]?.paymentFen).toBe(50_000);
    expect(s.rows.at(-1)?.paymentFen).toBe(10_050_000);
    expect(s.totalInterestFen).toBe(600_000);
  });
  it('到期一次还本付息 pays 106,000 元 after a year at 6%', () => {
    const s = loanSchedule({ principalFen: 10_000_000, nominalAnnualPercent: 6, months: 12, method: 'bullet' });
    expect(s.rows.at(-1)?.paymentFen).toBe(10_600_000);
    expect(s.rows.slice(0, -1).every((r) => r.paymentFen === 0)).toBe(true);
  });
  it('every method repays exactly the principal and ends at zero', () => {
    for (const method of REPAYMENT_METHODS) {
      const s = loanSchedule({ principalFen: 1_234_567, nominalAnnualPercent: 7.3, months: 37, method });
      expect(s.totalPrincipalFen).toBe(1_234_567);
      expect(s.rows.at(-1)?.balanceFen).toBe(0);
    }
  });
});
