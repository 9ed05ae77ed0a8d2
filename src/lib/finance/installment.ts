/**
 * The true cost of a fee-based installment plan (分期), as PBOC Announcement [2021] No. 3
 * requires it to be shown: all costs over the principal the borrower actually holds, by the
 * internal-rate-of-return method.
 */
import { FinanceError, requireNumber } from './errors';
import { MAX_FEN, roundHalfUp, splitEvenly } from './money';
import { annualEffectiveFromMonthly, annualSimpleFromMonthly, irrPerPeriod } from './solve';

/** How the plan's price is stated: exactly one of these. */
export type InstallmentPrice =
  | { feePercentPerPeriod: number } // fee each period, % of the original principal
  | { paymentFen: number } // the same payment every period
  | { totalFeeFen: number } // all fees over the plan
  | { oneOffFeePercent: number }; // one fee, % of the principal, charged with the first payment (一次性收取)

export interface InstallmentInput {
  /** Principal in the contract, 分. */
  amountFen: number;
  /** Number of monthly periods, 1–360. */
  periods: number;
  price: InstallmentPrice;
  /** Fees taken at the start, 分: the borrower receives amountFen − upfrontFeeFen. */
  upfrontFeeFen?: number;
  /** Which period takes the 分 left over when the principal (or a total fee) does not split evenly; issuers differ. Default 'last'. */
  remainderAt?: 'first' | 'last';
}

export interface InstallmentRow {
  period: number;
  paymentFen: number;
  principalFen: number;
  feeFen: number;
  /** Principal still owed after this payment. */
  outstandingFen: number;
}

export interface InstallmentResult {
  amountFen: number;
  receivedFen: number;
  upfrontFeeFen: number;
  periods: number;
  rows: InstallmentRow[];
  /** Cash flows from the borrower's side: +received at 0, −payment each period. */
  cashflowsFen: number[];
  /** Per-month IRR, a fraction. */
  monthlyIrr: number;
  /** 12 × monthly IRR, a fraction: the simple (单利) annual rate. */
  annualSimple: number;
  /** (1 + monthly IRR)^12 − 1, a fraction: the effective (复利, IRR) annual rate. */
  annualEffective: number;
  /** Every fee, including the up-front one, 分. */
  totalFeeFen: number;
  /** Everything paid back over the plan (excluding the up-front fee, which is never received), 分. */
  totalPaidFen: number;
  /** The misleading "fee × 12" figure, a fraction; null when the price was not a fee rate. */
  naiveAnnual: number | null;
}

/**
 * Cash flows and true annual rate of an installment plan.
 *
 * Convention: principal is repaid in equal parts (rounded half-up, the last period takes the
 * remainder, or the first with remainderAt 'first'); a one-off fee is charged whole with the
 * first payment; a per-period fee is a percentage of the original principal, rounded half-up to
 * the 分 each period; a given total fee is spread the same way as principal; a given payment
 * is the same every period and its fee part is payment − principal part.
 *
 * @example
 * // 12,000 元 over 12 periods at 0.6% a period: 1,072 元 a month, 864 元 in fees,
 * // annualSimple ≈ 0.1303 (13.03%), annualEffective ≈ 0.1384 (13.84%), naiveAnnual = 0.072.
 * installmentCost({ amountFen: 1_200_000, periods: 12, price: { feePercentPerPeriod: 0.6 } })
 */
export function installmentCost(input: InstallmentInput): InstallmentResult {
  const { amountFen, periods, price } = input;
  const upfrontFeeFen = input.upfrontFeeFen ?? 0;
  requireNumber('amount', amountFen, { min: 1, max: MAX_FEN, integer: true, label: '借款金额（分）' });
  requireNumber('periods', periods, { min: 1, max: 360, integer: true, label: '期数' });
  requireNumber('upfront', upfrontFeeFen, { min: 0, max: amountFen - 1, integer: true, label: '前置费用（分）' });

  const remainderAt = input.remainderAt ?? 'last';
  const principalParts = splitEvenly(amountFen, periods, remainderAt);
  let feeParts: number[];
  let paymentParts: number[];
  let naiveAnnual: number | null = null;
  if ('feePercentPerPeriod' in price) {
    requireNumber('fee', price.feePercentPerPeriod, { min: 0, max: 100, label: '每期费率（%）' });
    const fee = roundHalfUp((amountFen * price.feePercentPerPeriod) / 100);
    feeParts = new Array<number>(periods).fill(fee);
    paymentParts = principalParts.map((p) => p + fee);
    naiveAnnual = (price.feePercentPerPeriod * 12) / 100;
  } else if ('paymentFen' in price) {
    requireNumber('payment', price.paymentFen, { min: 1, max: MAX_FEN, integer: true, label: '每期还款（分）' });
    if (price.paymentFen * periods < amountFen) {
      throw new FinanceError('invalid-input', '每期还款乘以期数少于借款金额，请检查每期还款额。', 'payment');
    }
    paymentParts = new Array<number>(periods).fill(price.paymentFen);
    feeParts = principalParts.map((p) => price.paymentFen - p);
  } else if ('oneOffFeePercent' in price) {
    requireNumber('fee', price.oneOffFeePercent, { min: 0, max: 100, label: '一次性手续费率（%）' });
    const fee = roundHalfUp((amountFen * price.oneOffFeePercent) / 100);
    feeParts = principalParts.map((_, i) => (i === 0 ? fee : 0));
    paymentParts = principalParts.map((p, i) => p + (feeParts[i] ?? 0));
  } else {
    requireNumber('totalFee', price.totalFeeFen, { min: 0, max: MAX_FEN, integer: true, label: '总手续费（分）' });
    feeParts = splitEvenly(price.totalFeeFen, periods, remainderAt);
    paymentParts = principalParts.map((p, i) => p + (feeParts[i] ?? 0));
  }

  let outstanding = amountFen;
  const rows: InstallmentRow[] = principalParts.map((principalFen, i) => {
    outstanding -= principalFen;
    return { period: i + 1, paymentFen: paymentParts[i] ?? 0, principalFen, feeFen: feeParts[i] ?? 0, outstandingFen: outstanding };
  });
  const receivedFen = amountFen - upfrontFeeFen;
  const cashflowsFen = [receivedFen, ...paymentParts.map((p) => -p)];
  const totalPaidFen = paymentParts.reduce((a, b) => a + b, 0);
  // Paying back exactly what was received means a 0% rate; skip the solver's edge.
  const monthlyIrr = totalPaidFen === receivedFen ? 0 : irrPerPeriod(cashflowsFen);
  return {
    amountFen,
    receivedFen,
    upfrontFeeFen,
    periods,
    rows,
    cashflowsFen,
    monthlyIrr,
    annualSimple: annualSimpleFromMonthly(monthlyIrr),
    annualEffective: annualEffectiveFromMonthly(monthlyIrr),
    totalFeeFen: totalPaidFen - receivedFen,
    totalPaidFen,
    naiveAnnual,
  };
}
