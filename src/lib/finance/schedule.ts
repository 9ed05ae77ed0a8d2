/**
 * Repayment schedules for a loan at a nominal annual rate, paid monthly: 等额本息 (annuity),
 * 等额本金 (equal principal), 先息后本 (interest only, principal at the end) and
 * 到期一次还本付息 (bullet: principal and simple interest together at the end).
 */
import { requireNumber } from './errors';
import { MAX_FEN, roundHalfUp, splitEvenly } from './money';

export const REPAYMENT_METHODS = ['annuity', 'equal-principal', 'interest-only', 'bullet'] as const;
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

export interface LoanInput {
  /** Principal, 分. */
  principalFen: number;
  /** Nominal annual rate in percent (3.85 means 3.85% a year); the monthly rate is this / 12. */
  nominalAnnualPercent: number;
  /** Term in months, 1–360. */
  months: number;
  method: RepaymentMethod;
}

export interface ScheduleRow {
  period: number;
  paymentFen: number;
  principalFen: number;
  interestFen: number;
  /** Principal still owed after this payment. */
  balanceFen: number;
}

export interface Schedule {
  rows: ScheduleRow[];
  totalPaidFen: number;
  totalInterestFen: number;
  totalPrincipalFen: number;
}

/**
 * The level monthly payment of an annuity loan, 分, rounded half-up:
 * P · r / (1 − (1 + r)^−n), or P / n at a zero rate.
 *
 * @param principalFen 分; @param ratePerMonth fraction (0.0385 / 12); @param months n
 * @example annuityPaymentFen(30_000_000, 0.0385 / 12, 360) === 140642 // 1,406.42 元
 */
export function annuityPaymentFen(principalFen: number, ratePerMonth: number, months: number): number {
  if (ratePerMonth === 0) return roundHalfUp(principalFen / months);
  return roundHalfUp((principalFen * ratePerMonth) / -Math.expm1(-months * Math.log1p(ratePerMonth)));
}

/** Sum rows into totals. */
export function totals(rows: readonly ScheduleRow[]): Schedule {
  let totalPaidFen = 0;
  let totalInterestFen = 0;
  let totalPrincipalFen = 0;
  for (const r of rows) {
    totalPaidFen += r.paymentFen;
    totalInterestFen += r.interestFen;
    totalPrincipalFen += r.principalFen;
  }
  return { rows: [...rows], totalPaidFen, totalInterestFen, totalPrincipalFen };
}

/**
 * A month-by-month schedule. Each month's interest is the balance × monthly rate, rounded
 * half-up to the 分; the last payment clears whatever principal is left, so principal parts
 * sum exactly to the loan. Bullet loans accrue simple interest: P × annual rate × months / 12.
 *
 * @example
 * // 300,000 元 at 3.85% over 30 years, 等额本息: 1,406.42 元 a month (last differs by a few 分).
 * loanSchedule({ principalFen: 30_000_000, nominalAnnualPercent: 3.85, months: 360, method: 'annuity' }).rows[0].paymentFen === 140642
 */
export function loanSchedule(input: LoanInput): Schedule {
  const { principalFen, nominalAnnualPercent, months, method } = input;
  requireNumber('amount', principalFen, { min: 1, max: MAX_FEN, integer: true, label: '借款金额（分）' });
  requireNumber('rate', nominalAnnualPercent, { min: 0, max: 100, label: '年利率（%）' });
  requireNumber('months', months, { min: 1, max: 360, integer: true, label: '期限（月）' });
  const r = nominalAnnualPercent / 100 / 12;
  const rows: ScheduleRow[] = [];
  let balance = principalFen;

  if (method === 'bullet') {
    for (let k = 1; k < months; k++) rows.push({ period: k, paymentFen: 0, principalFen: 0, interestFen: 0, balanceFen: balance });
    const interest = roundHalfUp(principalFen * r * months);
    rows.push({ period: months, paymentFen: principalFen + interest, principalFen, interestFen: interest, balanceFen: 0 });
    return totals(rows);
  }

  const equalParts = method === 'equal-principal' ? splitEvenly(principalFen, months) : null;
  const level = method === 'annuity' ? annuityPaymentFen(principalFen, r, months) : 0;
  for (let k = 1; k <= months; k++) {
    const interest = roundHalfUp(balance * r);
    let principal: number;
    if (k === months) principal = balance;
    else if (method === 'annuity') principal = Math.min(balance, Math.max(0, level - interest));
    else if (method === 'equal-principal') principal = Math.min(balance, equalParts?.[k - 1] ?? 0);
    else principal = 0; // interest-only
    balance -= principal;
    rows.push({ period: k, paymentFen: principal + interest, principalFen: principal, interestFen: interest, balanceFen: balance });
  }
  return totals(rows);
}
