/**
 * 负担能力: deep-link names income (monthly take-home, 元), debts (monthly debt payments now,
 * 元, may be 0), payment (the new loan's monthly payment, 元).
 * Results: ratio-before, ratio-after (% of income), left (元 left each month after all payments).
 */
import { affordability, type AffordabilityResult } from '../finance/affordability';
import { fenToYuan, roundHalfUp, yuanToFen } from '../finance/money';
import { RULES } from '../parse/number';
import { guard, plain, readFields } from './fields';
import type { CalculatorLogic } from './types';

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

export const affordabilityCalc: CalculatorLogic<AffordabilityDetail> = {
  params: ['income', 'debts', 'payment'],
  defaults: { income: '8000', debts: '1500', payment: '1100' },
  evaluate(inputs) {
    const { errors, values } = readFields(inputs, {
      income: { ...RULES.amount, label: '每月到手收入', example: '8000 或 8千' },
      debts: { ...RULES.amount, min: 0, label: '现在每月还款', example: '1500，没有就填 0' },
      payment: { ...RULES.amount, label: '新贷款每月还款', example: '1100' },
    });
    if (Object.keys(errors).length) return { errors, values: null, detail: null };
    const incomeFen = yuanToFen(values.income ?? 0);
    const debtsFen = yuanToFen(values.debts ?? 0);
    const paymentFen = yuanToFen(values.payment ?? 0);
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
};
