/**
 * 提前还款: repaying a loan (by annual rate) or a fee-based installment plan early. fee-plan=1
 * is a plan; the loan-only and plan-only parameters are listed in KIND_PARAMS.
 *
 * The conventions (repayment right after a payment date, no part-month interest; interest-only
 * and bullet loans keep their end date) are the finance library's: src/lib/finance/early-repayment.ts.
 */
import { loanEarlyRepayment, planEarlyRepayment, type LoanEarlyRepaymentResult, type PlanEarlyRepaymentResult } from '../finance/early-repayment';
import { installmentCost } from '../finance/installment';
import { fenToYuan, yuanToFen } from '../finance/money';
import type { RepaymentMethod } from '../finance/schedule';
import { RULES } from '../parse/number';
import { defineCalculator, type FieldDef } from './define';
import { guard, readDefined, readDefinedChoice } from './fields';
import { METHOD_DOC, METHOD_LABELS, PAID_RULE } from './labels';
import type { RawInputs } from './types';

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

export const FIELDS: Readonly<Record<string, FieldDef>> = {
  'fee-plan': { label: '这笔钱是', unit: '', choices: { '0': KIND_LABELS.loan, '1': KIND_LABELS.plan }, doc: '设为 1 表示按期收手续费的分期；不填或 0 表示贷款', example: '1' },
  amount: {
    label: '借款金额', hint: '合同上借的本金，例如 100000 或 10万', unit: '元', rule: { ...RULES.amount, label: '借款金额' }, doc: '借款金额或分期金额（元）', example: '100000',
    variants: { plan: { label: '分期金额', hint: '分期的本金，例如 12000 或 1.2万', rule: { ...RULES.amount, label: '分期金额' } } },
  },
  rate: { label: '年利率', hint: '合同上的年利率（名义年利率），例如 6 表示6%', unit: '%', rule: { ...RULES.annualPercent, label: '年利率' }, doc: '年利率（%，合同上的名义年利率；贷款）', example: '6' },
  months: { label: '借款期限', hint: '一共借几个月，最多360个月', unit: '个月', rule: { ...RULES.months, label: '借款期限' }, doc: '借款期限（月，1到360；贷款）', example: '36' },
  method: { label: '还款方式', unit: '', choices: METHOD_LABELS, doc: `还款方式：${METHOD_DOC}（贷款）`, example: 'annuity' },
  periods: { label: '分期期数', hint: '一共分几期，每期一个月', unit: '期', rule: { ...RULES.periods, label: '分期期数' }, doc: '分期期数（分期）', example: '12', defaultDoc: '分期 12' },
  paid: {
    label: '已还期数', hint: '已经按时还了几个月，一期没还就填 0', unit: '期', rule: { ...PAID_RULE, example: '12' }, doc: '已经按时还了几期（可以是0，要少于总期数）', example: '12',
    variants: { plan: { hint: '已经按时还了几期，一期没还就填 0' } },
  },
  prepay: { label: '提前还款金额', hint: '只还一部分就填金额；不填表示全部还清', unit: '元', rule: { ...RULES.amount, label: '提前还款金额', optional: true }, doc: '提前还款金额（元，贷款）；不填表示全部还清，超过尚欠本金也按全部还清', example: '30000' },
  fee: {
    label: '提前还款手续费率', hint: '按提前还的金额收的比例，例如 1；不收就填 0', unit: '%', rule: { ...RULES.feePercent, label: '提前还款手续费率', optional: true }, doc: '贷款：提前还款手续费率（%，按提前还的金额收；不收手续费就写 0）；分期：每期手续费率（%，按原始本金收）', example: '1', defaultDoc: '贷款 1；分期 0.6',
    variants: { plan: { label: '每期手续费率', hint: '按原始本金收的每期费率，例如 0.6 表示每期0.6%', rule: { ...RULES.feePercent, label: '每期手续费率' } } },
  },
  mode: { label: '只还一部分时', unit: '', choices: MODE_LABELS, doc: '只还一部分时：shorten 月供不变、缩短期限（不填按这个），reduce 期限不变、减少月供（贷款）', example: 'shorten' },
  'remaining-fees': { label: '提前还清时，剩下各期的手续费', unit: '', choices: REMAINING_FEE_LABELS, doc: '分期提前还清时剩下各期的手续费：all 照收（不填按这个），none 不再收', example: 'all', defaultDoc: 'all（照收）' },
};

function evaluatePlan(inputs: RawInputs, errors: Record<string, string>) {
  const { errors: fieldErrors, values } = readDefined(inputs, FIELDS, ['amount', 'periods', 'fee', 'paid'], 'plan');
  Object.assign(errors, fieldErrors);
  const remainingRaw = (inputs['remaining-fees'] ?? '').trim() || 'all';
  const remainingFees = readDefinedChoice<RemainingFees>({ 'remaining-fees': remainingRaw }, 'remaining-fees', FIELDS['remaining-fees']!, errors);
  const periods = values['periods'];
  const paid = values['paid'];
  if (periods !== undefined && paid !== undefined && paid >= periods) errors['paid'] = `已还期数要少于分期期数（${periods}期）。`;
  if (Object.keys(errors).length || !remainingFees || periods === undefined || paid === undefined) return { errors, values: null, detail: null };
  const feePercentPerPeriod = values['fee'] ?? 0;
  return guard<EarlyRepaymentDetail>('amount', () => {
    const plan = { amountFen: yuanToFen(values['amount'] ?? 0), periods, price: { feePercentPerPeriod } };
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
  const { errors: fieldErrors, values } = readDefined(inputs, FIELDS, ['amount', 'rate', 'months', 'paid', 'prepay', 'fee']);
  Object.assign(errors, fieldErrors);
  const method = readDefinedChoice<RepaymentMethod>(inputs, 'method', FIELDS['method']!, errors);
  // An empty mode reads as 月供不变 (it only matters for a partial repayment).
  const mode = readDefinedChoice<Mode>({ mode: (inputs['mode'] ?? '').trim() || 'shorten' }, 'mode', FIELDS['mode']!, errors);
  const months = values['months'];
  const paid = values['paid'];
  if (months !== undefined && paid !== undefined && paid >= months) errors['paid'] = `已还期数要少于借款期限（${months}个月）。`;
  if (Object.keys(errors).length || !method || !mode || months === undefined || paid === undefined) return { errors, values: null, detail: null };
  const feePercent = values['fee'] ?? 0;
  return guard<EarlyRepaymentDetail>('amount', () => {
    const prepayFen = values['prepay'] === undefined ? undefined : yuanToFen(values['prepay']);
    const r = loanEarlyRepayment({
      loan: { principalFen: yuanToFen(values['amount'] ?? 0), nominalAnnualPercent: values['rate'] ?? 0, months, method },
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

export const earlyRepaymentCalc = defineCalculator<EarlyRepaymentDetail>({
  id: 'early-repayment',
  fields: FIELDS,
  results: {
    'net-saving': { label: '净节省', unit: '元', doc: '净节省（元）：贷款是少付的利息减去手续费；分期是省下的手续费。为负数表示反而多花' },
    'interest-saved': { label: '少付的利息', unit: '元', doc: '少付的利息（元，贷款）' },
    'fee-cost': { label: '提前还款手续费', unit: '元', doc: '贷款：提前还款手续费（元）；分期：提前还清时仍要付的手续费（元）', variants: { plan: { label: '提前还清仍要付的手续费' } } },
    'new-payment': { label: '之后每月还', unit: '元', doc: '提前还款后下一期要还的钱（元，贷款；全部还清为0；到期一次还本付息是到期那一笔）', variants: { bullet: { label: '到期一次还' } } },
    'new-months': { label: '之后还要还', unit: '个月', doc: '提前还款后还要还几个月（贷款；全部还清为0）' },
    'pay-now': { label: '现在一次要还', unit: '元', doc: '现在一次要还的钱（元，分期）' },
  },
  defaults: { 'fee-plan': '', amount: '100000', rate: '6', months: '36', method: 'annuity', periods: '', paid: '12', prepay: '', fee: '1', mode: 'shorten', 'remaining-fees': '' },
  // A plan link that leaves out its fee or periods gets the plan's own defaults (0.6% a period,
  // 12 periods), as the docs say and the form shows, never the loan's 1% prepayment fee.
  linkDefaults(inputs, given) {
    if (kindOf(inputs) !== 'plan') return inputs;
    const next = { ...inputs };
    for (const name of ['fee', 'periods'] as const) if (!given(name)) next[name] = KIND_DEFAULTS.plan[name] ?? '';
    return next;
  },
  evaluate(inputs) {
    const errors: Record<string, string> = {};
    const flag = (inputs['fee-plan'] ?? '').trim();
    if (flag !== '' && flag !== '0' && flag !== '1') errors['fee-plan'] = `请选择：${KIND_LABELS.loan}、${KIND_LABELS.plan}（链接里 fee-plan 只能是 1 或 0）。`;
    return kindOf(inputs) === 'plan' ? evaluatePlan(inputs, errors) : evaluateLoan(inputs, errors);
  },
  examples: [
    {
      label: '10万元、年利率6%、36个月等额本息，还了12期后全部还清，手续费1%：净节省3685.67元',
      query: 'amount=100000&rate=6&months=36&method=annuity&paid=12&prepay=&fee=1&mode=shorten',
      expected: { 'interest-saved': 4372.08, 'fee-cost': 686.41, 'net-saving': 3685.67, 'new-payment': 0, 'new-months': 0 },
      source: '独立的 Python 十进制逐月模拟（每月利息四舍五入到分，月供 3042.19 元）：还完12期尚欠 68640.65 元，剩余利息 4372.08 元，1% 手续费 686.41 元',
    },
    {
      query: 'amount=100000&rate=6&months=36&method=annuity&paid=12&prepay=30000&fee=1&mode=shorten',
      expected: { 'interest-saved': 2989.83, 'fee-cost': 300, 'net-saving': 2689.83, 'new-payment': 3042.19, 'new-months': 14 },
      source: '同一 Python 十进制模拟：还3万、月供不变，还要14个月，新利息 1382.25 元',
    },
    {
      query: 'amount=100000&rate=6&months=36&method=annuity&paid=30&fee=1',
      expected: { 'net-saving': 135.85 },
      source: '同一 Python 十进制模拟：还完30期后还清，剩余利息 315.23 元，手续费 179.38 元',
    },
    {
      query: 'fee-plan=1&amount=12000&periods=12&fee=0.6&paid=4',
      expected: { 'net-saving': 0, 'fee-cost': 576, 'pay-now': 8576 },
      source: '手算：每期本金 1000、手续费 72；还了4期后剩本金 8000、手续费 8 × 72 = 576，照收时现在还 8576 元',
    },
    {
      query: 'fee-plan=1&amount=12000&periods=12&fee=0.6&paid=4&remaining-fees=none',
      expected: { 'net-saving': 576, 'fee-cost': 0, 'pay-now': 8000 },
      source: '手算：剩余手续费不再收，现在只还剩余本金 8000 元，省下 576 元',
    },
  ],
});
