/**
 * Repaying early: what is saved, what the fee takes back. For loans (interest on the balance)
 * and for fee-based installment plans (where many contracts still charge the remaining fees).
 */
import { FinanceError, requireNumber } from './errors';
import { MAX_FEN, roundHalfUp } from './money';
import { annuityPaymentFen, loanSchedule, totals, type LoanInput, type ScheduleRow } from './schedule';
import { installmentCost, type InstallmentInput } from './installment';

export interface LoanEarlyRepaymentInput {
  loan: LoanInput;
  /** Payments already made, 0 to months − 1. */
  paid: number;
  /** Amount repaid early, 分; undefined (or at least the balance) repays everything. */
  prepayFen?: number;
  /** Early-repayment fee, % of the amount repaid. */
  feePercent?: number;
  /** A fixed early-repayment fee, 分. */
  fixedFeeFen?: number;
  /** After a partial repayment: keep the payment and shorten the term, or keep the term and lower the payment. */
  mode: 'shorten' | 'reduce';
}

export interface LoanEarlyRepaymentResult {
  /** Principal owed just before the early repayment. */
  balanceFen: number;
  /** What is actually repaid early (capped at the balance). */
  prepayFen: number;
  /** Interest the original schedule still had to charge. */
  remainingInterestFen: number;
  /** Interest after the early repayment (0 when all is repaid), including accruedNowFen. */
  newInterestFen: number;
  /** Interest due with the early repayment itself (bullet loans: the interest accrued on the repaid part). */
  accruedNowFen: number;
  interestSavedFen: number;
  feeCostFen: number;
  netSavingFen: number;
  /** First payment of the new schedule (0 when all is repaid). */
  newPaymentFen: number;
  /** Months left after the early repayment (0 when all is repaid). */
  newMonths: number;
  /** The rest of the original schedule, and the new one, for a side-by-side table. */
  originalRest: ScheduleRow[];
  newRest: ScheduleRow[];
}

/** Schedule that keeps a level payment on `balanceFen` until it is cleared (shorter term). */
function keepPayment(balanceFen: number, ratePerMonth: number, paymentFen: number, maxMonths: number, perPeriodPrincipal?: number): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  let balance = balanceFen;
  for (let k = 1; balance > 0 && k <= maxMonths; k++) {
    const interest = roundHalfUp(balance * ratePerMonth);
    let principal = perPeriodPrincipal ?? Math.max(0, paymentFen - interest);
    if (principal === 0) throw new FinanceError('never-repaid', '每期还款不够付利息，缩短期限无法计算。');
    if (k === maxMonths || principal >= balance) principal = balance;
    balance -= principal;
    rows.push({ period: k, paymentFen: principal + interest, principalFen: principal, interestFen: interest, balanceFen: balance });
  }
  return rows;
}

/**
 * Interest saved by repaying a loan early, net of the fee.
 *
 * Convention: the early repayment happens on a payment date, right after payment `paid`, so no
 * part-month interest arises; bullet loans pay the interest accrued on the repaid part to that
 * date. Interest-only and bullet loans keep their end date (mode has no effect for them).
 *
 * @example
 * // 100,000 元 at 6% over 36 months, 等额本息, all repaid after 12 payments with a 1% fee:
 * // balance 68,677.92 元 (ahead of payment 13), interest saved = the schedule's remaining interest.
 * loanEarlyRepayment({ loan: { principalFen: 10_000_000, nominalAnnualPercent: 6, months: 36, method: 'annuity' }, paid: 12, feePercent: 1, mode: 'shorten' })
 */
export function loanEarlyRepayment(input: LoanEarlyRepaymentInput): LoanEarlyRepaymentResult {
  const { loan, paid, mode } = input;
  const original = loanSchedule(loan);
  requireNumber('paid', paid, { min: 0, max: loan.months - 1, integer: true, label: '已还期数' });
  const feePercent = input.feePercent ?? 0;
  const fixedFee = input.fixedFeeFen ?? 0;
  requireNumber('fee', feePercent, { min: 0, max: 100, label: '提前还款手续费（%）' });
  requireNumber('fixedFee', fixedFee, { min: 0, max: MAX_FEN, integer: true, label: '固定手续费（分）' });
  const r = loan.nominalAnnualPercent / 100 / 12;
  const balanceFen = paid === 0 ? loan.principalFen : (original.rows[paid - 1]?.balanceFen ?? 0);
  if (input.prepayFen !== undefined) requireNumber('prepay', input.prepayFen, { min: 1, max: MAX_FEN, integer: true, label: '提前还款金额（分）' });
  const prepayFen = Math.min(input.prepayFen ?? balanceFen, balanceFen);
  const originalRest = original.rows.slice(paid);
  const remainingInterestFen = originalRest.reduce((a, x) => a + x.interestFen, 0);
  const monthsLeft = loan.months - paid;
  const newBalance = balanceFen - prepayFen;

  let newRest: ScheduleRow[] = [];
  let accruedNow = 0;
  if (loan.method === 'bullet') {
    // Interest on the repaid part is due now for the months it was held.
    accruedNow = roundHalfUp(prepayFen * r * paid);
    if (newBalance > 0) {
      const interest = roundHalfUp(newBalance * r * loan.months);
      newRest = originalRest.map((row, i) =>
        i === originalRest.length - 1
          ? { ...row, paymentFen: newBalance + interest, principalFen: newBalance, interestFen: interest, balanceFen: 0 }
          : { ...row, balanceFen: newBalance },
      );
    }
  } else if (newBalance > 0) {
    if (loan.method === 'interest-only' || mode === 'reduce') {
      newRest = loanSchedule({ ...loan, principalFen: newBalance, months: monthsLeft }).rows;
    } else if (loan.method === 'annuity') {
      const level = annuityPaymentFen(loan.principalFen, r, loan.months);
      newRest = keepPayment(newBalance, r, level, monthsLeft);
    } else {
      const part = original.rows[0]?.principalFen ?? 1;
      newRest = keepPayment(newBalance, r, 0, monthsLeft, Math.max(1, part));
    }
  }
  const newInterestFen = newRest.reduce((a, x) => a + x.interestFen, 0) + accruedNow;
  const interestSavedFen = remainingInterestFen - newInterestFen;
  const feeCostFen = fixedFee + roundHalfUp((prepayFen * feePercent) / 100);
  return {
    balanceFen,
    prepayFen,
    remainingInterestFen,
    newInterestFen,
    accruedNowFen: accruedNow,
    interestSavedFen,
    feeCostFen,
    netSavingFen: interestSavedFen - feeCostFen,
    newPaymentFen: newRest.find((x) => x.paymentFen > 0)?.paymentFen ?? 0,
    newMonths: newRest.length,
    originalRest,
    newRest: totals(newRest).rows,
  };
}

export interface PlanEarlyRepaymentInput {
  plan: InstallmentInput;
  /** Payments already made, 0 to periods − 1. */
  paid: number;
  /** Whether the contract still charges every remaining period's fee on early repayment. */
  remainingFees: 'all' | 'none';
  /** Early-repayment fee, % of the principal repaid. */
  feePercent?: number;
}

export interface PlanEarlyRepaymentResult {
  remainingPrincipalFen: number;
  /** Fees the remaining periods carry on the original plan. */
  remainingFeesFen: number;
  /** Fees still charged on early repayment (all of them, or none). */
  feesChargedFen: number;
  feeCostFen: number;
  /** Paid now to close the plan. */
  payNowFen: number;
  /** Fees avoided, net of the early-repayment fee (0 or less when every fee is still charged). */
  netSavingFen: number;
}

/**
 * Closing a fee-based installment plan early, after `paid` periods.
 *
 * @example
 * // 12,000 元, 12 periods at 0.6%, closed after 4: 8,000 元 principal left, 8 × 72 = 576 元 of fees;
 * // with remainingFees 'all' you pay 8,576 元 now and save nothing.
 * planEarlyRepayment({ plan: { amountFen: 1_200_000, periods: 12, price: { feePercentPerPeriod: 0.6 } }, paid: 4, remainingFees: 'all' })
 */
export function planEarlyRepayment(input: PlanEarlyRepaymentInput): PlanEarlyRepaymentResult {
  const plan = installmentCost(input.plan);
  requireNumber('paid', input.paid, { min: 0, max: plan.periods - 1, integer: true, label: '已还期数' });
  const feePercent = input.feePercent ?? 0;
  requireNumber('fee', feePercent, { min: 0, max: 100, label: '提前还款手续费（%）' });
  const rest = plan.rows.slice(input.paid);
  const remainingPrincipalFen = rest.reduce((a, x) => a + x.principalFen, 0);
  const remainingFeesFen = rest.reduce((a, x) => a + x.feeFen, 0);
  const feesChargedFen = input.remainingFees === 'all' ? remainingFeesFen : 0;
  const feeCostFen = roundHalfUp((remainingPrincipalFen * feePercent) / 100);
  return {
    remainingPrincipalFen,
    remainingFeesFen,
    feesChargedFen,
    feeCostFen,
    payNowFen: remainingPrincipalFen + feesChargedFen + feeCostFen,
    netSavingFen: remainingFeesFen - feesChargedFen - feeCostFen,
  };
}
