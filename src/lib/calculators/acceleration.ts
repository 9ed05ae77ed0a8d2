/**
 * 被要求全额还款 (acceleration): what falls due at once when a lender declares the whole debt due,
 * for an installment plan (periods, fee) or a loan (rate, months, method); which one a link means
 * is decided by which of those it names (kindOf).
 *
 * The convention (demand DEMAND_DELAY_DAYS after the last missed due date, later periods' charges
 * left out) is the finance library's: see src/lib/finance/acceleration.ts.
 */
import { acceleration, DEMAND_DELAY_DAYS, type AcceleratedDebt, type AccelerationResult, type DueRow, type MissedPenalty } from '../finance/acceleration';
import { fenToYuan, yuanToFen } from '../finance/money';
import type { RepaymentMethod } from '../finance/schedule';
import { RULES } from '../parse/number';
import { defineCalculator } from './define';
import { guard, readDefined, readDefinedChoice } from './fields';
import { METHOD_DOC, METHOD_LABELS, PAID_RULE } from './labels';
import type { RawInputs } from './types';

export type DebtKind = 'installment' | 'loan';
export type RowStatus = 'paid' | 'overdue' | 'future';

export const STATUS_LABELS: Record<RowStatus, string> = { paid: '已还', overdue: '逾期', future: '未到期' };
export const KIND_LABELS: Record<DebtKind, string> = { installment: '分期（按每期手续费）', loan: '贷款（按年利率）' };

/** Parameters that belong to one kind of debt only. */
export const KIND_PARAMS: Record<DebtKind, readonly string[]> = {
  installment: ['periods', 'fee'],
  loan: ['rate', 'months', 'method'],
};

/** What a form switched to a kind starts from when its fields are empty. */
export const KIND_DEFAULTS: Record<DebtKind, RawInputs> = {
  installment: { periods: '12', fee: '0.6' },
  loan: { rate: '6', months: '12', method: 'annuity' },
};

export { DEMAND_DELAY_DAYS, type MissedPenalty };

export interface StatusRow extends DueRow { status: RowStatus }

export interface AccelerationDetail extends Omit<AccelerationResult, 'rows'> {
  kind: DebtKind;
  /** Loans only. */
  method: RepaymentMethod | null;
  amountFen: number;
  periods: number;
  paid: number;
  overdue: number;
  dailyPercent: number;
  rows: StatusRow[];
  /** Charges (fees or interest) of periods not yet due, which the result leaves out. */
  futureChargesFen: number;
  /** Periods not yet due. */
  futurePeriods: number;
}

export interface ComparisonBar { label: string; fen: number }

/** The chart's three bars: what was missed, what is demanded now, what the schedule still asked. */
export function comparisonBars(d: AccelerationDetail): ComparisonBar[] {
  return [
    { label: '已逾期应还', fen: d.missedFen },
    { label: '被要求立即还', fen: d.dueNowFen },
    { label: '按原计划剩余', fen: d.scheduledRestFen },
  ];
}

const filled = (inputs: RawInputs, name: string) => (inputs[name] ?? '').trim() !== '';

/**
 * Which kind of debt the inputs describe. An explicit `kind` (set by the form's toggle; never in
 * the link) wins; otherwise a loan when rate or months are given and periods and fee are not.
 */
export function kindOf(inputs: RawInputs): DebtKind {
  const k = inputs['kind'];
  if (k === 'installment' || k === 'loan') return k;
  const loanGiven = filled(inputs, 'rate') || filled(inputs, 'months') || filled(inputs, 'method');
  const installmentGiven = filled(inputs, 'periods') || filled(inputs, 'fee');
  return loanGiven && !installmentGiven ? 'loan' : 'installment';
}

export const accelerationCalc = defineCalculator<AccelerationDetail>({
  id: 'acceleration',
  fields: {
    amount: { label: '借款金额', hint: '合同上的借款或分期金额，例如 12000 或 1.2万', unit: '元', rule: { ...RULES.amount, label: '借款金额' }, doc: '借款金额（元）', example: '12000' },
    periods: { label: '分期期数', hint: '一共分几期，每期一个月', unit: '期', rule: { ...RULES.periods, label: '分期期数' }, doc: '分期期数（分期时填，和 fee 一起用）', example: '12' },
    fee: { label: '每期手续费率', hint: '按原始本金收取的每期费率，例如 0.6 表示每期0.6%', unit: '%', rule: { ...RULES.feePercent, label: '每期手续费率' }, doc: '每期手续费率（%，按原始本金收；分期时填）', example: '0.6' },
    rate: { label: '年利率', hint: '合同上的年利率（名义年利率），例如 6 表示6%', unit: '%', rule: { ...RULES.annualPercent, label: '年利率' }, doc: '年利率（%，合同上的名义年利率；贷款时填，和 months 一起用）', example: '6' },
    months: { label: '借款期限', hint: '按月还款，最多360个月', unit: '个月', rule: { ...RULES.months, label: '借款期限' }, doc: '借款期限（月，1到360；贷款时填）', example: '36' },
    method: { label: '还款方式', unit: '', choices: METHOD_LABELS, doc: `贷款的还款方式：${METHOD_DOC.replace('等额本息', '等额本息（不填时按这个）')}`, example: 'annuity' },
    paid: { label: '已按时还了几期', hint: '从第1期起按时还上的期数，一期没还过就填 0', unit: '期', rule: { ...PAID_RULE, example: '4' }, doc: '从第1期起按时还了几期（可以是0）', example: '4' },
    overdue: { label: '逾期没还的期数', hint: '紧接着没还上的期数，至少 1 期', unit: '期', rule: { label: '逾期期数', min: 1, max: 360, integer: true, unit: '期', example: '2' }, doc: '紧接着逾期没还的期数（至少1期）', example: '2' },
    daily: { label: '日罚息率', hint: '合同写的逾期日利率，例如 0.05 或 万分之五', unit: '%', rule: { ...RULES.dailyPercent, label: '日罚息率' }, doc: '日罚息率（%，0.05 即万分之五；不填按0.05）', example: '0.05' },
  },
  results: {
    'due-now': { label: '现在被要求还', unit: '元', doc: '现在被要求一次还清的金额（元）：剩余本金 + 逾期各期的手续费或利息 + 罚息' },
    'remaining-principal': { label: '剩余本金', unit: '元', doc: '还没还的全部本金（元）：逾期各期和以后各期的本金' },
    'remaining-charges': { label: '逾期各期的手续费', unit: '元', doc: '逾期各期的手续费或利息（元），这些已经到期', variants: { loan: { label: '逾期各期的利息' } } },
    penalty: { label: '罚息', unit: '元', doc: '逾期各期的罚息（元）' },
  },
  defaults: { amount: '12000', periods: '12', fee: '0.6', rate: '', months: '', method: '', paid: '4', overdue: '2', daily: '0.05' },
  // A link naming a loan's rate or term drops the default plan's periods and fee (and a link
  // naming periods or fee drops any rate and term), so the link alone says which kind it is.
  exclusive: [['periods', 'rate'], ['periods', 'months'], ['fee', 'rate'], ['fee', 'months']],
  evaluate(inputs) {
    const kind = kindOf(inputs);
    const own = kind === 'installment' ? ['periods', 'fee'] : ['rate', 'months'];
    const { errors, values } = readDefined(inputs, this.fields, ['amount', ...own, 'paid', 'overdue', 'daily']);
    // An empty method reads as 等额本息, the most common; anything else must be one of the four.
    let method: RepaymentMethod | null = null;
    if (kind === 'loan') {
      method = filled(inputs, 'method') ? (readDefinedChoice<RepaymentMethod>(inputs, 'method', this.fields['method']!, errors) ?? null) : 'annuity';
    }
    const n = (kind === 'installment' ? values['periods'] : values['months']) ?? null;
    const paid = values['paid'];
    const overdue = values['overdue'];
    if (n !== null && paid !== undefined && paid >= n) {
      errors['paid'] = `已还期数要少于总期数（${n}期）。`;
    } else if (n !== null && paid !== undefined && overdue !== undefined && paid + overdue > n) {
      errors['overdue'] = `已还加逾期一共不能超过总期数（${n}期），这里最多填 ${n - paid} 期。`;
    }
    if (Object.keys(errors).length || paid === undefined || overdue === undefined || n === null) return { errors, values: null, detail: null };

    const amountFen = yuanToFen(values['amount'] ?? 0);
    const dailyPercent = values['daily'] ?? 0;
    const debt: AcceleratedDebt =
      kind === 'installment'
        ? { kind: 'installment', plan: { amountFen, periods: n, price: { feePercentPerPeriod: values['fee'] ?? 0 } } }
        : { kind: 'loan', loan: { principalFen: amountFen, nominalAnnualPercent: values['rate'] ?? 0, months: n, method: method ?? 'annuity' } };

    return guard('amount', () => {
      const r = acceleration({ debt, paid, overdue, dailyPercent });
      const rows: StatusRow[] = r.rows.map((row, i) => ({ ...row, status: i < paid ? 'paid' : i < paid + overdue ? 'overdue' : 'future' }));
      const future = rows.filter((row) => row.status === 'future');
      return {
        errors: {},
        values: {
          'due-now': fenToYuan(r.dueNowFen),
          'remaining-principal': fenToYuan(r.remainingPrincipalFen),
          'remaining-charges': fenToYuan(r.remainingChargesFen),
          penalty: fenToYuan(r.penaltyFen),
        },
        detail: {
          ...r,
          kind,
          method,
          amountFen,
          periods: n,
          paid,
          overdue,
          dailyPercent,
          rows,
          futureChargesFen: future.reduce((a, row) => a + row.chargeFen, 0),
          futurePeriods: future.length,
        },
      };
    });
  },
  examples: [
    {
      label: '12000元分12期、每期费率0.6%、已还4期、逾期2期、日罚息0.05%：现在要还8192.24元',
      query: 'amount=12000&periods=12&fee=0.6&paid=4&overdue=2&daily=0.05',
      expected: { 'due-now': 8192.24, 'remaining-principal': 8000, 'remaining-charges': 144, penalty: 48.24 },
      source: '手算：剩余本金 8 × 1000 = 8000；第5、6期手续费 2 × 72 = 144；罚息 1072 × 0.05% × 60 + 1072 × 0.05% × 30 = 32.16 + 16.08 = 48.24；合计 8192.24 元',
    },
    {
      query: 'amount=9000&periods=12&fee=0.5&paid=5&overdue=2&daily=0.05',
      expected: { 'due-now': 5375.78, 'remaining-principal': 5250, 'remaining-charges': 90, penalty: 35.78 },
      source: '教案“逾期之后”练习3，手算：剩余本金 7 × 750 = 5250；手续费 2 × 45 = 90；罚息 795 × 0.05% × 60 + 795 × 0.05% × 30 = 23.85 + 11.93 = 35.78；合计 5375.78 元',
    },
  ],
});
