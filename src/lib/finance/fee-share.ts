/**
 * Why a per-period fee costs more than it sounds: each period's fee as a share of the principal
 * still owed before that payment, beside a loan at the same nominal rate, which charges that
 * rate on what is still owed and so stays level.
 */
import type { InstallmentRow } from './installment';

export interface FeeSharePoint {
  period: number;
  /** Principal still owed before this period's payment, 分. */
  owedFen: number;
  feeFen: number;
  /** feeFen ÷ owedFen, a fraction. */
  feeShare: number;
  /** The same-nominal-rate loan's interest ÷ balance: the nominal rate per period, a fraction. */
  loanRate: number;
}

/**
 * The plan's nominal rate per period: the stated fee rate when there is one (0.6% a period is
 * 7.2% a year, "nominal"), otherwise the average fee per period over the original principal.
 */
export function nominalRatePerPeriod(rows: readonly InstallmentRow[], amountFen: number, naiveAnnual: number | null): number {
  if (naiveAnnual !== null) return naiveAnnual / 12;
  if (rows.length === 0) return 0;
  return rows.reduce((a, r) => a + r.feeFen, 0) / rows.length / amountFen;
}

/**
 * One point per period.
 *
 * @example
 * // 12,000 元 over 12 periods at 0.6%: period 1 is 72 ÷ 12,000 = 0.6%, period 12 is
 * // 72 ÷ 1,000 = 7.2%; the loan at 7.2% a year nominal charges 0.6% a month on the balance.
 */
export function feeShareSeries(rows: readonly InstallmentRow[], amountFen: number, naiveAnnual: number | null): FeeSharePoint[] {
  const loanRate = nominalRatePerPeriod(rows, amountFen, naiveAnnual);
  return rows.map((r) => {
    const owedFen = r.outstandingFen + r.principalFen;
    return { period: r.period, owedFen, feeFen: r.feeFen, feeShare: owedFen > 0 ? r.feeFen / owedFen : 0, loanRate };
  });
}
