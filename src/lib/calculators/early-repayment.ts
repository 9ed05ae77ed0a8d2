/**
 * 提前还款: deep-link names.
 *
 * Loans: amount, rate (nominal annual %), months, method (annuity | equal-principal |
 * interest-only | bullet), paid (payments made), prepay (元; empty = repay all), fee (early-repayment
 * fee, % of the amount repaid), mode (shorten | reduce).
 * Fee-based installment plans: fee-plan=1 with amount, periods, fee (the per-period fee %, as in
 * installment-apr), paid and remaining-fees (all | none; empty reads as all). No early-repayment
 * fee is asked in a plan (0).
 *
 * Results: interest-saved, fee-cost, net-saving, new-payment, new-months (loans); net-saving,
 * fee-cost (fees still charged) and pay-now (plans). Money in 元, months as a count.
 *
 * The conventions (repayment right after a payment date, no part-month interest; interest-only
 * and bullet loans keep their end date) are the finance library's: src/lib/finance/early-repayment.ts.
 */
import { loanEarlyRepayment, planEarlyRepayment, type LoanEarlyRepaymentResult, type PlanEarlyRepaymentResult } from '../finance/early-repayment';
import { installmentCost } from '../finance/installment';
import { fenToYuan, yuanToFen } from '../finance/money';
import { REPAYMENT_METHODS, type RepaymentMethod } from '../finance/schedule';
import { RULES } from '../parse/number';
import { guard, readChoice, readFields } from './fields';
import { METHOD_LABELS } from './loan-schedule';
import type { CalculatorLogic, RawInputs } from './types';

export type Kind = 'loan' | 'plan';
export type Mode = 'shorten' | 'reduce';
export type RemainingFees = 'all' | 'none';

export const KIND_LABELS: Record<Kind, string> = { loan: '贷款（按年利率计息）', plan: '分期（每期收手续费）' };
export const MODE_LABELS: Record<Mode, string> = { shorten: '月供不变，缩短期限', reduce: '期限不变，减少月供' };
export const REMAINING_FEE_LABELS: Record<RemainingFees, string> = { all: '剩余各期手续费照收', none: '剩余手续费不再收' };

/** Parameters that belong to one kind only; the island clears the other kind's from the link. */
export const KIND_PARAMS: Record<Kind, readonly string[]> = {
  loan: ['rate', 'months', 'method', 'prepay', 'fee', 'mode'],
  plan: ['periods', 'fee', 'remaining-fees'],
};

/** What a form switched to a kind starts from when the reader has not filled it before. */
export const KIND_DEFAULTS: Record<Kind, RawInputs> = {
  loan: { rate: '6', months: '36', method: 'annuity', prepay: '', fee: '1', mode: 'shorten' },
  plan: { periods: '12', fee: '0.6', 'remaining-fees': 'all' },
};

/** Loan or plan: fee-plan=1 is a plan; empty or 0 is a loan; anything else is an error (read as a loan). */
export function kindOf(inputs: RawInputs): Kind {
  return (inputs['fee-plan'] ?? '').trim() === '1' ? 'plan' : 'loan';
}

/**
 * One line of the side-by-side table: "now" (period 0: the early repayment and its fee) and
 * then each remaining period, the original schedule beside the one after repaying early.
 * `charge` is interest for a loan, the period's fee for a plan.
 */
export interface CompareRow {
  period: number;
  oldPaymentFen: number;
  oldChargeFen: number;
  newPaymentFen: number;
  newChargeFen: number;
}

/** Before and after: the charges (interest or fees) and the early-repayment fee. */
export interface CostBar {
  label: string;
  chargeFen: number;
  feeFen: number;
}

export type EarlyRepaymentDetail =
  | {
      kind: 'loan';
      method: RepaymentMethod;
      mode: Mode;
      paid: number;
      months: number;
      feePercent: number;
      /** The amount asked for was more than the balance, so everything is repaid. */
      capped: boolean;
      /** Interest due with the early repayment itself (bullet loans: the interest accrued on the repaid part). */
      accruedNowFen: number;
      result: LoanEarlyRepaymentResult;
      rows: CompareRow[];
      bars: CostBar[];
    }
  | {
      kind: 'plan';
      remainingFees: RemainingFees;
      paid: number;
      periods: number;
      feePercentPerPeriod: number;
      /** The fee each period carries on the original plan. */
      periodFeeFen: number;
      result: PlanEarlyRepaymentResult;
      rows: CompareRow[];
      bars: CostBar[];
    };

const paidSpec = { label: '已还期数', min: 0, max: 359, integer: true, unit: '期', example: '12' } as const;

function evaluatePlan(inputs: RawInputs, errors: Record<string, string>) {
  const { errors: fieldErrors, values } = readFields(inputs, {
    amount: { ...RULES.amount, label: '分期金额' },
    periods: { ...RULES.periods, label: '分期期数' },
    fee: { ...RULES.feePercent, label: '每期手续费率' },
    paid: paidSpec,
  });
  Object.assign(errors, fieldErrors);
  const remainingRaw = (inputs['remaining-fees'] ?? '').trim() || 'all';
  const remainingFees = readChoice({ 'remaining-fees': remainingRaw }, 'remaining-fees', ['all', 'none'] as const, REMAINING_FEE_LABELS, errors);
  const periods = values.periods;
  const paid = values.paid;
  if (periods !== undefined && paid !== undefined && paid >= periods) errors['paid'] = `已还期数要少于分期期数（${periods}期）。`;
  if (Object.keys(errors).length || !remainingFees || periods === undefined || paid === undefined) return { errors, values: null, detail: null };
  const feePercentPerPeriod = values.fee ?? 0;
  return guard<EarlyRepaymentDetail>('amount', () => {
    const plan = { amountFen: yuanToFen(values.amount ?? 0), periods, price: { feePercentPerPeriod } };
    const r = planEarlyRepayment({ plan, paid, remainingFees });
    const rest = installmentCost(plan).rows.slice(paid);
    const rows: CompareRow[] = [
      { period: 0, oldPaymentFen: 0, oldChargeFen: 0, newPaymentFen: r.payNowFen, newChargeFen: r.feesChargedFen + r.feeCostFen },
      ...rest.map((row) => ({ period: row.period, oldPaymentFen: row.paymentFen, oldChargeFen: row.feeFen, newPaymentFen: 0, newChargeFen: 0 })),
    ];
    return {
      errors: {},
      values: { 'net-saving': fenToYuan(r.netSavingFen), 'fee-cost': fenToYuan(r.feesChargedFen), 'pay-now': fenToYuan(r.payNowFen) },
      detail: {
        kind: 'plan',
        remainingFees,
        paid,
        periods,
        feePercentPerPeriod,
        periodFeeFen: rest[0]?.feeFen ?? 0,
        result: r,
        rows,
        bars: [
          { label: '按原计划还完', chargeFen: r.remainingFeesFen, feeFen: 0 },
          { label: '现在提前还清', chargeFen: r.feesChargedFen, feeFen: r.feeCostFen },
        ],
      },
    };
  });
}

function evaluateLoan(inputs: RawInputs, errors: Record<string, string>) {
  const { errors: fieldErrors, values } = readFields(inputs, {
    amount: { ...RULES.amount, label: '借款金额' },
    rate: { ...RULES.annualPercent, label: '年利率' },
    months: { ...RULES.months, label: '借款期限' },
    paid: paidSpec,
    prepay: { ...RULES.amount, label: '提前还款金额', optional: true },
    fee: { ...RULES.feePercent, label: '提前还款手续费率', optional: true },
  });
  Object.assign(errors, fieldErrors);
  const method = readChoice(inputs, 'method', REPAYMENT_METHODS, METHOD_LABELS, errors);
  // An empty mode reads as 月供不变 (it only matters for a partial repayment).
  const mode = readChoice({ mode: (inputs['mode'] ?? '').trim() || 'shorten' }, 'mode', ['shorten', 'reduce'] as const, MODE_LABELS, errors);
  const months = values.months;
  const paid = values.paid;
  if (months !== undefined && paid !== undefined && paid >= months) errors['paid'] = `已还期数要少于借款期限（${months}个月）。`;
  if (Object.keys(errors).length || !method || !mode || months === undefined || paid === undefined) return { errors, values: null, detail: null };
  const feePercent = values.fee ?? 0;
  return guard<EarlyRepaymentDetail>('amount', () => {
    const prepayFen = values.prepay === undefined ? undefined : yuanToFen(values.prepay);
    const r = loanEarlyRepayment({
      loan: { principalFen: yuanToFen(values.amount ?? 0), nominalAnnualPercent: values.rate ?? 0, months, method },
      paid,
      ...(prepayFen !== undefined ? { prepayFen } : {}),
      feePercent,
      mode,
    });
    const accruedNowFen = r.accruedNowFen;
    const rows: CompareRow[] = [
      { period: 0, oldPaymentFen: 0, oldChargeFen: 0, newPaymentFen: r.prepayFen + accruedNowFen + r.feeCostFen, newChargeFen: accruedNowFen + r.feeCostFen },
      ...r.originalRest.map((o, i) => ({
        period: o.period,
        oldPaymentFen: o.paymentFen,
        oldChargeFen: o.interestFen,
        newPaymentFen: r.newRest[i]?.paymentFen ?? 0,
        newChargeFen: r.newRest[i]?.interestFen ?? 0,
      })),
    ];
    return {
      errors: {},
      values: {
        'interest-saved': fenToYuan(r.interestSavedFen),
        'fee-cost': fenToYuan(r.feeCostFen),
        'net-saving': fenToYuan(r.netSavingFen),
        'new-payment': fenToYuan(r.newPaymentFen),
        'new-months': r.newMonths,
      },
      detail: {
        kind: 'loan',
        method,
        mode,
        paid,
        months,
        feePercent,
        capped: prepayFen !== undefined && prepayFen > r.balanceFen,
        accruedNowFen,
        result: r,
        rows,
        bars: [
          { label: '不提前还', chargeFen: r.remainingInterestFen, feeFen: 0 },
          { label: '提前还款', chargeFen: r.newInterestFen, feeFen: r.feeCostFen },
        ],
      },
    };
  });
}

export const earlyRepaymentCalc: CalculatorLogic<EarlyRepaymentDetail> = {
  params: ['fee-plan', 'amount', 'rate', 'months', 'method', 'periods', 'paid', 'prepay', 'fee', 'mode', 'remaining-fees'],
  defaults: { 'fee-plan': '', amount: '100000', rate: '6', months: '36', method: 'annuity', periods: '', paid: '12', prepay: '', fee: '1', mode: 'shorten', 'remaining-fees': '' },
  evaluate(inputs) {
    const errors: Record<string, string> = {};
    const flag = (inputs['fee-plan'] ?? '').trim();
    if (flag !== '' && flag !== '0' && flag !== '1') errors['fee-plan'] = `请选择：${KIND_LABELS.loan}、${KIND_LABELS.plan}（链接里 fee-plan 只能是 1 或 0）。`;
    return kindOf(inputs) === 'plan' ? evaluatePlan(inputs, errors) : evaluateLoan(inputs, errors);
  },
};
