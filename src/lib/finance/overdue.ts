/**
 * What a late payment costs: a daily penalty rate (罚息 / 违约金 as a daily rate) on the
 * overdue amount, simple or compounding daily, plus optional one-off charges.
 */
import { requireNumber, requireRealistic } from './errors';
import { MAX_FEN, MAX_RESULT_FEN, roundHalfUp } from './money';

export interface OverdueInput {
  /** Overdue amount, 分. */
  amountFen: number;
  /** Days overdue, 0–3650. */
  days: number;
  /** Daily penalty rate in percent (0.05 means 万分之五 a day). */
  dailyPercent: number;
  /** true: the penalty itself earns penalty each day (复利); false: simple. */
  compound: boolean;
  /** A fixed one-off charge, 分. */
  fixedChargeFen?: number;
  /** A one-off charge as % of the overdue amount. */
  chargePercent?: number;
}

export interface OverdueResult {
  penaltyFen: number;
  chargesFen: number;
  totalFen: number;
  /** Equivalent annual rates of the daily rate, fractions, on 365-day and 360-day years. */
  annual365: number;
  annual360: number;
  /** Whether the annual figures are compound ((1+d)^N − 1) or simple (d × N). */
  annualBasis: 'simple' | 'compound';
}

/** Penalty after `days`, 分, before charges. */
export function penaltyFen(amountFen: number, days: number, dailyRate: number, compound: boolean): number {
  return roundHalfUp(compound ? amountFen * Math.expm1(days * Math.log1p(dailyRate)) : amountFen * dailyRate * days);
}

/**
 * Penalty, charges and total owed after a number of days overdue.
 *
 * @example
 * // 5,000 元 overdue 60 days at 0.05% a day, simple: 150 元 penalty, 5,150 元 in all;
 * // the daily rate is 18.25% a year on 365 days (18% on 360).
 * overdueCost({ amountFen: 500_000, days: 60, dailyPercent: 0.05, compound: false }).penaltyFen === 15000
 */
export function overdueCost(input: OverdueInput): OverdueResult {
  const { amountFen, days, dailyPercent, compound } = input;
  const fixed = input.fixedChargeFen ?? 0;
  const pct = input.chargePercent ?? 0;
  requireNumber('amount', amountFen, { min: 1, max: MAX_FEN, integer: true, label: '逾期金额（分）' });
  requireNumber('days', days, { min: 0, max: 3650, integer: true, label: '逾期天数' });
  requireNumber('daily', dailyPercent, { min: 0, max: 1, label: '日罚息率（%）' });
  requireNumber('fixed', fixed, { min: 0, max: MAX_FEN, integer: true, label: '固定费用（分）' });
  requireNumber('charge', pct, { min: 0, max: 100, label: '一次性费用比例（%）' });
  const d = dailyPercent / 100;
  const penalty = penaltyFen(amountFen, days, d, compound);
  // 1% a day compounding for ten years on ten million is 5.9e+22 分: refuse, do not print it.
  requireRealistic('daily', penalty, MAX_RESULT_FEN);
  const chargesFen = fixed + roundHalfUp((amountFen * pct) / 100);
  const annual = (n: number) => (compound ? Math.expm1(n * Math.log1p(d)) : d * n);
  return {
    penaltyFen: penalty,
    chargesFen,
    totalFen: amountFen + penalty + chargesFen,
    annual365: annual(365),
    annual360: annual(360),
    annualBasis: compound ? 'compound' : 'simple',
  };
}

/**
 * The total owed at evenly spaced days from 0 to `days` (for a chart), at most `points` + 1
 * entries, always including the last day.
 */
export function overdueGrowth(input: OverdueInput, points = 30): { day: number; totalFen: number }[] {
  const step = Math.max(1, Math.ceil(input.days / points));
  const out: { day: number; totalFen: number }[] = [];
  for (let day = 0; day <= input.days; day += step) out.push({ day, totalFen: overdueCost({ ...input, days: day }).totalFen });
  if (out.at(-1)?.day !== input.days) out.push({ day: input.days, totalFen: overdueCost(input).totalFen });
  return out;
}
