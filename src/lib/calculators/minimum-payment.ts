/**
 * 最低还款陷阱: paying only a card's minimum each month, until paid off or never.
 * Results months, total-interest and total-paid are absent when the balance is never paid off.
 */
import { fenToYuan, yuanToFen } from '../finance/money';
import { minimumPayment, STOP_BELOW_FEN, type MinimumPaymentResult } from '../finance/minimum-payment';
import { RULES } from '../parse/number';
import { defineCalculator } from './define';
import { guard, readDefined } from './fields';

/** The warning shown (and announced) when paying the minimum never clears the balance. */
export const NEVER_TEXT = '按最低还款，这笔欠款永远还不清';

/** The first months summarised when a balance is never paid off. */
export const FIRST_YEAR = 12;

export interface MinimumPaymentDetail extends MinimumPaymentResult {
  balanceFen: number;
  dailyPercent: number;
  minPercent: number;
  floorFen: number;
  spendFen: number;
  /** Paid, interest, and the balance left after the first 12 months (or fewer, when paid off sooner). */
  firstYear: { months: number; paidFen: number; interestFen: number; balanceFen: number };
  /** Never paid off: true when the balance ends higher than after the first payment (it grows). */
  grows: boolean;
}

export const minimumPaymentCalc = defineCalculator<MinimumPaymentDetail>({
  id: 'minimum-payment',
  fields: {
    balance: { label: '账单金额', hint: '这期账单要还的金额，例如 10000 或 1万', unit: '元', rule: { ...RULES.amount, label: '账单金额' }, doc: '账单金额（元）', example: '10000' },
    daily: { label: '日利率', hint: '没还清的部分每天按多少计息，例如 0.05 或 万分之五', unit: '%', rule: { ...RULES.dailyPercent, label: '日利率' }, doc: '日利率（%，0.05 即万分之五；不填时默认 0.05）', example: '0.05' },
    min: { label: '最低还款比例', hint: '最低还款额是账单的百分之几，常见是 10，以你的合同为准', unit: '%', rule: { label: '最低还款比例', min: 0.1, max: 100, unit: '%', example: '10' }, doc: '最低还款比例（账单的百分之几，0.1到100；默认 10）', example: '10' },
    floor: { label: '最低还款下限', hint: '最低还款额最少是多少，例如 100；账单更小时就还整个账单', unit: '元', rule: { ...RULES.amount, min: 0, label: '最低还款下限', example: '100' }, doc: '最低还款下限（元，最低还款额最少是多少；默认 100）', example: '100' },
    spend: { label: '每月新增消费', hint: '以后每个月还会新刷多少，不刷就填 0 或留空', unit: '元', rule: { ...RULES.amount, min: 0, label: '每月新增消费', example: '0 或 500', optional: true }, doc: '每月新增消费（元；默认 0）', example: '0' },
  },
  results: {
    months: { label: '多久还清', unit: '个月', doc: '几个月还清（个月）；永远还不清时 data-value 为空，页面显示“按最低还款，这笔欠款永远还不清”' },
    'total-interest': { label: '一共付利息', unit: '元', doc: '一共付的利息（元）；永远还不清时为空' },
    'total-paid': { label: '一共要还', unit: '元', doc: '一共要还的钱（元，包括账单、利息和每月新增消费）；永远还不清时为空' },
  },
  defaults: { balance: '10000', daily: '0.05', min: '10', floor: '100', spend: '0' },
  evaluate(inputs) {
    const { errors, values } = readDefined(inputs, this.fields, ['balance', 'daily', 'min', 'floor', 'spend']);
    if (Object.keys(errors).length) return { errors, values: null, detail: null };
    const input = {
      balanceFen: yuanToFen(values['balance'] ?? 0),
      dailyPercent: values['daily'] ?? 0,
      minPercent: values['min'] ?? 0,
      floorFen: yuanToFen(values['floor'] ?? 0),
      spendFen: yuanToFen(values['spend'] ?? 0),
      // With no floor the minimum shrinks with the bill and a few 分 can stay owed for ever:
      // stop under 1 元 and say so, instead of calling a falling balance 永远还不清.
      stopBelowFen: STOP_BELOW_FEN,
    };
    return guard('balance', () => {
      const r = minimumPayment(input);
      const head = r.path.slice(0, FIRST_YEAR);
      const firstYear = {
        months: head.length,
        paidFen: head.reduce((s, m) => s + m.paymentFen, 0),
        interestFen: head.reduce((s, m) => s + m.interestFen, 0),
        balanceFen: head.at(-1)?.balanceFen ?? 0,
      };
      const grows = r.months === null && (r.path.at(-1)?.balanceFen ?? 0) > (r.path[0]?.balanceFen ?? 0);
      // Never paid off: there is no month count and no total, so those results are left out
      // (the page shows them with an empty data-value and the warning).
      const resultValues: Record<string, number> =
        r.months === null
          ? {}
          : { months: r.months, 'total-interest': fenToYuan(r.totalInterestFen), 'total-paid': fenToYuan(r.totalPaidFen) };
      return { errors: {}, values: resultValues, detail: { ...r, ...input, firstYear, grows } };
    });
  },
  examples: [
    {
      label: '1万元账单、日利率0.05%、每月只还10%（最少100元）：37个月才还清，利息1478.61元',
      query: 'balance=10000&daily=0.05&min=10&floor=100&spend=0',
      expected: { months: 37, 'total-interest': 1478.61 },
      source: '独立的 Python 十进制逐月模拟（每月30天，只对没还的部分计息，每笔四舍五入到分），见 tests/unit/calculators-minimum-payment.test.ts 的说明',
    },
  ],
});
