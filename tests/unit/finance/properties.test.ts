// Properties that must hold for any input (fast-check). A function either returns finite
// numbers or throws FinanceError; nothing returns NaN or Infinity or throws anything else.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FinanceError } from '~/lib/finance/errors';
import { installmentCost } from '~/lib/finance/installment';
import { loanSchedule, REPAYMENT_METHODS } from '~/lib/finance/schedule';
import { overdueCost } from '~/lib/finance/overdue';
import { minimumPayment } from '~/lib/finance/minimum-payment';
import { loanEarlyRepayment, planEarlyRepayment } from '~/lib/finance/early-repayment';
import { acceleration } from '~/lib/finance/acceleration';
import { normaliseOffer } from '~/lib/finance/compare';
import { affordability } from '~/lib/finance/affordability';
import { irrPerPeriod } from '~/lib/finance/solve';
import { parseField, readNumber, RULES } from '~/lib/parse/number';

const amountFen = fc.integer({ min: 100, max: 1e10 });
const periods = fc.integer({ min: 1, max: 360 });
const method = fc.constantFrom(...REPAYMENT_METHODS);
/** Any number at all, including the awkward ones. */
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -1, 1e308, -0, Number.NaN, Infinity, 0.5));

/** Every number inside a result (deeply) is finite. */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

/** Run f: a result must be all finite; an error must be a FinanceError. */
function total(f: () => unknown): void {
  try {
    expect(allFinite(f())).toBe(true);
  } catch (e) {
    if (!(e instanceof FinanceError)) throw e;
  }
}

describe('properties', () => {
  it('installment principal parts sum to the amount', () => {
    fc.assert(fc.property(amountFen, periods, fc.double({ min: 0, max: 5, noNaN: true }), (a, n, f) => {
      const r = installmentCost({ amountFen: a, periods: n, price: { feePercentPerPeriod: f } });
      expect(r.rows.reduce((s, x) => s + x.principalFen, 0)).toBe(a);
    }));
  });

  it('the rate rises with the fee, and zero fee gives 0%', () => {
    fc.assert(fc.property(fc.integer({ min: 100_000, max: 1e9 }), fc.integer({ min: 2, max: 60 }), fc.double({ min: 0.05, max: 3, noNaN: true }), (a, n, f) => {
      const lo = installmentCost({ amountFen: a, periods: n, price: { feePercentPerPeriod: f } });
      const hi = installmentCost({ amountFen: a, periods: n, price: { feePercentPerPeriod: f + 0.1 } });
      expect(hi.monthlyIrr).toBeGreaterThan(lo.monthlyIrr);
      expect(installmentCost({ amountFen: a, periods: n, price: { feePercentPerPeriod: 0 } }).annualSimple).toBe(0);
    }));
  });

  it('schedules repay exactly the principal for every method', () => {
    fc.assert(fc.property(amountFen, fc.double({ min: 0, max: 36, noNaN: true }), periods, method, (a, rate, n, m) => {
      const s = loanSchedule({ principalFen: a, nominalAnnualPercent: rate, months: n, method: m });
      expect(s.totalPrincipalFen).toBe(a);
      expect(s.rows.at(-1)?.balanceFen).toBe(0);
      expect(s.rows.every((r) => r.principalFen >= 0 && r.interestFen >= 0)).toBe(true);
    }));
  });

  it('等额本金 costs less interest than 等额本息 at the same positive rate', () => {
    fc.assert(fc.property(fc.integer({ min: 1_000_000, max: 1e10 }), fc.double({ min: 1, max: 24, noNaN: true }), fc.integer({ min: 3, max: 360 }), (a, rate, n) => {
      const annuity = loanSchedule({ principalFen: a, nominalAnnualPercent: rate, months: n, method: 'annuity' });
      const equal = loanSchedule({ principalFen: a, nominalAnnualPercent: rate, months: n, method: 'equal-principal' });
      // Never more; strictly less once the gap outgrows per-period rounding (found: 10,000 元
      // at 1% over 3 months rounds to 16.67 元 either way).
      expect(equal.totalInterestFen).toBeLessThanOrEqual(annuity.totalInterestFen);
      if (a >= 1e8 && n >= 12) expect(equal.totalInterestFen).toBeLessThan(annuity.totalInterestFen);
    }), { numRuns: 500 });
  });

  it('the solver recovers the rate a level payment was built from', () => {
    fc.assert(fc.property(fc.double({ min: 0.0001, max: 0.2, noNaN: true }), fc.integer({ min: 1, max: 360 }), (r, n) => {
      const pv = 1e8;
      const pmt = (pv * r) / (1 - (1 + r) ** -n);
      expect(irrPerPeriod([pv, ...new Array<number>(n).fill(-pmt)])).toBeCloseTo(r, 9);
    }));
  });

  it('no function returns NaN or Infinity or throws anything but FinanceError, for any input', () => {
    fc.assert(fc.property(anyNumber, anyNumber, anyNumber, anyNumber, method, fc.boolean(), (a, b, c, d, m, flag) => {
      total(() => installmentCost({ amountFen: a, periods: b, price: { feePercentPerPeriod: c }, upfrontFeeFen: d }));
      total(() => installmentCost({ amountFen: a, periods: b, price: { paymentFen: c } }));
      total(() => installmentCost({ amountFen: a, periods: b, price: { totalFeeFen: c } }));
      total(() => loanSchedule({ principalFen: a, nominalAnnualPercent: b, months: c, method: m }));
      total(() => overdueCost({ amountFen: a, days: b, dailyPercent: c, compound: flag, fixedChargeFen: d }));
      total(() => minimumPayment({ balanceFen: a, dailyPercent: b, minPercent: c, floorFen: d }));
      total(() => loanEarlyRepayment({ loan: { principalFen: a, nominalAnnualPercent: b, months: c, method: m }, paid: d, mode: flag ? 'shorten' : 'reduce' }));
      total(() => planEarlyRepayment({ plan: { amountFen: a, periods: b, price: { feePercentPerPeriod: c } }, paid: d, remainingFees: flag ? 'all' : 'none' }));
      total(() => acceleration({ debt: { kind: 'installment', plan: { amountFen: a, periods: b, price: { feePercentPerPeriod: 0.6 } } }, paid: c, overdue: d, dailyPercent: 0.05 }));
      total(() => normaliseOffer({ kind: 'loan', amountFen: a, nominalAnnualPercent: b, months: c, method: m }));
      total(() => affordability({ incomeFen: a, debtsFen: b, paymentFen: c }));
    }), { numRuns: 300 });
  });

  it('the same holds for plausible inputs, which reach deeper code', () => {
    fc.assert(fc.property(amountFen, periods, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), method, fc.boolean(), (a, n, k, m, meth, flag) => {
      total(() => loanEarlyRepayment({ loan: { principalFen: a, nominalAnnualPercent: 6, months: n, method: meth }, paid: k, prepayFen: Math.max(1, Math.floor(a / 3)), feePercent: 1, mode: flag ? 'shorten' : 'reduce' }));
      total(() => acceleration({ debt: { kind: 'loan', loan: { principalFen: a, nominalAnnualPercent: 6, months: n, method: meth } }, paid: k, overdue: m, dailyPercent: 0.05 }));
      total(() => minimumPayment({ balanceFen: a, dailyPercent: 0.05, minPercent: 5, floorFen: 5000, spendFen: k * 100 }));
    }), { numRuns: 200 });
  });

  it('the parser returns a number in bounds or a Chinese message, for any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (s) => {
      const n = readNumber(s);
      expect(n === null || Number.isFinite(n)).toBe(true);
      const r = parseField(s, RULES.amount);
      if (r.ok) expect(r.value >= RULES.amount.min && r.value <= RULES.amount.max).toBe(true);
      else expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    }), { numRuns: 2000 });
  });
});
