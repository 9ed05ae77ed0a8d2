/**
 * Acceleration (提前到期 / 要求全额还款): after some payments are missed, the lender declares the
 * whole debt due. What falls due at once, beside what the original schedule asked for.
 */
import { requireNumber, requireRealistic } from './errors';
import { MAX_RESULT_FEN, roundHalfUp } from './money';
import { DAYS_PER_YEAR, MONTH_DAYS, type DayCount } from './rates';
import { installmentCost, type InstallmentInput } from './installment';
import { loanSchedule, type LoanInput } from './schedule';

export type AcceleratedDebt = { kind: 'installment'; plan: InstallmentInput } | { kind: 'loan'; loan: LoanInput };

export interface AccelerationInput {
  debt: AcceleratedDebt;
  /** Payments made on time, from the first. */
  paid: number;
  /** Payments missed right after those, 1 or more. */
  overdue: number;
  /** Daily penalty rate on each missed payment, percent (the 'daily-rate' penalty only). */
  dailyPercent: number;
  /** Days from the last missed due date to the demand. Default DEMAND_DELAY_DAYS (30). */
  demandDelayDays?: number;
  /**
   * How the penalty is charged. 'daily-rate' (default, as before): dailyPercent on each missed
   * payment. 'contract-markup': as bank loan contracts word it, penalty interest (罚息) on the overdue
   * principal at the contract rate raised by markupPercent (30–50 typical), and, when the contract
   * provides it (compoundOnInterest), compound interest (复利) on the overdue interest at that rate.
   */
  penalty?: { kind: 'daily-rate' } | { kind: 'contract-markup'; markupPercent: number; compoundOnInterest: boolean };
  /**
   * Add the contract interest on principal not yet due for the days from the last missed due date
   * to the demand (Civil Code Art. 677: interest for the time actually borrowed). Default false.
   */
  accrueToDemand?: boolean;
  /** Day count for turning an annual rate into a daily one. Default DAYS_PER_YEAR (365). */
  daysPerYear?: DayCount;
}

/** Days between the last missed due date and the demand unless given: one month. */
export const DEMAND_DELAY_DAYS = MONTH_DAYS;

/** A schedule row reduced to what acceleration needs. */
export interface DueRow { period: number; paymentFen: number; principalFen: number; chargeFen: number }

/** The penalty on one missed payment. */
export interface MissedPenalty {
  period: number;
  paymentFen: number;
  /** The missed payment's principal and interest or fee (what 'contract-markup' charges on). */
  principalFen: number;
  chargeFen: number;
  daysLate: number;
  /** interestFen + compoundFen. */
  penaltyFen: number;
  /** 'daily-rate': the whole penalty; 'contract-markup': penalty interest on the principal. */
  interestFen: number;
  /** 'contract-markup' with compoundOnInterest: compound interest on the interest or fee; else 0. */
  compoundFen: number;
}

export interface AccelerationResult {
  rows: DueRow[];
  /** All principal not yet repaid: the missed periods' and every later period's. */
  remainingPrincipalFen: number;
  /** Interest or fees of the missed periods, which were already due. */
  remainingChargesFen: number;
  /** Penalty on the missed payments: with 'contract-markup', penaltyInterestFen + compoundInterestFen. */
  penaltyFen: number;
  /** 'contract-markup': penalty interest on the overdue principal. */
  penaltyInterestFen: number;
  /** 'contract-markup' with compoundOnInterest: compound interest on the overdue interest. */
  compoundInterestFen: number;
  /** Contract interest on principal not yet due, up to the demand (accrueToDemand). */
  accruedInterestFen: number;
  /** The contract's annual rate used, percent: a loan's nominal rate, a plan's IRR × 12. */
  contractAnnualPercent: number;
  /** Days late of each missed payment at the demand, oldest first. */
  daysLate: number[];
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
 * Convention: the demand arrives demandDelayDays (30) after the last missed due date, and due
 * dates are MONTH_DAYS (30) apart, so the j-th of m missed payments (oldest first, j from 1) is
 * demandDelayDays + 30 × (m − j) days late. Penalty is simple, rounded half-up per missed payment.
 * Charges (interest or fees) of periods not yet reached are not included: interest is owed for
 * time the money is held (Civil Code Art. 677); accrueToDemand adds the part of it that has run
 * from the last due date to the demand. Contracts differ; some demand every remaining fee.
 *
 * @example
 * // 12,000 元 in 12 periods at 0.6% (1,072 元 a month), 4 paid, 2 missed, 0.05% a day:
 * // principal 8,000 + fees 144 + penalty 1,072 × 0.0005 × (60 + 30) = 48.24 → 8,192.24 元 due.
 * acceleration({ debt: { kind: 'installment', plan: { amountFen: 1_200_000, periods: 12, price: { feePercentPerPeriod: 0.6 } } }, paid: 4, overdue: 2, dailyPercent: 0.05 })
 */
export function acceleration(input: AccelerationInput): AccelerationResult {
  let rows: DueRow[];
  let contractAnnualPercent: number;
  if (input.debt.kind === 'installment') {
    const plan = installmentCost(input.debt.plan);
    rows = plan.rows.map((r) => ({ period: r.period, paymentFen: r.paymentFen, principalFen: r.principalFen, chargeFen: r.feeFen }));
    contractAnnualPercent = plan.annualSimple * 100;
  } else {
    rows = loanSchedule(input.debt.loan).rows.map((r) => ({ period: r.period, paymentFen: r.paymentFen, principalFen: r.principalFen, chargeFen: r.interestFen }));
    contractAnnualPercent = input.debt.loan.nominalAnnualPercent;
  }
  const n = rows.length;
  const delay = input.demandDelayDays ?? DEMAND_DELAY_DAYS;
  const daysPerYear = input.daysPerYear ?? DAYS_PER_YEAR;
  const penalty = input.penalty ?? { kind: 'daily-rate' };
  requireNumber('paid', input.paid, { min: 0, max: n - 1, integer: true, label: '已还期数' });
  requireNumber('overdue', input.overdue, { min: 1, max: n - input.paid, integer: true, label: '逾期期数' });
  requireNumber('daily', input.dailyPercent, { min: 0, max: 1, label: '日罚息率（%）' });
  requireNumber('delay', delay, { min: 0, max: 3650, integer: true, label: '要求还款距最后一次逾期的天数' });
  if (penalty.kind === 'contract-markup') requireNumber('markup', penalty.markupPercent, { min: 0, max: 100, label: '罚息上浮比例（%）' });
  const missed = rows.slice(input.paid, input.paid + input.overdue);
  const rest = rows.slice(input.paid);
  const future = rows.slice(input.paid + input.overdue);
  const remainingPrincipalFen = rest.reduce((a, r) => a + r.principalFen, 0);
  const remainingChargesFen = missed.reduce((a, r) => a + r.chargeFen, 0);
  const m = missed.length;
  const daysLate = missed.map((_, j) => delay + MONTH_DAYS * (m - 1 - j));

  let penaltyInterestFen = 0;
  let compoundInterestFen = 0;
  let penalties: MissedPenalty[];
  if (penalty.kind === 'contract-markup') {
    // 罚息 rate a day: contract annual rate × (1 + markup) ÷ days in the year.
    const p = ((contractAnnualPercent / 100) * (1 + penalty.markupPercent / 100)) / daysPerYear;
    penalties = missed.map((r, j) => {
      const days = daysLate[j] ?? 0;
      const interest = roundHalfUp(r.principalFen * p * days);
      const compound = penalty.compoundOnInterest ? roundHalfUp(r.chargeFen * p * days) : 0;
      penaltyInterestFen += interest;
      compoundInterestFen += compound;
      return { period: r.period, paymentFen: r.paymentFen, principalFen: r.principalFen, chargeFen: r.chargeFen, daysLate: days, penaltyFen: interest + compound, interestFen: interest, compoundFen: compound };
    });
  } else {
    const d = input.dailyPercent / 100;
    penalties = missed.map((r, j) => {
      const days = daysLate[j] ?? 0;
      const fen = roundHalfUp(r.paymentFen * d * days);
      return { period: r.period, paymentFen: r.paymentFen, principalFen: r.principalFen, chargeFen: r.chargeFen, daysLate: days, penaltyFen: fen, interestFen: fen, compoundFen: 0 };
    });
  }
  const penaltyFen = penalties.reduce((a, x) => a + x.penaltyFen, 0);
  const futurePrincipal = future.reduce((a, r) => a + r.principalFen, 0);
  const accruedInterestFen = input.accrueToDemand ? roundHalfUp((futurePrincipal * contractAnnualPercent) / 100 / daysPerYear * delay) : 0;
  const dueNowFen = remainingPrincipalFen + remainingChargesFen + penaltyFen + accruedInterestFen;
  requireRealistic('daily', dueNowFen, MAX_RESULT_FEN);
  return {
    rows,
    remainingPrincipalFen,
    remainingChargesFen,
    penaltyFen,
    penaltyInterestFen,
    compoundInterestFen,
    accruedInterestFen,
    contractAnnualPercent,
    daysLate,
    penalties,
    dueNowFen,
    missedFen: missed.reduce((a, r) => a + r.paymentFen, 0),
    scheduledRestFen: rest.reduce((a, r) => a + r.paymentFen, 0),
  };
}
