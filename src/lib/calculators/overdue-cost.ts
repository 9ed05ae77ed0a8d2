/** 逾期成本: the penalty on an overdue amount, simple or compounded daily. */
import { fenToYuan, yuanToFen } from '../finance/money';
import { overdueCost, overdueGrowth, type OverdueResult } from '../finance/overdue';
import { RULES } from '../parse/number';
import { defineCalculator } from './define';
import { guard, readDefined, readDefinedChoice } from './fields';

export interface OverdueCostDetail extends OverdueResult {
  amountFen: number;
  days: number;
  dailyPercent: number;
  compound: boolean;
  /** For the chart: the total owed and what lateness added (penalty and charges) so far, by day. */
  growth: { day: number; totalFen: number; extraFen: number }[];
}

export const overdueCostCalc = defineCalculator<OverdueCostDetail>({
  id: 'overdue-cost',
  fields: {
    amount: { label: '逾期金额', hint: '逾期未还的金额，例如 5000', unit: '元', rule: { ...RULES.amount, label: '逾期金额' }, doc: '逾期金额（元）', example: '5000' },
    days: { label: '逾期天数', hint: '从应还款日第二天算起', unit: '天', rule: { ...RULES.days, label: '逾期天数' }, doc: '逾期天数（0到3650）', example: '60' },
    daily: { label: '日罚息率', hint: '合同写的日罚息率或日利率，例如 0.05 或 万分之五', unit: '%', rule: { ...RULES.dailyPercent, label: '日罚息率' }, doc: '日罚息率（%，0.05 即万分之五）', example: '0.05' },
    compound: { label: '计息方式', unit: '', choices: { '0': '只按本金计（单利）', '1': '罚息也计息（按日复利）' }, doc: '0 表示只按逾期金额计（单利），1 表示罚息也计息（按日复利）', example: '0' },
  },
  results: {
    penalty: { label: '罚息', unit: '元', doc: '罚息（元）' },
    total: { label: '逾期金额加罚息', unit: '元', doc: '逾期金额加罚息（元）' },
  },
  defaults: { amount: '5000', days: '60', daily: '0.05', compound: '0' },
  evaluate(inputs) {
    const { errors, values } = readDefined(inputs, this.fields, ['amount', 'days', 'daily']);
    // Messages name the two ways in the words the docs use.
    const compoundChoice = readDefinedChoice(inputs, 'compound', { ...this.fields['compound']!, choices: { '0': '不计复利', '1': '按日计复利' } }, errors);
    if (Object.keys(errors).length || !compoundChoice) return { errors, values: null, detail: null };
    const input = { amountFen: yuanToFen(values['amount'] ?? 0), days: values['days'] ?? 0, dailyPercent: values['daily'] ?? 0, compound: compoundChoice === '1' };
    return guard('amount', () => {
      const r = overdueCost(input);
      return {
        errors: {},
        values: { penalty: fenToYuan(r.penaltyFen), total: fenToYuan(r.totalFen) },
        detail: { ...r, ...input, growth: overdueGrowth(input).map((p) => ({ ...p, extraFen: p.totalFen - input.amountFen })) },
      };
    });
  },
  examples: [
    { label: '5000元逾期60天、日罚息率0.05%：罚息150元', query: 'amount=5000&days=60&daily=0.05&compound=0', expected: { penalty: 150, total: 5150 }, source: '手算：5000 × 0.05% × 60 = 150 元' },
    { query: 'amount=5000&days=60&daily=万分之五&compound=1', expected: { penalty: 152.23, total: 5152.23 }, source: '十进制手算：5000 × (1.0005^60 − 1) = 152.23 元（四舍五入到分）' },
    { query: 'amount=3000&days=10&daily=0.05&compound=0', expected: { penalty: 15, total: 3015 }, source: '教案“逾期之后”练习1，手算：3000 × 0.05% × 10 = 15 元' },
    { query: 'amount=3000&days=90&daily=0.05&compound=0', expected: { penalty: 135, total: 3135 }, source: '教案“逾期之后”练习2，手算：3000 × 0.05% × 90 = 135 元' },
  ],
});
