/** Labels of closed sets shared by several calculators. */
import type { RepaymentMethod } from '../finance/schedule';

export const METHOD_LABELS: Record<RepaymentMethod, string> = {
  annuity: '等额本息',
  'equal-principal': '等额本金',
  'interest-only': '先息后本',
  bullet: '到期一次还本付息',
};

/** The docs' wording of the method parameter's values. */
export const METHOD_DOC = 'annuity 等额本息、equal-principal 等额本金、interest-only 先息后本、bullet 到期一次还本付息';

/** The lock parameter every calculator page reads (not a calculator input). */
export const LOCK_PARAM = { name: 'lock', doc: '设为 1 时输入只读（课堂演示），读者可以点“解锁”', example: '1' } as const;

/** Payments already made: a whole number below the longest term. */
export const PAID_RULE = { label: '已还期数', min: 0, max: 359, integer: true, unit: '期' } as const;
