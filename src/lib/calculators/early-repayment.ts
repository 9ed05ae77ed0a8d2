/**
 * 提前还款: deep-link names. Loans: amount, rate (nominal annual %), months, method, paid,
 * prepay (元; empty = all), fee (early-repayment fee, % of the amount repaid), mode
 * (shorten | reduce). Fee-based installment plans: fee-plan=1 with amount, periods, fee (the
 * per-period fee %, as in installment-apr), paid and remaining-fees (all | none).
 * Results: interest-saved, fee-cost, net-saving, new-payment, new-months (loans);
 * fee-cost (fees still charged), net-saving, pay-now (plans).
 */
import { loanEarlyRepayment, planEarlyRepayment, type LoanEarlyRepaymentResult, type PlanEarlyRepaymentResult } from '../finance/early-repayment';
import { fenToYuan, yuanToFen } from '../finance/money';
import { REPAYMENT_METHODS, type RepaymentMethod } from '../finance/schedule';
import { RULES } from '../parse/number';
import { guard, readChoice, readFields } from './fields';
import { METHOD_LABELS } from './loan-schedule';
import type { CalculatorLogic } from './types';

export const MODE_LABELS = { shorten: '月供不变，缩短期限', reduce: '期限不变，减少月供' } as const;
export const REMAINING_FEE_LABELS = { all: '剩余各期手续费照收', none: '剩余手续费不再收' } as const;

export type EarlyRepaymentDetail =
  | { kind: 'loan'; method: RepaymentMethod; mode: 'shorten' | 'reduce'; paid: number; months: number; result: LoanEarlyRepaymentResult }
  | { kind: 'plan'; remainingFees: 'all' | 'none'; paid: number; periods: number; result: PlanEarlyRepaymentResult };

export const earlyRepaymentCalc: CalculatorLogic<EarlyRepaymentDetail> = {
  params: ['fee-plan', 'amount', 'rate', 'months', 'method', 'periods', 'paid', 'prepay', 'fee', 'mode', 'remaining-fees'],
  defaults: { 'fee-plan': '', amount: '100000', rate: '6', months: '36', method: 'annuity', periods: '', paid: '12', prepay: '', fee: '1', mode: 'shorten', 'remaining-fees': '' },
  evaluate(inputs) {
    const plan = (inputs['fee-plan'] ?? '').trim() === '1';
    if (plan) {
      const { errors, values } = readFields(inputs, {
        amount: { ...RULES.amount, label: '分期金额' },
        periods: { ...RULES.periods, label: '分期期数' },
        fee: { ...RULES.feePercent, label: '每期手续费率' },
        paid: { ...RULES.periods, min: 0, label: '已还期数' },
      });
      const remainingRaw = (inputs['remaining-fees'] ?? '').trim() || 'all';
      const remainingFees = readChoice({ 'remaining-fees': remainingRaw }, 'remaining-fees', ['all', 'none'] as const, REMAINING_FEE_LABELS, errors);
      if (Object.keys(errors).length || !remainingFees) return { errors, values: null, detail: null };
      const periods = values.periods ?? 0;
      const paid = values.paid ?? 0;
      if (paid >= periods) return { errors: { paid: `已还期数要少于分期期数（${periods}期）。` }, values: null, detail: null };
      return guard('amount', () => {
        const r = planEarlyRepayment({ plan: { amountFen: yuanToFen(values.amount ?? 0), periods, price: { feePercentPerPeriod: values.fee ?? 0 } }, paid, remainingFees });
        return {
          errors: {},
          values: { 'fee-cost': fenToYuan(r.feesChargedFen), 'net-saving': fenToYuan(r.netSavingFen), 'pay-now': fenToYuan(r.payNowFen) },
          detail: { kind: 'plan', remainingFees, paid, periods, result: r },
        };
      });
    }
    const { errors, values } = readFields(inputs, {
      amount: { ...RULES.amount, label: '借款金额' },
      rate: { ...RULES.annualPercent, label: '年利率' },
      months: { ...RULES.months, label: '借款期限' },
      paid: { ...RULES.months, min: 0, label: '已还期数' },
      prepay: { ...RULES.amount, label: '提前还款金额', optional: true },
      fee: { ...RULES.feePercent, label: '提前还款手续费率', optional: true },
    });
    const method = readChoice(inputs, 'method', REPAYMENT_METHODS, METHOD_LABELS, errors);
    const mode = readChoice(inputs, 'mode', ['shorten', 'reduce'] as const, MODE_LABELS, errors);
    if (Object.keys(errors).length || !method || !mode) return { errors, values: null, detail: null };
    const months = values.months ?? 0;
    const paid = values.paid ?? 0;
    if (paid >= months) return { errors: { paid: `已还期数要少于借款期限（${months}个月）。` }, values: null, detail: null };
    return guard('amount', () => {
      const r = loanEarlyRepayment({
        loan: { principalFen: yuanToFen(values.amount ?? 0), nominalAnnualPercent: values.rate ?? 0, months, method },
        paid,
        ...(values.prepay !== undefined ? { prepayFen: yuanToFen(values.prepay) } : {}),
        feePercent: values.fee ?? 0,
        mode,
      });
      return {
        errors: {},
        values: {
          'interest-saved': fenToYuan(r.interestSavedFen),
          'fee-cost': fenToYuan(r.feeCostFen),
          'net-saving': fenToYuan(r.netSavingFen),
          'new-payment': fenToYuan(r.newPaymentFen),
          'new-months': r.newMonths,
        },
        detail: { kind: 'loan', method, mode, paid, months, result: r },
      };
    });
  },
};
