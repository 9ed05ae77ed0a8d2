/**
 * The minimum-payment trap on revolving credit (信用卡最低还款): how long a balance takes to
 * clear, and what it costs, when only the minimum is paid each month.
 */
import { FinanceError, requireNumber } from './errors';
import { MAX_FEN, roundHalfUp } from './money';

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
}

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
}

/** Months simulated before a balance is reported as never paid off (50 years). */
export const MAX_MONTHS = 600;

/**
 * Month-by-month simulation. Convention: a month is 30 days; interest is the carried balance ×
 * daily rate × 30, rounded half-up; new spending joins the bill; the payment is the larger of
 * minPercent of the bill and the floor, capped at the bill. This understates the cost on cards
 * that charge interest on the whole bill from each purchase date once it is not paid in full.
 *
 * @example
 * // 10,000 元 at 0.05% a day, 10% minimum, 100 元 floor: month 1 pays 1,000 元, month 2 the
 * // carried 9,000 元 earns 135 元 interest (9,000 × 0.0005 × 30) and the bill is 9,135 元.
 * minimumPayment({ balanceFen: 1_000_000, dailyPercent: 0.05, minPercent: 10, floorFen: 10_000 })
 */
export function minimumPayment(input: MinimumPaymentInput): MinimumPaymentResult {
  const { balanceFen, dailyPercent, minPercent, floorFen } = input;
  const spendFen = input.spendFen ?? 0;
  requireNumber('balance', balanceFen, { min: 1, max: MAX_FEN, integer: true, label: '账单金额（分）' });
  requireNumber('daily', dailyPercent, { min: 0, max: 1, label: '日利率（%）' });
  requireNumber('min', minPercent, { min: 0.1, max: 100, label: '最低还款比例（%）' });
  requireNumber('floor', floorFen, { min: 0, max: MAX_FEN, integer: true, label: '最低还款下限（分）' });
  requireNumber('spend', spendFen, { min: 0, max: MAX_FEN, integer: true, label: '每月新增消费（分）' });
  const d = dailyPercent / 100;
  const path: MinimumPaymentMonth[] = [];
  let carried = 0;
  let bill = balanceFen;
  let totalInterestFen = 0;
  let totalPaidFen = 0;
  for (let month = 1; month <= MAX_MONTHS; month++) {
    const interestFen = month === 1 ? 0 : roundHalfUp(carried * d * 30);
    if (month > 1) bill = carried + interestFen + spendFen;
    const paymentFen = Math.min(bill, Math.max(roundHalfUp((bill * minPercent) / 100), floorFen));
    carried = bill - paymentFen;
    totalInterestFen += interestFen;
    totalPaidFen += paymentFen;
    path.push({ month, interestFen, paymentFen, balanceFen: carried });
    if (carried === 0) return { months: month, totalInterestFen, totalPaidFen, path, neverFalls: false };
    // Past the spending's scale, a balance that cannot fall any more never will.
    if (carried > MAX_FEN * 10) break;
  }
  const first = path[1];
  const neverFalls = first !== undefined && first.balanceFen >= (path[0]?.balanceFen ?? 0);
  return { months: null, totalInterestFen, totalPaidFen, path, neverFalls };
}

/** Throw the typed error when a balance is never repaid, for callers that need a payoff. */
export function requirePayoff(result: MinimumPaymentResult): number {
  if (result.months === null) throw new FinanceError('never-repaid', '按这个还款方式，欠款永远还不清。');
  return result.months;
}
