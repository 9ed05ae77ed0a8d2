/**
 * “Is this rate high?” in one plain sentence, against the reference lines. The sentence names
 * the line a rate passes as the line readers know (“很多人听说的36%”), never as a legal verdict:
 * which rule binds depends on who lends (see content/reference-lines.yaml).
 */
import { formatDecimal1, formatPercent, formatPercentShort } from '../format/number';
import { rateBand, type RateBandId } from './bands';
import { lineById, type LineValue } from './lines';

/** How a rate above the bank example compares with it. */
function againstBank(annualPercent: number, bankPercent: number): string {
  const times = annualPercent / bankPercent;
  if (times < 2) return '比银行消费贷贵一些';
  if (times < 5) return `大约是银行消费贷的 ${formatDecimal1(Math.round(times * 10) / 10)} 倍`;
  return `比常见的银行消费贷贵得多（大约是它的 ${Math.round(times)} 倍）`;
}

export interface RateJudgement { band: RateBandId; sentence: string }

/**
 * The band and the sentence for an annual rate, percent a year. Pass the rate the page shows
 * as its headline (IRR × 12, the 单利 figure lenders display under PBOC 2021 No. 3).
 *
 * @example
 * // 12 periods at 3% a period: IRR × 12 = 60.96%
 * rateJudgement(60.96, lines).sentence === '年化 60.96%，高于很多人听说的36%这条线，比常见的银行消费贷贵得多（大约是它的 14 倍）。'
 */
export function rateJudgement(annualPercent: number, lines: readonly LineValue[]): RateJudgement {
  const band = rateBand(annualPercent, lines);
  const r = `年化 ${formatPercent(annualPercent / 100)}`;
  const line = (id: string) => formatPercentShort(lineById(lines, id).percent / 100);
  const bank = lineById(lines, 'bank-consumer-loan').percent;
  const sentences: Record<RateBandId, () => string> = {
    'lpr-or-below': () =>
      annualPercent === 0 ? '按你填的数字，这笔钱不收利息，也不收手续费。' : `${r}，不高于一年期LPR（${line('lpr-1y')}），在借款里算很低的。`,
    'bank-level': () => `${r}，和银行消费贷的利率差不多。`,
    'within-4lpr': () => `${r}，${againstBank(annualPercent, bank)}，但没有超过4倍LPR（${line('lpr-4x')}）。`,
    'above-4lpr': () => `${r}，超过了民间借贷的4倍LPR线（${line('lpr-4x')}），${againstBank(annualPercent, bank)}。`,
    'above-24': () => `${r}，高于很多人听说的${line('rate-24')}这条线，${againstBank(annualPercent, bank)}。`,
    'above-36': () => `${r}，高于很多人听说的${line('rate-36')}这条线，${againstBank(annualPercent, bank)}。`,
  };
  return { band, sentence: sentences[band]() };
}
