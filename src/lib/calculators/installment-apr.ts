/**
 * 分期真实年化利率: deep-link names amount, periods, fee | payment, upfront.
 * Results: apr (simple annual %), ear (effective annual %), total-fee (元), payment (元).
 */
import { installmentCost, type InstallmentPrice, type InstallmentResult } from '../finance/installment';
import { fenToYuan, yuanToFen } from '../finance/money';
import { RULES } from '../parse/number';
import { guard, plain, readFields } from './fields';
import type { CalculatorLogic } from './types';

export interface InstallmentAprDetail extends Omit<InstallmentResult, 'upfrontFeeFen'> {
  upfrontFen: number;
}

export const installmentApr: CalculatorLogic<InstallmentAprDetail> = {
  params: ['amount', 'periods', 'fee', 'payment', 'upfront'],
  defaults: { amount: '12000', periods: '12', fee: '0.6', payment: '', upfront: '' },
  exclusive: [['fee', 'payment']],
  evaluate(inputs) {
    const usePayment = (inputs['fee'] ?? '').trim() === '' && (inputs['payment'] ?? '').trim() !== '';
    const { errors, values } = readFields(inputs, {
      amount: { ...RULES.amount, label: '合同金额' },
      periods: { ...RULES.periods, label: '分期期数' },
      ...(usePayment ? { payment: { ...RULES.amount, label: '每期还款额' } } : { fee: { ...RULES.feePercent, label: '每期手续费率' } }),
      upfront: { ...RULES.amount, min: 0, label: '前置扣费', optional: true },
    } as Record<string, import('./fields').FieldSpec>);
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
};
