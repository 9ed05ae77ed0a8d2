/**
 * 最低还款陷阱: deep-link names balance (元), daily (daily rate %), min (minimum payment, % of
 * the bill), floor (smallest payment, 元), spend (new spending a month, 元).
 * Results: months (months until paid off; absent when never), total-interest, total-paid (元).
 */
import { fenToYuan, yuanToFen } from '../finance/money';
import { minimumPayment, type MinimumPaymentResult } from '../finance/minimum-payment';
import { RULES } from '../parse/number';
import { guard, readFields } from './fields';
import type { CalculatorLogic } from './types';

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

export const minimumPaymentCalc: CalculatorLogic<MinimumPaymentDetail> = {
  params: ['balance', 'daily', 'min', 'floor', 'spend'],
  defaults: { balance: '10000', daily: '0.05', min: '10', floor: '100', spend: '0' },
  evaluate(inputs) {
    const { errors, values } = readFields(inputs, {
      balance: { ...RULES.amount, label: '账单金额' },
      daily: { ...RULES.dailyPercent, label: '日利率' },
      min: { label: '最低还款比例', min: 0.1, max: 100, unit: '%', example: '10' },
      floor: { ...RULES.amount, min: 0, label: '最低还款下限', example: '100' },
      spend: { ...RULES.amount, min: 0, label: '每月新增消费', example: '0 或 500', optional: true },
    });
    if (Object.keys(errors).length) return { errors, values: null, detail: null };
    const input = {
      balanceFen: yuanToFen(values.balance ?? 0),
      dailyPercent: values.daily ?? 0,
      minPercent: values.min ?? 0,
      floorFen: yuanToFen(values.floor ?? 0),
      spendFen: yuanToFen(values.spend ?? 0),
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
};
