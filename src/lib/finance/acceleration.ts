/**
 * Acceleration (提前到期 / 要求全额还款): after some payments are missed, the lender declares the
 * whole debt due. What falls due at once, beside what the original schedule asked for.
 */
import { requireNumber } from './errors';
import { roundHalfUp } from './money';
import { installmentCost, type InstallmentInput } from './installment';
import { loanSchedule, type LoanInput } from './schedule';

export type AcceleratedDebt = { kind: 'installment'; plan: InstallmentInput } | { kind: 'loan'; loan: LoanInput };

export interface AccelerationInput {
  debt: AcceleratedDebt;
  /** Payments made on time, from the first. */
  paid: number;
  /** Payments missed right after those, 1 or more. */
  overdue: number;
  /** Daily penalty rate on each missed payment, percent. */
  dailyPercent: number;
}

/** A schedule row reduced to what acceleration needs. */
export interface DueRow { period: number; paymentFen: number; principalFen: number; chargeFen: number }

/** Days between the last missed due date and the demand (one month). */
export const DEMAND_DELAY_DAYS = 30;

/** The penalty on one missed payment. */
export interface MissedPenalty {
  period: number;
  paymentFen: number;
  daysLate: number;
  penaltyFen: number;
}

export interface AccelerationResult {
  rows: DueRow[];
  /** All principal not yet repaid: the missed periods' and every later period's. */
  remainingPrincipalFen: number;
  /** Interest or fees of the missed periods, which were already due. */
  remainingChargesFen: number;
  /** Penalty on the missed payments. */
  penaltyFen: number;
  /** The penalty, missed payment by missed payment (oldest first); they add up to penaltyFen. */
  penalties: MissedPenalty[];
  dueNowFen: number;
  /** What the missed payments alone add up to. */
  missedFen: number;
  /** What the original schedule would still have collected, over the remaining months. */
  scheduledRestFen: number;
}

/**
 * Amount due at once when a debt is accelerated.
 *
 * Convention: the demand arrives one month (DEMAND_DELAY_DAYS = 30) after the last missed due date, so
 * the j-th of m missed payments (oldest first) is 30 × (m − j + 1) days late; penalty is simple,
 * payment × daily rate × days, rounded half-up per payment. Charges (interest or fees) of
 * periods not yet reached are not included: interest is owed for time the money is held.
 * Contracts differ; some demand every remaining fee.
 *
 * @example
 * // 12,000 元 in 12 periods at 0.6% (1,072 元 a month), 4 paid, 2 missed, 0.05% a day:
 * // principal 8,000 + fees 144 + penalty 1,072 × 0.0005 × (60 + 30) = 48.24 → 8,192.24 元 due.
 * acceleration({ debt: { kind: 'installment', plan: { amountFen: 1_200_000, periods: 12, price: { feePercentPerPeriod: 0.6 } } }, paid: 4, overdue: 2, dailyPercent: 0.05 })
 */
export function acceleration(input: AccelerationInput): AccelerationResult {
  const rows: DueRow[] =
    input.debt.kind === 'installment'
      ? installmentCost(input.debt.plan).rows.map((r) => ({ period: r.period, paymentFen: r.paymentFen, principalFen: r.principalFen, chargeFen: r.feeFen }))
      : loanSchedule(input.debt.loan).rows.map((r) => ({ period: r.period, paymentFen: r.paymentFen, principalFen: r.principalFen, chargeFen: r.interestFen }));
  const n = rows.length;
  requireNumber('paid', input.paid, { min: 0, max: n - 1, integer: true, label: '已还期数' });
  requireNumber('overdue', input.overdue, { min: 1, max: n - input.paid, integer: true, label: '逾期期数' });
  requireNumber('daily', input.dailyPercent, { min: 0, max: 1, label: '日罚息率（%）' });
  const d = input.dailyPercent / 100;
  const missed = rows.slice(input.paid, input.paid + input.overdue);
  const rest = rows.slice(input.paid);
  const remainingPrincipalFen = rest.reduce((a, r) => a + r.principalFen, 0);
  const remainingChargesFen = missed.reduce((a, r) => a + r.chargeFen, 0);
  const m = missed.length;
  const penalties = missed.map((r, j) => {
    const daysLate = DEMAND_DELAY_DAYS * (m - j);
    return { period: r.period, paymentFen: r.paymentFen, daysLate, penaltyFen: roundHalfUp(r.paymentFen * d * daysLate) };
  });
  const penaltyFen = penalties.reduce((a, p) => a + p.penaltyFen, 0);
  return {
    rows,
    remainingPrincipalFen,
    remainingChargesFen,
    penaltyFen,
    penalties,
    dueNowFen: remainingPrincipalFen + remainingChargesFen + penaltyFen,
    missedFen: missed.reduce((a, r) => a + r.paymentFen, 0),
    scheduledRestFen: rest.reduce((a, r) => a + r.paymentFen, 0),
  };
}
