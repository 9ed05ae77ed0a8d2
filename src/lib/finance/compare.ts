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
  /** Every payment in order, 分: two offers with the same list cost the same in every way. */
  paymentsFen: number[];
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
    paymentsFen: payments,
  };
}

/** Rates closer than this are the same rate (IRR solver noise is far below it). */
const RATE_EPSILON = 1e-9;

/** Index of the offer with the lowest total cost; ties go to the lower effective rate, then the earlier offer. */
export function cheapestOffer(offers: readonly NormalisedOffer[]): number {
  let best = 0;
  offers.forEach((o, i) => {
    const b = offers[best];
    if (!b) return;
    if (o.totalCostFen < b.totalCostFen || (o.totalCostFen === b.totalCostFen && o.annualEffective < b.annualEffective - RATE_EPSILON)) best = i;
  });
  return best;
}

/** How the best offer stands against another. */
export type OfferRelation =
  | 'same' // the offer is the best one itself
  | 'identical' // same amount and the same payments on the same dates: no difference at all
  | 'same-cost-lower-rate' // costs the same in total, but the best one's money is paid later (lower rate)
  | 'same-cost-same-rate' // different payments that come to the same cost and the same rate
  | 'cheaper'; // the best one costs less in total

export interface OfferRanking {
  best: number;
  /** Every offer lends the same amount with the same payments: nothing to choose between them. */
  identical: boolean;
  /** The best offer against each offer, by index. */
  relations: OfferRelation[];
}

const samePayments = (a: NormalisedOffer, b: NormalisedOffer) =>
  a.totalPaidFen - a.totalCostFen === b.totalPaidFen - b.totalCostFen && a.paymentsFen.length === b.paymentsFen.length && a.paymentsFen.every((p, i) => p === b.paymentsFen[i]);

/**
 * The best offer and how it stands against each other one, so the page never says "一样多，但年化
 * 利率更低" of two offers that are the same.
 *
 * @example rankOffers([x, x]) → { best: 0, identical: true, relations: ['same', 'identical'] }
 */
export function rankOffers(offers: readonly NormalisedOffer[]): OfferRanking {
  const best = cheapestOffer(offers);
  const b = offers[best];
  const relations = offers.map((o, i): OfferRelation => {
    if (i === best || !b) return 'same';
    if (samePayments(o, b)) return 'identical';
    if (o.totalCostFen !== b.totalCostFen) return 'cheaper';
    return Math.abs(o.annualEffective - b.annualEffective) <= RATE_EPSILON ? 'same-cost-same-rate' : 'same-cost-lower-rate';
  });
  const first = offers[0];
  return { best, identical: first !== undefined && offers.every((o) => samePayments(o, first)), relations };
}
