import { describe, expect, test } from 'vitest';
import { acceleration } from '~/lib/finance/acceleration';
import { normaliseOffer } from '~/lib/finance/compare';
import { planEarlyRepayment } from '~/lib/finance/early-repayment';
import { minimumPayment } from '~/lib/finance/minimum-payment';
import { overdueCost } from '~/lib/finance/overdue';
import { loanSchedule } from '~/lib/finance/schedule';
import {
  accelerationSentence,
  affordabilitySentence,
  compareSentence,
  earlyRepaymentSentence,
  minimumPaymentSentence,
  overdueNextMonthFen,
  overdueSentence,
  scheduleSentence,
} from '~/lib/judge';
import { plain } from './support';

describe('schedule: what is paid in all and how much is interest', () => {
  test('12,000 元 at 7.2% a year, 等额本息, 12 months (the finance tests\' worked example)', () => {
    // Payment 1,039.43 元 (last period adjusted); interest 473.15 元; 473.15 / 12,473.15 = 3.79%.
    const s = loanSchedule({ principalFen: 1_200_000, nominalAnnualPercent: 7.2, months: 12, method: 'annuity' });
    expect(plain(scheduleSentence({ totalPaidFen: s.totalPaidFen, costFen: s.totalInterestFen }))).toBe(
      '一共要还 12,473.15 元，其中利息 473.15 元，占 3.8%。',
    );
  });

  test.each([
    [{ totalPaidFen: 1_286_400, costFen: 86_400, costLabel: '手续费' as const }, '一共要还 12,864 元，其中手续费 864 元，占 6.7%。'],
    [{ totalPaidFen: 1_200_000, costFen: 0 }, '一共要还 12,000 元，没有利息。'],
  ])('%o', (input, sentence) => expect(plain(scheduleSentence(input))).toBe(sentence));
});

describe('overdue: what a month more costs', () => {
  test('5,000 元, 60 days at 0.05% a day, simple: 150 元 now, 30 days more add 75 元', () => {
    // 5,000 × 0.0005 × 60 = 150; × 90 = 225; 225 − 150 = 75.
    const input = { amountFen: 500_000, days: 60, dailyPercent: 0.05, compound: false };
    const r = overdueCost(input);
    const next = overdueNextMonthFen(input);
    expect(next).toBe(7_500);
    expect(plain(overdueSentence({ days: 60, totalFen: r.totalFen, extraFen: r.penaltyFen + r.chargesFen, nextMonthFen: next }))).toBe(
      '逾期 60 天，一共要还 5,150 元，比原来多 150 元；再晚一个月，要多付约 75 元。',
    );
  });

  test('a one-off charge is counted once, not again for the extra month', () => {
    // 5,000 × 0.0005 × 30 = 75 either way; the 50 元 charge cancels out.
    expect(overdueNextMonthFen({ amountFen: 500_000, days: 60, dailyPercent: 0.05, compound: false, fixedChargeFen: 5_000 })).toBe(7_500);
  });

  test('compounding daily: the next month costs more than the simple 75 元', () => {
    // 1.0005^60 = e^(60 × ln 1.0005) = e^0.0299925 = 1.030447 → 152.23 元;
    // 1.0005^90 = e^0.0449888 = 1.046016 → 230.08 元; 230.08 − 152.23 = 77.85 元.
    expect(overdueNextMonthFen({ amountFen: 500_000, days: 60, dailyPercent: 0.05, compound: true })).toBe(7_785);
  });

  test.each([
    [{ days: 0, totalFen: 500_000, extraFen: 0, nextMonthFen: 7_500 }, '按时还就不用多付；晚还一个月，要多付约 75 元。'],
    [{ days: 10, totalFen: 500_000, extraFen: 0, nextMonthFen: 0 }, '按你填的数字，晚还不会多收钱。'],
  ])('%o', (input, sentence) => expect(plain(overdueSentence(input))).toBe(sentence));
});

describe('minimum payment', () => {
  test('10,000 元 at 0.05% a day, 10% minimum, 100 元 floor: 37 months, 1,478.61 元 of interest', () => {
    // Values from minimumPayment (its month-2 figure, 135 元 interest, is hand-checked in its own test).
    const r = minimumPayment({ balanceFen: 1_000_000, dailyPercent: 0.05, minPercent: 10, floorFen: 10_000 });
    expect(plain(minimumPaymentSentence(r))).toBe('只还最低还款，要 37 个月（约 3.1 年）才能还清，利息一共 1,478.61 元。');
  });

  test('a 1% minimum that does not cover the interest never falls', () => {
    // 10,000 × 0.0005 × 30 = 150 元 interest a month against a 100 元 first payment.
    const r = minimumPayment({ balanceFen: 1_000_000, dailyPercent: 0.05, minPercent: 1, floorFen: 100 });
    expect(r.neverFalls).toBe(true);
    expect(minimumPaymentSentence(r)).toBe('只还最低还款，连每月的利息都盖不住，欠款会越滚越多。');
  });

  test.each([
    [{ months: 8, totalInterestFen: 12_000, neverFalls: false }, '只还最低还款，要 8 个月才能还清，利息一共 120 元。'],
    [{ months: null, totalInterestFen: 0, neverFalls: false }, '只还最低还款，50 年也还不清。'],
  ])('%o', (input, sentence) => expect(plain(minimumPaymentSentence(input))).toBe(sentence));
});

describe('early repayment', () => {
  test('a fee-based plan that still charges every remaining fee saves nothing', () => {
    // 12,000 元, 12 periods at 0.6%, closed after 4: the 576 元 of remaining fees are still charged.
    const r = planEarlyRepayment({ plan: { amountFen: 1_200_000, periods: 12, price: { feePercentPerPeriod: 0.6 } }, paid: 4, remainingFees: 'all' });
    const avoided = r.remainingFeesFen - r.feesChargedFen;
    expect(earlyRepaymentSentence({ netSavingFen: r.netSavingFen, interestSavedFen: avoided, feeCostFen: r.feeCostFen, costLabel: '手续费' })).toBe(
      '现在提前还一分钱也省不下：剩下的利息或手续费照样要付。',
    );
  });

  test.each([
    [{ netSavingFen: 31_650, interestSavedFen: 41_650, feeCostFen: 10_000 }, '现在提前还，少付利息 416.50 元，扣掉 100 元提前还款手续费，净省 316.50 元。'],
    [{ netSavingFen: 41_650, interestSavedFen: 41_650, feeCostFen: 0 }, '现在提前还，少付利息 416.50 元，不收提前还款手续费。'],
    [{ netSavingFen: -5_000, interestSavedFen: 5_000, feeCostFen: 10_000 }, '提前还款的手续费比少付的利息还多，现在提前还反而多花 50 元。'],
    [{ netSavingFen: 0, interestSavedFen: 10_000, feeCostFen: 10_000 }, '少付的利息正好被提前还款的手续费抵掉，现在提前还不省钱。'],
  ])('%o', (input, sentence) => expect(plain(earlyRepaymentSentence(input))).toBe(sentence));
});

describe('acceleration', () => {
  test('12,000 元 in 12 periods at 0.6%, 4 paid, 2 missed: 8,192.24 元 due against 2,144 元 missed', () => {
    // From the acceleration example: 8,000 + 144 + 48.24 = 8,192.24; missed 2 × 1,072 = 2,144; 8,192.24 / 2,144 = 3.82.
    const r = acceleration({ debt: { kind: 'installment', plan: { amountFen: 1_200_000, periods: 12, price: { feePercentPerPeriod: 0.6 } } }, paid: 4, overdue: 2, dailyPercent: 0.05 });
    expect(plain(accelerationSentence(r))).toBe('如果被要求一次还清，要还 8,192.24 元，是漏还的 2,144 元的 3.8 倍。');
  });
});

describe('compare', () => {
  test('the issue\'s example: a 0.6% plan against a 7.2% loan, B costs 390.85 元 less', () => {
    // Plan: 12 × 72 = 864 元 in fees; loan: 473.15 元 interest; 864 − 473.15 = 390.85.
    const a = normaliseOffer({ kind: 'installment', amountFen: 1_200_000, periods: 12, feePercentPerPeriod: 0.6 });
    const b = normaliseOffer({ kind: 'loan', amountFen: 1_200_000, nominalAnnualPercent: 7.2, months: 12, method: 'annuity' });
    expect(plain(compareSentence([{ letter: 'a', normalised: a }, { letter: 'b', normalised: b }]))).toBe('方案B总成本最低，比方案A少付 390.85 元。');
  });

  test('equal cost: the lower effective rate wins, and the sentence says so', () => {
    const a = normaliseOffer({ kind: 'installment', amountFen: 1_200_000, periods: 12, feePercentPerPeriod: 0.6 });
    // One yuan moved from the last payment to the first: the same total, paid sooner, a higher rate.
    const p = a.paymentsFen;
    const sooner = { ...a, paymentsFen: [p[0]! + 100, ...p.slice(1, -1), p.at(-1)! - 100], annualEffective: a.annualEffective + 0.01 };
    expect(compareSentence([{ letter: 'a', normalised: sooner }, { letter: 'b', normalised: a }])).toBe('方案B总成本最低，与方案A总成本一样多，但钱付得晚一些，年化利率更低。');
  });

  test('identical offers are called identical, never “一样多，但年化利率更低”', () => {
    const a = normaliseOffer({ kind: 'installment', amountFen: 1_200_000, periods: 12, feePercentPerPeriod: 0.6 });
    const b = normaliseOffer({ kind: 'installment', amountFen: 1_200_000, periods: 12, feePercentPerPeriod: 0.6 });
    const sentence = compareSentence([{ letter: 'a', normalised: a }, { letter: 'b', normalised: b }]);
    expect(sentence).toBe('方案A和方案B完全一样，每期还款相同，总成本和年化利率都一样，选哪个都一样。');
    expect(sentence).not.toContain('更低');
  });
});

describe('affordability', () => {
  test.each([
    // 8,000 元 income, 1,500 + 1,100 元 payments: 2,600 / 8,000 = 32.5%, 5,400 元 left.
    [{ incomeFen: 800_000, debtsFen: 150_000, paymentFen: 110_000, bandLabel: '需要留意' }, '加上这笔，每月还款占收入的 32.5%，还完每月剩 5,400 元，属于“需要留意”。'],
    [{ incomeFen: 800_000, debtsFen: 0, paymentFen: 110_000 }, '加上这笔，每月还款占收入的 13.8%，还完每月剩 6,900 元。'],
    [{ incomeFen: 500_000, debtsFen: 400_000, paymentFen: 150_000 }, '加上这笔，每月要还的钱比收入还多 500 元。'],
  ])('%o', (input, sentence) => expect(plain(affordabilitySentence(input))).toBe(sentence));
});

test('every sentence keeps its numbers on the same line as 元', () => {
  const s = scheduleSentence({ totalPaidFen: 1_247_315, costFen: 47_315 });
  expect(s).not.toMatch(/\d 元/);
  expect(s).toMatch(/\d\u00A0元/);
});
