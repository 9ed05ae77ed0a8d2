/**
 * 被要求全额还款 (acceleration): what falls due at once when a lender declares the whole debt due.
 *
 * Deep-link names: either an installment plan (amount, periods, fee = per-period fee %) or a loan
 * (amount, rate = nominal annual %, months, method); which one is decided by whether periods/fee
 * or rate/months are given. Shared: paid (payments made), overdue (payments missed), daily
 * (penalty rate %/day, default 0.05).
 * Results: due-now, remaining-principal, remaining-charges, penalty (元).
 *
 * The convention (demand 30 days after the last missed due date, later periods' charges left
 * out) is the finance library's: see src/lib/finance/acceleration.ts.
 */
import { acceleration, type AcceleratedDebt, type AccelerationResult, type DueRow } from '../finance/acceleration';
import { fenToYuan, roundHalfUp, yuanToFen } from '../finance/money';
import { REPAYMENT_METHODS, type RepaymentMethod } from '../finance/schedule';
import { RULES } from '../parse/number';
import { guard, readChoice, readFields, type FieldSpec } from './fields';
import { METHOD_LABELS } from './loan-schedule';
import type { CalculatorLogic, RawInputs } from './types';

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

/** Days between a missed due date and the demand, as the finance library counts them. */
export const DEMAND_DELAY_DAYS = 30;

export interface StatusRow extends DueRow { status: RowStatus }

export interface MissedPenalty {
  period: number;
  paymentFen: number;
  daysLate: number;
  penaltyFen: number;
}

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
  /** The penalty, missed payment by missed payment (oldest first). */
  penalties: MissedPenalty[];
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

export const accelerationCalc: CalculatorLogic<AccelerationDetail> = {
  params: ['amount', 'periods', 'fee', 'rate', 'months', 'method', 'paid', 'overdue', 'daily'],
  defaults: { amount: '12000', periods: '12', fee: '0.6', rate: '', months: '', method: '', paid: '4', overdue: '2', daily: '0.05' },
  // A link naming a loan's rate or term drops the default plan's periods and fee (and a link
  // naming periods or fee drops any rate and term), so the link alone says which kind it is.
  exclusive: [['periods', 'rate'], ['periods', 'months'], ['fee', 'rate'], ['fee', 'months']],
  evaluate(inputs) {
    const kind = kindOf(inputs);
    const specs: Record<string, FieldSpec> = {
      amount: { ...RULES.amount, label: '借款金额' },
      ...(kind === 'installment'
        ? { periods: { ...RULES.periods, label: '分期期数' }, fee: { ...RULES.feePercent, label: '每期手续费率' } }
        : { rate: { ...RULES.annualPercent, label: '年利率' }, months: { ...RULES.months, label: '借款期限' } }),
      paid: { label: '已还期数', min: 0, max: 359, integer: true, unit: '期', example: '4' },
      overdue: { label: '逾期期数', min: 1, max: 360, integer: true, unit: '期', example: '2' },
      daily: { ...RULES.dailyPercent, label: '日罚息率' },
    };
    const { errors, values } = readFields(inputs, specs);
    // An empty method reads as 等额本息, the most common; anything else must be one of the four.
    let method: RepaymentMethod | null = null;
    if (kind === 'loan') {
      method = filled(inputs, 'method') ? (readChoice(inputs, 'method', REPAYMENT_METHODS, METHOD_LABELS, errors) ?? null) : 'annuity';
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
      const missed = rows.filter((row) => row.status === 'overdue');
      // The same per-payment rounding the library uses, shown line by line in the working.
      const penalties = missed.map((row, j) => {
        const daysLate = DEMAND_DELAY_DAYS * (missed.length - j);
        return { period: row.period, paymentFen: row.paymentFen, daysLate, penaltyFen: roundHalfUp((row.paymentFen * dailyPercent * daysLate) / 100) };
      });
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
          penalties,
          futureChargesFen: future.reduce((a, row) => a + row.chargeFen, 0),
          futurePeriods: future.length,
        },
      };
    });
  },
};
