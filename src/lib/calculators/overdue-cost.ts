/**
 * 逾期成本: deep-link names amount, days, daily (daily penalty rate %), compound (0 | 1).
 * Results: penalty, total (元).
 */
import { fenToYuan, yuanToFen } from '../finance/money';
import { overdueCost, overdueGrowth, type OverdueResult } from '../finance/overdue';
import { RULES } from '../parse/number';
import { guard, readChoice, readFields } from './fields';
import type { CalculatorLogic } from './types';

export interface OverdueCostDetail extends OverdueResult {
  amountFen: number;
  days: number;
  dailyPercent: number;
  compound: boolean;
  growth: { day: number; totalFen: number }[];
}

export const overdueCostCalc: CalculatorLogic<OverdueCostDetail> = {
  params: ['amount', 'days', 'daily', 'compound'],
  defaults: { amount: '5000', days: '60', daily: '0.05', compound: '0' },
  evaluate(inputs) {
    const { errors, values } = readFields(inputs, {
      amount: { ...RULES.amount, label: '逾期金额' },
      days: { ...RULES.days, label: '逾期天数' },
      daily: { ...RULES.dailyPercent, label: '日罚息率' },
    });
    const compoundChoice = readChoice(inputs, 'compound', ['0', '1'] as const, { '0': '不计复利', '1': '按日计复利' }, errors);
    if (Object.keys(errors).length || !compoundChoice) return { errors, values: null, detail: null };
    const input = { amountFen: yuanToFen(values.amount ?? 0), days: values.days ?? 0, dailyPercent: values.daily ?? 0, compound: compoundChoice === '1' };
    return guard('amount', () => {
      const r = overdueCost(input);
      return {
        errors: {},
        values: { penalty: fenToYuan(r.penaltyFen), total: fenToYuan(r.totalFen) },
        detail: { ...r, ...input, growth: overdueGrowth(input) },
      };
    });
  },
};
