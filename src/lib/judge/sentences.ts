/**
 * One plain sentence per calculator that answers the reader's question, as a pure function of
 * the numbers the calculator already computes (integer 分, counts, percent). The calculator puts
 * it first in its results with `data-judgement`.
 */
import { rankOffers, type NormalisedOffer } from '../finance/compare';
import { formatDecimal1, formatPercent, formatYuanInSentence as yuan } from '../format/number';
import { overdueCost, type OverdueInput } from '../finance/overdue';

/** Days the overdue sentence treats as “a month more” (the site's 30-day month, as elsewhere). */
export const MONTH_DAYS = 30;

/**
 * A repayment schedule or installment plan: what is paid in all, and how much of it is the cost.
 *
 * @example
 * // 12,000 元 at 7.2% a year, 等额本息, 12 months: 12,473.15 元 in all, 473.15 元 interest.
 * scheduleSentence({ totalPaidFen: 1_247_315, costFen: 47_315 }) === '一共要还 12,473.15 元，其中利息 473.15 元，占 3.8%。'
 */
export function scheduleSentence(input: { totalPaidFen: number; costFen: number; costLabel?: '利息' | '手续费' | '利息和费用' }): string {
  const { totalPaidFen, costFen } = input;
  const label = input.costLabel ?? '利息';
  if (costFen === 0) return `一共要还 ${yuan(totalPaidFen)}，没有${label}。`;
  return `一共要还 ${yuan(totalPaidFen)}，其中${label} ${yuan(costFen)}，占 ${formatPercent(costFen / totalPaidFen, 1)}。`;
}

/**
 * What 30 more days overdue add, 分: the total after days + 30 minus the total after days
 * (one-off charges are counted once, so they cancel).
 *
 * @example overdueNextMonthFen({ amountFen: 500_000, days: 60, dailyPercent: 0.05, compound: false }) === 7_500
 */
export function overdueNextMonthFen(input: OverdueInput): number {
  return overdueCost({ ...input, days: input.days + MONTH_DAYS }).totalFen - overdueCost(input).totalFen;
}

/**
 * Overdue cost: what is owed now, and what a month more costs. `totalFen` is everything owed
 * (overdueCost().totalFen), `extraFen` what lateness added to it (penalty + charges).
 *
 * @example
 * // 5,000 元, 60 days at 0.05% a day: 150 元 penalty → 5,150 元; 30 more days add 75 元.
 * overdueSentence({ days: 60, totalFen: 515_000, extraFen: 15_000, nextMonthFen: 7_500 })
 *   === '逾期 60 天，一共要还 5,150 元，比原来多 150 元；再晚一个月，要多付约 75 元。'
 */
export function overdueSentence(input: { days: number; totalFen: number; extraFen: number; nextMonthFen: number }): string {
  const { days, totalFen, extraFen, nextMonthFen } = input;
  if (extraFen === 0 && nextMonthFen === 0) return '按你填的数字，晚还不会多收钱。';
  const more = `再晚一个月，要多付约 ${yuan(nextMonthFen)}。`;
  if (days === 0) return `按时还就不用多付；晚还一个月，要多付约 ${yuan(nextMonthFen)}。`;
  return `逾期 ${days} 天，一共要还 ${yuan(totalFen)}，比原来多 ${yuan(extraFen)}；${more}`;
}

/**
 * The minimum-payment trap: how long the bill takes to clear and what the interest adds up to.
 *
 * @example minimumPaymentSentence({ months: 40, totalInterestFen: 215_000, neverFalls: false })
 *   === '只还最低还款，要 40 个月（约 3.3 年）才能还清，利息一共 2,150 元。'
 */
export function minimumPaymentSentence(input: { months: number | null; totalInterestFen: number; neverFalls: boolean }): string {
  const { months, totalInterestFen, neverFalls } = input;
  if (neverFalls) return '只还最低还款，连每月的利息都盖不住，欠款会越滚越多。';
  if (months === null) return '只还最低还款，50 年也还不清。';
  const span = months >= 12 ? `${months} 个月（约 ${formatDecimal1(Math.round((months / 12) * 10) / 10)} 年）` : `${months} 个月`;
  return `只还最低还款，要 ${span}才能还清，利息一共 ${yuan(totalInterestFen)}。`;
}

/**
 * Early repayment: whether paying early saves money once the fee is taken off. For a fee-based
 * plan pass costLabel '手续费' and the fees avoided as interestSavedFen.
 *
 * @example earlyRepaymentSentence({ netSavingFen: 31_650, interestSavedFen: 41_650, feeCostFen: 10_000 })
 *   === '现在提前还，少付利息 416.50 元，扣掉 100 元提前还款手续费，净省 316.50 元。'
 */
export function earlyRepaymentSentence(input: { netSavingFen: number; interestSavedFen: number; feeCostFen: number; costLabel?: '利息' | '手续费' }): string {
  const { netSavingFen, interestSavedFen, feeCostFen } = input;
  const label = input.costLabel ?? '利息';
  if (interestSavedFen === 0 && feeCostFen === 0) return '现在提前还一分钱也省不下：剩下的利息或手续费照样要付。';
  if (netSavingFen < 0) return `提前还款的手续费比少付的${label}还多，现在提前还反而多花 ${yuan(-netSavingFen)}。`;
  if (netSavingFen === 0) return `少付的${label}正好被提前还款的手续费抵掉，现在提前还不省钱。`;
  if (feeCostFen === 0) return `现在提前还，少付${label} ${yuan(interestSavedFen)}，不收提前还款手续费。`;
  return `现在提前还，少付${label} ${yuan(interestSavedFen)}，扣掉 ${yuan(feeCostFen)}提前还款手续费，净省 ${yuan(netSavingFen)}。`;
}

/**
 * Acceleration (提前到期): what is due at once, against what was actually missed.
 *
 * @example
 * // 12,000 元 in 12 periods at 0.6%, 4 paid, 2 missed (2 × 1,072 元), 8,192.24 元 due now.
 * accelerationSentence({ dueNowFen: 819_224, missedFen: 214_400 })
 *   === '如果被要求一次还清，要还 8,192.24 元，是漏还的 2,144 元的 3.8 倍。'
 */
export function accelerationSentence(input: { dueNowFen: number; missedFen: number }): string {
  const { dueNowFen, missedFen } = input;
  const head = `如果被要求一次还清，要还 ${yuan(dueNowFen)}`;
  if (missedFen === 0) return `${head}。`;
  return `${head}，是漏还的 ${yuan(missedFen)}的 ${formatDecimal1(Math.round((dueNowFen / missedFen) * 10) / 10)} 倍。`;
}

/**
 * Compare: the cheapest offer and how it stands against each other one (rankOffers: lowest
 * total cost, then lower effective rate). Offers with the same payments are called the same,
 * never “一样多，但年化利率更低”.
 *
 * @example compareVerdict([{ letter: 'a', normalised: a }, { letter: 'b', normalised: b }])
 *   → { best: 'b', identical: false, headline: '方案B总成本最低', notes: '比方案A少付 390.85 元' }
 */
export function compareVerdict(offers: readonly { letter: string; normalised: NormalisedOffer }[]): { best: string; identical: boolean; headline: string; notes: string } {
  const ranking = rankOffers(offers.map((o) => o.normalised));
  const best = offers[ranking.best];
  if (!best) throw new RangeError('compareVerdict needs at least one offer');
  const name = (letter: string) => `方案${letter.toUpperCase()}`;
  if (offers.length > 1 && ranking.identical) {
    return { best: best.letter, identical: true, headline: `${offers.map((o) => name(o.letter)).join('和')}完全一样`, notes: '每期还款相同，总成本和年化利率都一样，选哪个都一样' };
  }
  const notes = offers
    .map((o, i) => ({ o, relation: ranking.relations[i] }))
    .filter(({ relation }) => relation !== 'same')
    .map(({ o, relation }) => {
      if (relation === 'identical') return `与${name(o.letter)}完全相同`;
      if (relation === 'same-cost-same-rate') return `与${name(o.letter)}总成本和年化利率都一样`;
      if (relation === 'same-cost-lower-rate') return `与${name(o.letter)}总成本一样多，但钱付得晚一些，年化利率更低`;
      return `比${name(o.letter)}少付 ${yuan(o.normalised.totalCostFen - best.normalised.totalCostFen)}`;
    });
  return { best: best.letter, identical: false, headline: `${name(best.letter)}总成本最低`, notes: notes.join('；') };
}

/** The verdict as one sentence, for data-judgement. @example '方案B总成本最低，比方案A少付 390.85 元。' */
export function compareSentence(offers: readonly { letter: string; normalised: NormalisedOffer }[]): string {
  const v = compareVerdict(offers);
  return `${v.headline}${v.notes ? `，${v.notes}` : ''}。`;
}

/**
 * Affordability: the share of income all debt payments take after the new loan, and what is
 * left. `bandLabel` is the calculator's own band name (较宽裕 …), added when given.
 *
 * @example affordabilitySentence({ incomeFen: 800_000, debtsFen: 150_000, paymentFen: 110_000, bandLabel: '需要留意' })
 *   === '加上这笔，每月还款占收入的 32.5%，还完每月剩 5,400 元，属于“需要留意”。'
 */
export function affordabilitySentence(input: { incomeFen: number; debtsFen: number; paymentFen: number; bandLabel?: string }): string {
  const { incomeFen, debtsFen, paymentFen, bandLabel } = input;
  if (!(incomeFen > 0)) throw new RangeError('affordabilitySentence needs a positive income');
  const paymentsFen = debtsFen + paymentFen;
  const band = bandLabel ? `，属于“${bandLabel}”` : '';
  const left = incomeFen - paymentsFen;
  if (left < 0) return `加上这笔，每月要还的钱比收入还多 ${yuan(-left)}${band}。`;
  return `加上这笔，每月还款占收入的 ${formatDecimal1(Math.round((paymentsFen / incomeFen) * 1000) / 10)}%，还完每月剩 ${yuan(left)}${band}。`;
}
