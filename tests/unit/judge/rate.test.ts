import { describe, expect, test } from 'vitest';
import { normaliseOffer } from '~/lib/finance/compare';
import { rateBand, rateJudgement } from '~/lib/judge';
import { lines, plain } from './support';

const installment = (feePercentPerPeriod: number) =>
  normaliseOffer({ kind: 'installment', amountFen: 1_200_000, periods: 12, feePercentPerPeriod });

describe('installment-apr at 0.3% and at 3% a period × 12 land in different bands', () => {
  // 12,000 元 over 12 periods; principal 1,000 元 a period, fee on the original principal.
  // 0.3%: fee 36 元, payment 1,036 元. Solve 12,000 = 1,036 × (1 − (1+r)^−12) / r:
  //   the annuity factor must be 12,000 / 1,036 = 11.5830; r = 0.54835% a month gives
  //   ln(1.0054835) × 12 = 0.065622, 1 − e^−0.065622 = 0.063515, / 0.0054835 = 11.5830. ✓
  //   IRR × 12 = 6.58%. (The shortcut 24nf/(n+1) = 24 × 12 × 0.003 / 13 = 6.65% overstates it.)
  // 3%: fee 360 元, payment 1,360 元, factor 12,000 / 1,360 = 8.8235; r = 5.0797% a month gives
  //   ln(1.050797) × 12 = 0.594578, 1 − e^−0.594578 = 0.44822, / 0.050797 = 8.8238. ✓
  //   IRR × 12 = 60.96% (shortcut: 66.5%). (1 + r)^12 − 1 = 81.23%.
  test.each([
    [0.3, 6.58, 'within-4lpr', '年化 6.58%，比银行消费贷贵一些，但没有超过4倍LPR（12%）。'],
    [3, 60.96, 'above-36', '年化 60.96%，高于很多人听说的36%这条线，比常见的银行消费贷贵得多（大约是它的 14 倍）。'],
  ])('%s%% a period → %s%% a year, %s', (fee, apr, band, sentence) => {
    const offer = installment(fee);
    expect(offer.annualSimple * 100).toBeCloseTo(apr, 2);
    const j = rateJudgement(offer.annualSimple * 100, lines);
    expect(j.band).toBe(band);
    expect(plain(j.sentence)).toBe(sentence);
  });

  test('the cheap and the expensive plan differ in band and in sentence', () => {
    const cheap = rateJudgement(installment(0.3).annualSimple * 100, lines);
    const dear = rateJudgement(installment(3).annualSimple * 100, lines);
    expect(cheap.band).not.toBe(dear.band);
    expect(cheap.sentence).not.toBe(dear.sentence);
  });
});

describe('band edges: a rate exactly on a line is not above it', () => {
  // Lines: LPR 3, bank example 4.35, 4 × LPR 12, 24, 36 (content/reference-lines.yaml).
  test.each([
    [0, 'lpr-or-below', '按你填的数字，这笔钱不收利息，也不收手续费。'],
    [3, 'lpr-or-below', '年化 3.00%，不高于一年期LPR（3%），在借款里算很低的。'],
    [3.01, 'bank-level', '年化 3.01%，和银行消费贷的利率差不多。'],
    [4.35, 'bank-level', '年化 4.35%，和银行消费贷的利率差不多。'],
    [4.36, 'within-4lpr', '年化 4.36%，比银行消费贷贵一些，但没有超过4倍LPR（12%）。'],
    // 12 / 4.35 = 2.76 → 2.8 倍
    [12, 'within-4lpr', '年化 12.00%，大约是银行消费贷的 2.8 倍，但没有超过4倍LPR（12%）。'],
    [12.004, 'within-4lpr', '年化 12.00%，大约是银行消费贷的 2.8 倍，但没有超过4倍LPR（12%）。'],
    [12.01, 'above-4lpr', '年化 12.01%，超过了民间借贷的4倍LPR线（12%），大约是银行消费贷的 2.8 倍。'],
    // 24 / 4.35 = 5.52 → 6 倍
    [24, 'above-4lpr', '年化 24.00%，超过了民间借贷的4倍LPR线（12%），比常见的银行消费贷贵得多（大约是它的 6 倍）。'],
    [24.01, 'above-24', '年化 24.01%，高于很多人听说的24%这条线，比常见的银行消费贷贵得多（大约是它的 6 倍）。'],
    // 36 / 4.35 = 8.28 → 8 倍
    [36, 'above-24', '年化 36.00%，高于很多人听说的24%这条线，比常见的银行消费贷贵得多（大约是它的 8 倍）。'],
    [36.01, 'above-36', '年化 36.01%，高于很多人听说的36%这条线，比常见的银行消费贷贵得多（大约是它的 8 倍）。'],
    // The example: 41.70 / 4.35 = 9.59 → 10 倍
    [41.7, 'above-36', '年化 41.70%，高于很多人听说的36%这条线，比常见的银行消费贷贵得多（大约是它的 10 倍）。'],
  ])('%s%% → %s', (rate, band, sentence) => {
    expect(rateBand(rate, lines)).toBe(band);
    const j = rateJudgement(rate, lines);
    expect(j.band).toBe(band);
    expect(plain(j.sentence)).toBe(sentence);
  });

  test('no sentence calls a rate illegal or unlawful', () => {
    for (const rate of [0, 3, 5, 12.5, 30, 41.7, 200]) expect(rateJudgement(rate, lines).sentence).not.toMatch(/违法|非法|犯罪|无效/);
  });

  test('a negative or non-finite rate is refused', () => {
    expect(() => rateBand(-1, lines)).toThrow(RangeError);
    expect(() => rateBand(Number.NaN, lines)).toThrow(RangeError);
  });

  test('the lines move the bands: with LPR 4.25 (2019), 4 × LPR is 17% and 13% is within it', () => {
    const old = lines.map((l) => (l.id === 'lpr-1y' ? { ...l, percent: 4.25 } : l.id === 'lpr-4x' ? { ...l, percent: 17 } : l));
    expect(rateBand(13, lines)).toBe('above-4lpr');
    expect(rateBand(13, old)).toBe('within-4lpr');
  });
});
