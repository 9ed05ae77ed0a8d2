/**
 * The letters a plan may point at. The ids and pages (/letters/<id>/) are a shared decision
 * across the site; the titles here are the kind of letter, shown on the plan's link.
 */
export const LETTERS = {
  'debt-details': '要求说明欠款明细和提前到期依据',
  'credit-dispute': '征信异议申请',
  'stop-collection': '要求停止违规催收',
  'repayment-plan': '协商还款或个性化分期申请',
  'not-my-loan': '非本人借款或被盗刷声明',
  'assignment-proof': '要求出示债权转让通知',
  complaint: '投诉书',
} as const;

export type LetterId = keyof typeof LETTERS;
export const LETTER_IDS = Object.keys(LETTERS) as [LetterId, ...LetterId[]];
