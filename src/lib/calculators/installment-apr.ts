/**
 * 分期真实年化利率: the real annual rate of an installment plan priced by a per-period fee
 * (or by its payment), with any fee taken up front.
 */
import { installmentCost, type InstallmentPrice, type InstallmentResult } from '../finance/installment';
import { fenToYuan, yuanToFen } from '../finance/money';
import { RULES } from '../parse/number';
import { defineCalculator } from './define';
import { guard, plain, readDefined } from './fields';

export interface InstallmentAprDetail extends Omit<InstallmentResult, 'upfrontFeeFen'> {
  upfrontFen: number;
}

export const installmentApr = defineCalculator<InstallmentAprDetail>({
  id: 'installment-apr',
  fields: {
    amount: { label: '合同金额', hint: '合同上写的借款或分期金额，例如 12000 或 1.2万', unit: '元', rule: { ...RULES.amount, label: '合同金额' }, doc: '合同金额（元）', example: '12000' },
    periods: { label: '分期期数', hint: '分几期还，每期一个月', unit: '期', rule: { ...RULES.periods, label: '分期期数' }, doc: '分期期数（每期一个月）', example: '12' },
    fee: { label: '每期手续费率', hint: '按原始本金收取的每期费率，例如 0.6 表示每期0.6%', unit: '%', rule: { ...RULES.feePercent, label: '每期手续费率' }, doc: '每期手续费率（%，按原始本金收取）；与 payment 二选一', example: '0.6' },
    payment: { label: '每期还款额', hint: '账单上每期要还的金额', unit: '元', rule: { ...RULES.amount, label: '每期还款额' }, doc: '每期还款额（元）；与 fee 二选一', example: '1072' },
    upfront: { label: '一开始就扣掉的费用（可不填）', hint: '放款时直接扣掉的服务费等，你实际到手的钱会少这么多', unit: '元', rule: { ...RULES.amount, min: 0, label: '前置扣费', optional: true }, doc: '放款时先扣掉的费用（元，可省略）', example: '1000' },
  },
  results: {
    apr: { label: '年化利率（单利）', unit: '%', doc: '年化利率（单利口径，每月内部收益率×12，%）' },
    ear: { label: '年化利率（复利）', unit: '%', doc: '年化利率（复利口径，(1+月内部收益率)^12−1，%）' },
    'total-fee': { label: '总费用', unit: '元', doc: '总费用（元，含先扣的费用）' },
    payment: { label: '每期还款', unit: '元', doc: '第一期还款额（元）' },
  },
  defaults: { amount: '12000', periods: '12', fee: '0.6', payment: '', upfront: '' },
  exclusive: [['fee', 'payment']],
  evaluate(inputs) {
    const usePayment = (inputs['fee'] ?? '').trim() === '' && (inputs['payment'] ?? '').trim() !== '';
    const { errors, values } = readDefined(inputs, this.fields, ['amount', 'periods', usePayment ? 'payment' : 'fee', 'upfront']);
    if (Object.keys(errors).length) return { errors, values: null, detail: null };
    const amountFen = yuanToFen(values['amount'] ?? 0);
    const upfrontFen = yuanToFen(values['upfront'] ?? 0);
    if (upfrontFen >= amountFen) return { errors: { upfront: '前置扣费必须小于合同金额。' }, values: null, detail: null };
    const price: InstallmentPrice = usePayment ? { paymentFen: yuanToFen(values['payment'] ?? 0) } : { feePercentPerPeriod: values['fee'] ?? 0 };
    return guard(usePayment ? 'payment' : 'fee', () => {
      const r = installmentCost({ amountFen, periods: values['periods'] ?? 0, price, upfrontFeeFen: upfrontFen });
      const { upfrontFeeFen, ...rest } = r;
      return {
        errors: {},
        values: {
          apr: plain(r.annualSimple * 100),
          ear: plain(r.annualEffective * 100),
          'total-fee': fenToYuan(r.totalFeeFen),
          payment: fenToYuan(r.rows[0]?.paymentFen ?? 0),
        },
        detail: { ...rest, upfrontFen: upfrontFeeFen },
      };
    });
  },
  examples: [
    {
      label: '1.2万元分12期、每期手续费0.6%：年化约13.03%（单利）',
      query: 'amount=12000&periods=12&fee=0.6',
      expected: { apr: 13.03, ear: 13.84, 'total-fee': 864, payment: 1072 },
      source: '年化：事实资料 10.3 的独立算例（每期0.6%、12期，IRR×12 约13.03%，非官方发布）；手续费 12000 × 0.6% × 12 = 864 元，每期 1000 + 72 = 1072 元（手算）',
    },
    {
      query: 'amount=100000&periods=12&payment=8833.3&upfront=1000',
      expected: { apr: 12.8, ear: 13.58 },
      source: '人民银行2021年第3号公告附件的示例：借10万元、先扣1000元、每期还8833.3元，单利年化12.80%，复利13.58%',
    },
    {
      query: 'amount=12000&periods=12&fee=0.75',
      expected: { apr: 16.22 },
      source: '事实资料 10.3 的独立算例：每期0.75%、12期，IRR×12 约16.22%',
    },
    {
      query: 'amount=12000&periods=24&fee=0.6',
      expected: { apr: 13.27, ear: 14.1, 'total-fee': 1728, payment: 572 },
      source: '教案“分期的真实成本”练习2；手续费 12000 × 0.6% × 24 = 1728 元，每期 500 + 72 = 572 元（手算）；年化由 40 位小数的独立 IRR 核对（tests/unit/support/decimal-irr.ts）',
    },
    {
      query: 'amount=20000&periods=12&payment=1750&upfront=600',
      expected: { apr: 14.89, ear: 15.95, 'total-fee': 1600 },
      source: '教案“分期的真实成本”练习4；总费用 1750 × 12 − 20000 + 600 = 1600 元（手算）；年化由独立 IRR 核对',
    },
    {
      query: 'amount=30000&periods=12&fee=0.5&upfront=2400',
      expected: { apr: 26.99, ear: 30.6, 'total-fee': 4200 },
      source: '教案“识别催收骗局”练习；总费用 30000 × 0.5% × 12 + 2400 = 4200 元（手算）；年化由独立 IRR 核对',
    },
  ],
});
