/**
 * The minimum-payment trap on revolving credit (信用卡最低还款): how long a balance takes to
 * clear, and what it costs, when only the minimum is paid each month.
 */
import { FinanceError, requireNumber } from './errors';
import { MAX_FEN, roundHalfUp } from './money';
import { MONTH_DAYS } from './rates';

export interface MinimumPaymentInput {
  /** Balance on the first bill, 分. */
  balanceFen: number;
  /** Daily interest rate, percent (0.05 = 万分之五). */
  dailyPercent: number;
  /** Minimum payment as % of the bill (10 is common; check the card's terms). */
  minPercent: number;
  /** Smallest minimum payment, 分 (the whole bill when the bill is smaller). */
  floorFen: number;
  /** New spending added each month, 分. */
  spendFen?: number;
  /**
   * How interest is charged when a bill is not paid in full. 'unpaid' (default, as before): on the
   * unpaid part only, for the 30 days to the next bill. 'full' (全额计息): on the whole bill from
   * the statement date to the due date (graceDays), then on the unpaid part to the next bill; i.e.
   * the unpaid part for 30 days plus the part that was paid for graceDays.
   */
  interestModel?: 'unpaid' | 'full';
  /** Days from the statement date to the due date, for 'full' (default 20; cards state 18–25). */
  graceDays?: number;
  /**
   * What the minimum is. 'share-of-bill' (default, as before): minPercent of the whole bill.
   * 'share-plus-charges' (as issuers' terms define 最低还款额): minPercent of the principal
   * (spending) plus all interest and fees on the bill.
   */
  minRule?: 'share-of-bill' | 'share-plus-charges';
  /** A fee on every bill after the first, 分 (default 0). No interest is charged on it. */
  monthlyFeeFen?: number;
  /**
   * Stop once the balance is under this many 分 and the floor cannot clear it (report
   * 'under-one-yuan'). Default 0: off, as before. Pass STOP_BELOW_FEN (1 元).
   */
  stopBelowFen?: number;
}

/** How the simulation ended. */
export type MinimumPaymentOutcome =
  | 'paid-off' // a bill was paid in full
  | 'under-one-yuan' // the balance fell under 1 元, which a 0 floor may never clear: stopped there
  | 'still-falling' // 50 years passed with the balance still falling (not "never")
  | 'never-falls'; // the balance does not fall: paying the minimum never clears it

export interface MinimumPaymentMonth {
  month: number;
  interestFen: number;
  paymentFen: number;
  /** Balance carried into the next month. */
  balanceFen: number;
}

export interface MinimumPaymentResult {
  /** Months until a bill is paid in full; null when it never is (within 50 years). */
  months: number | null;
  totalInterestFen: number;
  totalPaidFen: number;
  /** The month-by-month path, up to payoff or 600 months. */
  path: MinimumPaymentMonth[];
  /** True when the first month's payment does not even cover that month's interest and spending. */
  neverFalls: boolean;
  outcome: MinimumPaymentOutcome;
  /** What was left when the simulation stopped, 分 (under 100 for 'under-one-yuan'; 0 when paid off). */
  leftoverFen: number;
}

/** A balance under this (1 元) is where a floor below it stops the simulation, when asked. */
export const STOP_BELOW_FEN = 100;

/**
 * Interest on the whole bill (全额计息) as the traditional card terms word it, the issuers' definition
 * of the minimum, and the stop under 1 元: the calculator's defaults since issue 16 (its own
 * `defaults` and `methods` say so). The library's own defaults stay as before.
 */
export const RECOMMENDED_OPTIONS = {
  interestModel: 'full',
  graceDays: 20,
  minRule: 'share-plus-charges',
  stopBelowFen: STOP_BELOW_FEN,
} as const satisfies Partial<MinimumPaymentInput>;

/** Months simulated before a balance is reported as never paid off (50 years). */
export const MAX_MONTHS = 600;

/**
 * Month-by-month simulation. Convention: a month is 30 days (MONTH_DAYS); interest is the
 * carried balance × daily rate × 30, rounded half-up, or with 'full' also the paid part × daily
 * rate × graceDays; fees are never charged interest (PBOC 2016 No. 111, shared facts 5.2); new
 * spending joins the bill; the payment is the minimum (see minRule), at least the floor, at most
 * the bill. Payments go to interest and fees first, then principal. With a floor under 1 元 the
 * balance can shrink for ever by fractions of a 分: the simulation stops once it is under 1 元
 * and says so ('under-one-yuan') rather than calling it never repaid.
 *
 * @example
 * // 10,000 元 at 0.05% a day, 10% minimum, 100 元 floor: month 1 pays 1,000 元, month 2 the
 * // carried 9,000 元 earns 135 元 interest (9,000 × 0.0005 × 30) and the bill is 9,135 元.
 * minimumPayment({ balanceFen: 1_000_000, dailyPercent: 0.05, minPercent: 10, floorFen: 10_000 })
 */
export function minimumPayment(input: MinimumPaymentInput): MinimumPaymentResult {
  const { balanceFen, dailyPercent, minPercent, floorFen } = input;
  const spendFen = input.spendFen ?? 0;
  const feeFen = input.monthlyFeeFen ?? 0;
  const graceDays = input.graceDays ?? RECOMMENDED_OPTIONS.graceDays;
  const full = input.interestModel === 'full';
  const stopBelow = input.stopBelowFen ?? 0;
  const sharePlusCharges = input.minRule === 'share-plus-charges';
  requireNumber('balance', balanceFen, { min: 1, max: MAX_FEN, integer: true, label: '账单金额（分）' });
  requireNumber('daily', dailyPercent, { min: 0, max: 1, label: '日利率（%）' });
  requireNumber('min', minPercent, { min: 0.1, max: 100, label: '最低还款比例（%）' });
  requireNumber('floor', floorFen, { min: 0, max: MAX_FEN, integer: true, label: '最低还款下限（分）' });
  requireNumber('spend', spendFen, { min: 0, max: MAX_FEN, integer: true, label: '每月新增消费（分）' });
  requireNumber('fee', feeFen, { min: 0, max: MAX_FEN, integer: true, label: '每期费用（分）' });
  requireNumber('grace', graceDays, { min: 0, max: MONTH_DAYS, integer: true, label: '免息还款天数' });
  const d = dailyPercent / 100;
  const path: MinimumPaymentMonth[] = [];
  // The bill in three parts: principal (spending), unpaid interest, unpaid fees.
  let principal = balanceFen;
  let interestOwed = 0;
  let feesOwed = 0;
  let lastPaid = 0;
  let totalInterestFen = 0;
  let totalPaidFen = 0;
  const end = (outcome: MinimumPaymentOutcome, months: number | null, leftoverFen: number): MinimumPaymentResult => ({
    months,
    totalInterestFen,
    totalPaidFen,
    path,
    neverFalls: outcome === 'never-falls',
    outcome,
    leftoverFen,
  });
  for (let month = 1; month <= MAX_MONTHS; month++) {
    let interestFen = 0;
    if (month > 1) {
      const carried = principal + interestOwed; // fees earn no interest
      interestFen = roundHalfUp(carried * d * MONTH_DAYS + (full ? lastPaid * d * graceDays : 0));
      principal += spendFen;
      interestOwed += interestFen;
      feesOwed += feeFen;
    }
    const bill = principal + interestOwed + feesOwed;
    const minimum = sharePlusCharges ? roundHalfUp((principal * minPercent) / 100) + interestOwed + feesOwed : roundHalfUp((bill * minPercent) / 100);
    const paymentFen = Math.min(bill, Math.max(minimum, floorFen));
    // Fees, then interest, then principal.
    let left = paymentFen;
    const toFees = Math.min(left, feesOwed);
    feesOwed -= toFees;
    left -= toFees;
    const toInterest = Math.min(left, interestOwed);
    interestOwed -= toInterest;
    left -= toInterest;
    principal -= left;
    lastPaid = paymentFen;
    const carried = principal + interestOwed + feesOwed;
    totalInterestFen += interestFen;
    totalPaidFen += paymentFen;
    path.push({ month, interestFen, paymentFen, balanceFen: carried });
    if (carried === 0) return end('paid-off', month, 0);
    if (carried < stopBelow && floorFen < stopBelow && spendFen === 0 && feeFen === 0) return end('under-one-yuan', month, carried);
    // Past the spending's scale, a balance that cannot fall any more never will.
    if (carried > MAX_FEN * 10) break;
  }
  const first = path[1];
  const neverFalls = first !== undefined && first.balanceFen >= (path[0]?.balanceFen ?? 0);
  const last = path.at(-1)?.balanceFen ?? 0;
  const before = path.at(-2)?.balanceFen ?? Infinity;
  return end(neverFalls || last >= before ? 'never-falls' : 'still-falling', null, last);
}

/** Throw the typed error when a balance is never repaid, for callers that need a payoff. */
export function requirePayoff(result: MinimumPaymentResult): number {
  if (result.months === null) throw new FinanceError('never-repaid', '按这个还款方式，欠款永远还不清。');
  return result.months;
}
