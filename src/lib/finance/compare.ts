/**
 * Comparing borrowing offers stated in different ways (a fee-based plan, a loan at a nominal
 * rate) on one footing: the true annual rate and the total cost.
 */
import { installmentCost } from './installment';
import { loanSchedule, type RepaymentMethod } from './schedule';
import { annualEffectiveFromMonthly, annualSimpleFromMonthly, irrPerPeriod } from './solve';

export type Offer =
  | { kind: 'installment'; amountFen: number; periods: number; feePercentPerPeriod: number }
  | { kind: 'loan'; amountFen: number; nominalAnnualPercent: number; months: number; method: RepaymentMethod };

export interface NormalisedOffer {
  /** Fractions. */
  annualSimple: number;
  annualEffective: number;
  /** Everything paid over the amount borrowed, 分. */
  totalCostFen: number;
  totalPaidFen: number;
  firstPaymentFen: number;
  /** The largest single payment (a bullet or interest-only loan ends with a big one), 分. */
  largestPaymentFen: number;
  months: number;
}

/**
 * One offer's annual rates (by IRR on its cash flows) and total cost.
 *
 * @example
 * // 12,000 元 over 12 periods at 0.6% a period costs 864 元 (13.03% simple);
 * // 12,000 元 at 7.2% a year 等额本息 over 12 months costs 473.15 元 (7.2% simple).
 * normaliseOffer({ kind: 'loan', amountFen: 1_200_000, nominalAnnualPercent: 7.2, months: 12, method: 'annuity' })
 */
export function normaliseOffer(offer: Offer): NormalisedOffer {
  let payments: number[];
  if (offer.kind === 'installment') {
    payments = installmentCost({ amountFen: offer.amountFen, periods: offer.periods, price: { feePercentPerPeriod: offer.feePercentPerPeriod } }).rows.map((r) => r.paymentFen);
  } else {
    payments = loanSchedule({ principalFen: offer.amountFen, nominalAnnualPercent: offer.nominalAnnualPercent, months: offer.months, method: offer.method }).rows.map((r) => r.paymentFen);
  }
  const totalPaidFen = payments.reduce((a, b) => a + b, 0);
  const monthly = totalPaidFen === offer.amountFen ? 0 : irrPerPeriod([offer.amountFen, ...payments.map((p) => -p)]);
  return {
    annualSimple: annualSimpleFromMonthly(monthly),
    annualEffective: annualEffectiveFromMonthly(monthly),
    totalCostFen: totalPaidFen - offer.amountFen,
    totalPaidFen,
    firstPaymentFen: payments.find((p) => p > 0) ?? 0,
    largestPaymentFen: Math.max(...payments),
    months: payments.length,
  };
}

/** Index of the offer with the lowest total cost; ties go to the lower effective rate, then the earlier offer. */
export function cheapestOffer(offers: readonly NormalisedOffer[]): number {
  let best = 0;
  offers.forEach((o, i) => {
    const b = offers[best];
    if (!b) return;
    if (o.totalCostFen < b.totalCostFen || (o.totalCostFen === b.totalCostFen && o.annualEffective < b.annualEffective)) best = i;
  });
  return best;
}
