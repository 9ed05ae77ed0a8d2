/** 还款计划: a loan's schedule by repayment method, in integer 分. */
import { fenToYuan, yuanToFen } from '../finance/money';
import { loanSchedule as schedule, type RepaymentMethod, type Schedule } from '../finance/schedule';
import { RULES } from '../parse/number';
import { defineCalculator } from './define';
import { guard, readDefined, readDefinedChoice } from './fields';
import { METHOD_DOC, METHOD_LABELS } from './labels';

export interface LoanScheduleDetail extends Schedule {
  method: RepaymentMethod;
  principalFen: number;
  nominalAnnualPercent: number;
  months: number;
}

export const loanScheduleCalc = defineCalculator<LoanScheduleDetail>({
  id: 'loan-schedule',
  fields: {
    amount: { label: '借款金额', hint: '例如 100000 或 10万', unit: '元', rule: { ...RULES.amount, label: '借款金额' }, doc: '借款金额（元）', example: '100000' },
    rate: { label: '年利率', hint: '合同上的年利率（名义年利率），例如 6 表示6%', unit: '%', rule: { ...RULES.annualPercent, label: '年利率' }, doc: '年利率（%，合同上的名义年利率）', example: '6' },
    months: { label: '借款期限', hint: '按月还款，最多360个月', unit: '个月', rule: { ...RULES.months, label: '借款期限' }, doc: '期限（月，1到360）', example: '36' },
    method: { label: '还款方式', unit: '', choices: METHOD_LABELS, doc: `还款方式：${METHOD_DOC}`, example: 'annuity' },
  },
  results: {
    'first-payment': { label: '首期还款', unit: '元', doc: '第一笔还款（元；到期一次还本付息时为到期那一笔）' },
    'last-payment': { label: '最后一期还款', unit: '元', doc: '最后一期还款（元）' },
    'total-interest': { label: '总利息', unit: '元', doc: '总利息（元）' },
    'total-paid': { label: '一共要还', unit: '元', doc: '本金加利息一共要还（元）' },
  },
  defaults: { amount: '100000', rate: '6', months: '36', method: 'annuity' },
  evaluate(inputs) {
    const { errors, values } = readDefined(inputs, this.fields, ['amount', 'rate', 'months']);
    const method = readDefinedChoice<RepaymentMethod>(inputs, 'method', this.fields['method']!, errors);
    if (Object.keys(errors).length || !method) return { errors, values: null, detail: null };
    const principalFen = yuanToFen(values['amount'] ?? 0);
    const nominalAnnualPercent = values['rate'] ?? 0;
    const months = values['months'] ?? 0;
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
  examples: [
    {
      label: '30万元、年利率3.85%、30年等额本息：每月1406.42元',
      query: 'amount=300000&rate=3.85&months=360&method=annuity',
      expected: { 'first-payment': 1406.42 },
      source: '等额本息公式 P·i/(1−(1+i)^−n)，i = 3.85% ÷ 12，四舍五入到分；与 content/reference/examples.yaml 的房贷示例一致',
    },
    {
      query: 'amount=120000&rate=6&months=12&method=equal-principal',
      expected: { 'first-payment': 10600, 'total-interest': 3900 },
      source: '等额本金的闭式解（手算）：每月本金 10000，首月利息 120000 × 0.5% = 600；利息合计 10000 × 0.5% × (12 + 11 + … + 1) = 3900 元',
    },
    {
      query: 'amount=100000&rate=6&months=36&method=annuity',
      expected: { 'first-payment': 3042.19 },
      source: '等额本息公式，i = 0.5%，n = 36：100000 × 0.005 ÷ (1 − 1.005^−36) = 3042.19 元（手算，四舍五入到分）',
    },
  ],
});
