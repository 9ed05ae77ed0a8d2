/** 负担能力: monthly debt payments against take-home income, before and after a new loan. */
import { affordability, type AffordabilityResult } from '../finance/affordability';
import { fenToYuan, roundHalfUp, yuanToFen } from '../finance/money';
import { RULES } from '../parse/number';
import { defineCalculator } from './define';
import { guard, plain, readDefined } from './fields';

/**
 * The site's own rule-of-thumb bands for the ratio after the new loan. They are plain
 * guidance, not law: there is no legal debt-to-income cap for consumer loans.
 */
export type Band = 'comfortable' | 'watch' | 'strained';

export const BAND_LABELS: Record<Band, string> = {
  comfortable: '较宽裕',
  watch: '需要留意',
  strained: '压力较大',
};

/** Band edges in percent: below 30 comfortable, 30 to 50 (inclusive) watch, above 50 strained. */
export const BAND_EDGES = { watchFrom: 30, strainedAbove: 50 } as const;

/**
 * The band for monthly payments against income, compared in integer 分 so an exact 30% or
 * 50% never falls on the wrong side through binary rounding.
 *
 * @example bandFor(260_000, 800_000) === 'watch' // 32.5%
 */
export function bandFor(paymentsFen: number, incomeFen: number): Band {
  if (paymentsFen * 100 < incomeFen * BAND_EDGES.watchFrom) return 'comfortable';
  if (paymentsFen * 100 <= incomeFen * BAND_EDGES.strainedAbove) return 'watch';
  return 'strained';
}

/** The mortgage reference point (银监发〔2004〕57号 第三十七条): all monthly debt ≤ 55% of income. */
export const MORTGAGE_ALL_DEBT_PERCENT = 55;

/** The stress test the guides suggest: income 20% lower, payments unchanged. */
export const STRESS_INCOME_FACTOR = 0.8;

export interface AffordabilityDetail extends AffordabilityResult {
  incomeFen: number;
  debtsFen: number;
  paymentFen: number;
  /** Existing plus new monthly payments, 分. */
  afterFen: number;
  band: Band;
  /** Ratio after the new loan if income fell by a fifth (a fraction). */
  stressRatio: number;
  stressIncomeFen: number;
}

export const affordabilityCalc = defineCalculator<AffordabilityDetail>({
  id: 'affordability',
  fields: {
    income: { label: '每月到手收入', hint: '扣掉社保、个税后，每月实际拿到的钱，例如 8000', unit: '元', rule: { ...RULES.amount, label: '每月到手收入', example: '8000 或 8千' }, doc: '每月到手收入（元，扣掉社保和个税后）', example: '8000' },
    debts: { label: '现在每月还款', hint: '房贷、车贷、信用卡分期、各种借款，每月加起来要还多少；没有就填 0', unit: '元', rule: { ...RULES.amount, min: 0, label: '现在每月还款', example: '1500，没有就填 0' }, doc: '现在每月还款合计（元，房贷、车贷、分期、各种借款；没有填 0）', example: '1500' },
    payment: { label: '新贷款每月还款', hint: '打算借的这笔，每月要还多少（看借款页面或合同）', unit: '元', rule: { ...RULES.amount, label: '新贷款每月还款', example: '1100' }, doc: '新贷款每月还款（元）', example: '1100' },
  },
  results: {
    'ratio-before': { label: '借之前：还款占收入', unit: '%', doc: '借之前，每月还款占收入的比例（%）' },
    'ratio-after': { label: '借之后：还款占收入', unit: '%', doc: '借之后，每月还款（含新贷款）占收入的比例（%）' },
    left: { label: '每月还款后剩下', unit: '元', doc: '每月收入减去全部还款后剩下的钱（元；还款比收入多时为负数）' },
  },
  defaults: { income: '8000', debts: '1500', payment: '1100' },
  evaluate(inputs) {
    const { errors, values } = readDefined(inputs, this.fields, ['income', 'debts', 'payment']);
    if (Object.keys(errors).length) return { errors, values: null, detail: null };
    const incomeFen = yuanToFen(values['income'] ?? 0);
    const debtsFen = yuanToFen(values['debts'] ?? 0);
    const paymentFen = yuanToFen(values['payment'] ?? 0);
    return guard('income', () => {
      const r = affordability({ incomeFen, debtsFen, paymentFen });
      const afterFen = debtsFen + paymentFen;
      const stressIncomeFen = roundHalfUp(incomeFen * STRESS_INCOME_FACTOR);
      return {
        errors: {},
        values: {
          'ratio-before': plain(r.ratioBefore * 100),
          'ratio-after': plain(r.ratioAfter * 100),
          left: fenToYuan(r.leftAfterFen),
        },
        detail: {
          ...r,
          incomeFen,
          debtsFen,
          paymentFen,
          afterFen,
          band: bandFor(afterFen, incomeFen),
          stressRatio: r.ratioAfter / STRESS_INCOME_FACTOR,
          stressIncomeFen,
        },
      };
    });
  },
  examples: [
    {
      label: '月收入8000元、已有月还款1500元、新增月供1100元：借之前18.75%，借之后32.5%，每月剩5400元',
      query: 'income=8000&debts=1500&payment=1100',
      expected: { 'ratio-before': 18.75, 'ratio-after': 32.5, left: 5400 },
      source: '手算：1500 ÷ 8000 = 18.75%；(1500 + 1100) ÷ 8000 = 32.5%；8000 − 2600 = 5400 元',
    },
    {
      query: 'income=10000&debts=0&payment=2500',
      expected: { 'ratio-before': 0, 'ratio-after': 25, left: 7500 },
      source: '手算：2500 ÷ 10000 = 25%；10000 − 2500 = 7500 元',
    },
  ],
});
