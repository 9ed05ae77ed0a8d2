/**
 * 还款计划: deep-link names amount, rate (nominal annual %), months, method.
 * Results: first-payment, last-payment, total-interest, total-paid (元).
 */
import { fenToYuan, yuanToFen } from '../finance/money';
import { loanSchedule as schedule, REPAYMENT_METHODS, type RepaymentMethod, type Schedule } from '../finance/schedule';
import { RULES } from '../parse/number';
import { guard, readChoice, readFields } from './fields';
import type { CalculatorLogic } from './types';

export const METHOD_LABELS: Record<RepaymentMethod, string> = {
  annuity: '等额本息',
  'equal-principal': '等额本金',
  'interest-only': '先息后本',
  bullet: '到期一次还本付息',
};

export interface LoanScheduleDetail extends Schedule {
  method: RepaymentMethod;
  principalFen: number;
  nominalAnnualPercent: number;
  months: number;
}

export const loanScheduleCalc: CalculatorLogic<LoanScheduleDetail> = {
  params: ['amount', 'rate', 'months', 'method'],
  defaults: { amount: '100000', rate: '6', months: '36', method: 'annuity' },
  evaluate(inputs) {
    const { errors, values } = readFields(inputs, {
      amount: { ...RULES.amount, label: '借款金额' },
      rate: { ...RULES.annualPercent, label: '年利率' },
      months: { ...RULES.months, label: '借款期限' },
    });
    const method = readChoice(inputs, 'method', REPAYMENT_METHODS, METHOD_LABELS, errors);
    if (Object.keys(errors).length || !method) return { errors, values: null, detail: null };
    const principalFen = yuanToFen(values.amount ?? 0);
    const nominalAnnualPercent = values.rate ?? 0;
    const months = values.months ?? 0;
    return guard('amount', () => {
      const s = schedule({ principalFen, nominalAnnualPercent, months, method });
      const paying = s.rows.filter((r) => r.paymentFen > 0);
      return {
        errors: {},
        values: {
          'first-payment': fenToYuan(paying[0]?.paymentFen ?? 0),
          'last-payment': fenToYuan(s.rows.at(-1)?.paymentFen ?? 0),
          'total-interest': fenToYuan(s.totalInterestFen),
          'total-paid': fenToYuan(s.totalPaidFen),
        },
        detail: { ...s, method, principalFen, nominalAnnualPercent, months },
      };
    });
  },
};
