/**
 * The site's day and month counts, and the rate conversions that follow from them, declared once
 * so the parser, the finance modules and /methodology/ say the same thing.
 *
 * - 年 ↔ 月: × 12 / ÷ 12, nominal (单利), the way PBOC 2021 No. 3 annualises a monthly IRR and
 *   the way loan contracts state 月利率 = 年利率 ÷ 12.
 * - 日 ↔ 年: × DAYS_PER_YEAR / ÷ DAYS_PER_YEAR. The site states 365 (0.05% a day = 18.25% a year,
 *   the figure quoted for the old credit-card cap: shared facts 5.3); /methodology/ also shows the
 *   360-day figure some banks use, so the choice is an option wherever a conversion happens.
 * - 日 ↔ 月: through the year (× 365 ÷ 12), never by an assumed 30-day month.
 * - A month is 30 days only where a schedule must place days between due dates (minimum payment,
 *   acceleration); that is MONTH_DAYS, stated in each method's docs.
 */

export type DayCount = 360 | 365;

/** Days in the year used to turn a daily rate into an annual one and back. */
export const DAYS_PER_YEAR: DayCount = 365;

/** Days between two monthly due dates where a method needs a day count. */
export const MONTH_DAYS = 30;

/** A rate's basis: per year, per month, per day. */
export type RateBasis = 'annual' | 'monthly' | 'daily';

/** How many of one basis make a year. */
export function perYear(basis: RateBasis, daysPerYear: DayCount = DAYS_PER_YEAR): number {
  return basis === 'annual' ? 1 : basis === 'monthly' ? 12 : daysPerYear;
}

/**
 * A simple rate in percent on one basis, on another: 月息 0.6 → 年 7.2; 日 0.05 → 年 18.25.
 * Binary noise is cut at 12 significant digits (0.6 × 12 = 7.2, not 7.199999999999999).
 *
 * @example convertRate(0.6, 'monthly', 'annual') === 7.2; convertRate(0.05, 'daily', 'annual') === 18.25
 */
export function convertRate(percent: number, from: RateBasis, to: RateBasis, daysPerYear: DayCount = DAYS_PER_YEAR): number {
  if (from === to) return percent;
  return Number(((percent * perYear(from, daysPerYear)) / perYear(to, daysPerYear)).toPrecision(12));
}
