/**
 * 被要求全额还款 (acceleration): what falls due at once when a lender declares the whole debt due,
 * for an installment plan (periods, fee) or a loan (rate, months, method); which one a link means
 * is decided by which of those it names (kindOf).
 *
 * The convention (demand DEMAND_DELAY_DAYS after the last missed due date, later periods' charges
 * left out) is the finance library's: see src/lib/finance/acceleration.ts.
 */
import { acceleration, DEMAND_DELAY_DAYS, type AcceleratedDebt, type AccelerationInput, type AccelerationResult, type DueRow, type MissedPenalty } from '../finance/acceleration';
import { DAYS_PER_YEAR } from '../finance/rates';
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

export type PenaltyMethod = 'daily' | 'markup';

/** How the penalty is charged (loans; a plan has no contract rate to raise, so it is always daily). */
export const PENALTY_LABELS: Record<PenaltyMethod, string> = { daily: '按日罚息率', markup: '按合同利率上浮（银行常见）' };
export const COMPOUND_LABELS = { '0': '不计复利', '1': '逾期利息也计息（复利）' } as const;
export const ACCRUE_LABELS = { '0': '不算', '1': '按实际天数算' } as const;

/**
 * What an empty choice reads as: the method links used before the choice existed (daily rate,
 * no compound interest, no interest to the demand), and 等额本息, the most common. The island
 * shows the same choice checked.
 */
interface Choices { method: RepaymentMethod; penalty: PenaltyMethod; compound: '0' | '1'; accrue: '0' | '1' }
export const EMPTY_CHOICES: Readonly<Choices> = { method: 'annuity', penalty: 'daily', compound: '0', accrue: '0' };

/** The markup a link with penalty=markup gets when it leaves markup out. */
export const DEFAULT_MARKUP = '50';

/** Parameters that belong to one kind of debt only. */
export const KIND_PARAMS: Record<DebtKind, readonly string[]> = {
  installment: ['periods', 'fee'],
  loan: ['rate', 'months', 'method', 'penalty', 'markup', 'compound', 'accrue'],
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
  /** How the penalty was charged (always 'daily' for a plan). */
  penaltyMethod: PenaltyMethod;
  /** penalty=markup: the markup on the contract rate, percent, and the penalty rate it gives, percent a year. */
  markupPercent: number;
  penaltyAnnualPercent: number;
  /** penalty=markup: compound interest on the missed periods' interest. */
  compound: boolean;
  /** Contract interest on principal not yet due, up to the demand (Civil Code Art. 677). */
  accrue: boolean;
  /** Days in the year for an annual rate's daily share. */
  daysPerYear: number;
  amountFen: number;
  periods: number;
  paid: number;
  overdue: number;
  dailyPercent: number;
  rows: StatusRow[];
  /** Charges (fees or interest) of periods not yet due, which the result leaves out. */
  futureChargesFen: number;
  /** Due now if the contract also demands every later period's charge (which then stands in for the interest to the demand). */
  dueWithFutureChargesFen: number;
  /** Principal of the missed periods, and of the periods not yet due. */
  missedPrincipalFen: number;
  futurePrincipalFen: number;
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
    daily: { label: '日罚息率', hint: '合同写的逾期日利率，例如 0.05 或 万分之五', unit: '%', rule: { ...RULES.dailyPercent, label: '日罚息率' }, doc: '日罚息率（%，0.05 即万分之五；不填按0.05；penalty=markup 时不用）', example: '0.05' },
    penalty: { label: '罚息怎么算', unit: '', choices: PENALTY_LABELS, doc: '贷款的罚息算法：daily 每笔逾期应还 × 日罚息率 × 天数；markup 逾期本金按合同年利率上浮 markup 计罚息（分期只按 daily）', example: 'markup', defaultDoc: 'daily（按日罚息率）' },
    markup: { label: '罚息比合同利率上浮', hint: '合同写的上浮比例，例如 50 表示罚息利率 = 合同年利率 × 1.5', unit: '%', rule: { label: '上浮比例', min: 0, max: 100, unit: '%', example: '50' }, doc: '罚息利率比合同年利率上浮的比例（%，0到100；penalty=markup 时用）', example: '50', defaultDoc: `不填；penalty=markup 时按 ${DEFAULT_MARKUP}` },
    compound: { label: '逾期的利息还计不计息', unit: '', choices: COMPOUND_LABELS, doc: '1 表示逾期各期的利息也按罚息利率计复利，0 表示不计（penalty=markup 时用）', example: '1', defaultDoc: '0（不计复利）' },
    accrue: { label: '未到期本金到要求还款那天的利息', unit: '', choices: ACCRUE_LABELS, doc: '1 表示加上未到期本金从最后一笔逾期的还款日到要求还款那天的合同利息（按实际天数），0 表示不算（贷款）', example: '1', defaultDoc: '0（不算）' },
  },
  results: {
    'due-now': { label: '现在被要求还', unit: '元', doc: '现在被要求一次还清的金额（元）：剩余本金 + 逾期各期的手续费或利息 + 罚息' },
    'remaining-principal': { label: '剩余本金', unit: '元', doc: '还没还的全部本金（元）：逾期各期和以后各期的本金' },
    'remaining-charges': { label: '逾期各期的手续费', unit: '元', doc: '逾期各期的手续费或利息（元），这些已经到期', variants: { loan: { label: '逾期各期的利息' } } },
    penalty: { label: '罚息', unit: '元', doc: '逾期各期的罚息（元）：按日罚息率时是逾期应还 × 日罚息率 × 天数；按合同利率上浮时是逾期本金的罚息，不含复利' },
    'compound-interest': { label: '复利', unit: '元', doc: '逾期各期的利息按罚息利率计的利息（元；只在 penalty=markup 且 compound=1 时有）' },
    'accrued-interest': { label: '到要求还款那天的利息', unit: '元', doc: '未到期本金从最后一笔逾期的还款日到要求还款那天的合同利息（元；只在 accrue=1 时有）' },
  },
  defaults: { amount: '12000', periods: '12', fee: '0.6', rate: '', months: '', method: '', paid: '4', overdue: '2', daily: '0.05', penalty: '', markup: '', compound: '', accrue: '' },
  // A link naming a loan's rate or term drops the default plan's periods and fee (and a link
  // naming periods or fee drops any rate and term), so the link alone says which kind it is.
  exclusive: [['periods', 'rate'], ['periods', 'months'], ['fee', 'rate'], ['fee', 'months']],
  // penalty=markup without a markup gets the default markup, shown in its field.
  linkDefaults(inputs, given) {
    return (inputs['penalty'] ?? '').trim() === 'markup' && !given('markup') ? { ...inputs, markup: DEFAULT_MARKUP } : inputs;
  },
  evaluate(inputs) {
    const kind = kindOf(inputs);
    const errors: Record<string, string> = {};
    // Empty choices read as EMPTY_CHOICES; anything else must be one of the declared values.
    const choice = <K extends keyof Choices>(name: K): Choices[K] | undefined =>
      filled(inputs, name) ? readDefinedChoice<Choices[K]>(inputs, name, this.fields[name]!, errors) : EMPTY_CHOICES[name];
    let method: RepaymentMethod | null = null;
    let penaltyMethod: PenaltyMethod | undefined = EMPTY_CHOICES.penalty;
    let compound: '0' | '1' | undefined = EMPTY_CHOICES.compound;
    let accrue: '0' | '1' | undefined = EMPTY_CHOICES.accrue;
    if (kind === 'loan') {
      method = choice('method') ?? null;
      penaltyMethod = choice('penalty');
      if (penaltyMethod === 'markup') compound = choice('compound');
      accrue = choice('accrue');
    }
    const own = kind === 'installment' ? ['periods', 'fee'] : ['rate', 'months'];
    const rate = penaltyMethod === 'markup' ? 'markup' : 'daily';
    const { errors: fieldErrors, values } = readDefined(inputs, this.fields, ['amount', ...own, 'paid', 'overdue', rate]);
    Object.assign(errors, fieldErrors);
    const n = (kind === 'installment' ? values['periods'] : values['months']) ?? null;
    const paid = values['paid'];
    const overdue = values['overdue'];
    if (n !== null && paid !== undefined && paid >= n) {
      errors['paid'] = `已还期数要少于总期数（${n}期）。`;
    } else if (n !== null && paid !== undefined && overdue !== undefined && paid + overdue > n) {
      errors['overdue'] = `已还加逾期一共不能超过总期数（${n}期），这里最多填 ${n - paid} 期。`;
    }
    if (Object.keys(errors).length || paid === undefined || overdue === undefined || n === null || !penaltyMethod || !compound || !accrue) return { errors, values: null, detail: null };

    const amountFen = yuanToFen(values['amount'] ?? 0);
    const dailyPercent = values['daily'] ?? 0;
    const markupPercent = values['markup'] ?? 0;
    const penalty: AccelerationInput['penalty'] =
      penaltyMethod === 'markup' ? { kind: 'contract-markup', markupPercent, compoundOnInterest: compound === '1' } : { kind: 'daily-rate' };
    const debt: AcceleratedDebt =
      kind === 'installment'
        ? { kind: 'installment', plan: { amountFen, periods: n, price: { feePercentPerPeriod: values['fee'] ?? 0 } } }
        : { kind: 'loan', loan: { principalFen: amountFen, nominalAnnualPercent: values['rate'] ?? 0, months: n, method: method ?? 'annuity' } };

    return guard('amount', () => {
      const r = acceleration({ debt, paid, overdue, dailyPercent, penalty, accrueToDemand: accrue === '1', daysPerYear: DAYS_PER_YEAR });
      const rows: StatusRow[] = r.rows.map((row, i) => ({ ...row, status: i < paid ? 'paid' : i < paid + overdue ? 'overdue' : 'future' }));
      const future = rows.filter((row) => row.status === 'future');
      const markup = penaltyMethod === 'markup';
      return {
        errors: {},
        values: {
          'due-now': fenToYuan(r.dueNowFen),
          'remaining-principal': fenToYuan(r.remainingPrincipalFen),
          'remaining-charges': fenToYuan(r.remainingChargesFen),
          // With a markup the compound interest is its own line, so the lines add up to due-now.
          penalty: fenToYuan(markup ? r.penaltyInterestFen : r.penaltyFen),
          ...(markup && compound === '1' ? { 'compound-interest': fenToYuan(r.compoundInterestFen) } : {}),
          ...(accrue === '1' ? { 'accrued-interest': fenToYuan(r.accruedInterestFen) } : {}),
        },
        detail: {
          ...r,
          kind,
          method,
          penaltyMethod,
          markupPercent,
          // Rounded to 6 places so 7.2 × 1.5 reads 10.8, not 10.800000000000001.
          penaltyAnnualPercent: markup ? Number((r.contractAnnualPercent * (1 + markupPercent / 100)).toFixed(6)) : 0,
          compound: markup && compound === '1',
          accrue: accrue === '1',
          daysPerYear: DAYS_PER_YEAR,
          amountFen,
          periods: n,
          paid,
          overdue,
          dailyPercent,
          rows,
          futureChargesFen: future.reduce((a, row) => a + row.chargeFen, 0),
          dueWithFutureChargesFen: r.dueNowFen - r.accruedInterestFen + future.reduce((a, row) => a + row.chargeFen, 0),
          missedPrincipalFen: rows.filter((row) => row.status === 'overdue').reduce((a, row) => a + row.principalFen, 0),
          futurePrincipalFen: future.reduce((a, row) => a + row.principalFen, 0),
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
    {
      query: 'amount=120000&rate=12&months=12&method=equal-principal&paid=4&overdue=2&penalty=markup&markup=50&compound=1&accrue=1',
      expected: { 'due-now': 82569.65, 'remaining-principal': 80000, 'remaining-charges': 1500, penalty: 443.84, 'compound-interest': 34.03, 'accrued-interest': 591.78 },
      source:
        '手算（Python 十进制核对，每笔四舍五入到分）：等额本金每月本金 10000，第5、6期利息 80000 × 1% = 800、70000 × 1% = 700；罚息年利率 12% × 1.5 = 18%，一年按365天；' +
        '罚息 10000 × 18% ÷ 365 × 60 = 295.89，10000 × 18% ÷ 365 × 30 = 147.95，合计 443.84；复利 800 × 18% ÷ 365 × 60 = 23.67，700 × 18% ÷ 365 × 30 = 10.36，合计 34.03；' +
        '第7到12期本金 60000 到要求还款那天的利息 60000 × 12% ÷ 365 × 30 = 591.78；合计 80000 + 1500 + 443.84 + 34.03 + 591.78 = 82569.65 元',
    },
    {
      query: 'amount=100000&rate=12&months=24&method=annuity&paid=6&overdue=2&penalty=markup&markup=30',
      expected: { 'due-now': 78848.7, 'remaining-principal': 77192.33, 'remaining-charges': 1504.49, penalty: 151.88 },
      source:
        'Python 十进制逐月排等额本息（月供 4707.35，每月利息四舍五入到分）：第7、8期本金 3935.43、3974.78，利息 771.92、732.57；还完6期尚欠 77192.33；' +
        '罚息年利率 12% × 1.3 = 15.6%：3935.43 × 15.6% ÷ 365 × 60 = 100.92，3974.78 × 15.6% ÷ 365 × 30 = 50.96，合计 151.88；不计复利；合计 78848.70 元',
    },
    {
      query: 'amount=120000&rate=6&months=12&method=equal-principal&paid=3&overdue=1&accrue=1',
      expected: { 'due-now': 91001.27, penalty: 156.75, 'accrued-interest': 394.52 },
      source: '手算：第4期应还 10000 + 450 = 10450，罚息 10450 × 0.05% × 30 = 156.75；第5到12期本金 80000 到要求还款那天的利息 80000 × 6% ÷ 365 × 30 = 394.52；合计 90000 + 450 + 156.75 + 394.52 = 91001.27 元',
    },
  ],
  methods: [
    {
      id: 'penalty',
      title: '罚息怎么算',
      param: 'penalty',
      options: [
        {
          value: 'daily',
          label: '按日罚息率',
          means: '每笔逾期应还（本金加利息或手续费）× 合同写的日罚息率 × 逾期天数，单利。合同写的是日罚息率（例如“每日万分之五”）时用它；分期没有合同年利率，只用这种。',
          source: { id: 'civil-code', cites: '第676条：按约定支付逾期利息；日罚息率以合同为准' },
          isDefault: true,
        },
        {
          value: 'markup',
          label: '按合同年利率上浮',
          means: '逾期本金按“合同年利率 ×（1 + 上浮比例）”计罚息，按实际天数、一年365天折算；上浮比例由 markup 给出，不填按 50%。合同写的是“罚息利率在借款利率基础上上浮若干”时用它，银行贷款合同常见这种写法。',
          source: { id: 'pboc-2003-251', cites: '第三条：逾期贷款罚息利率在合同利率上加收30%至50%（据转载文本）' },
        },
      ],
    },
    {
      id: 'compound',
      title: '逾期的利息还计不计息（复利）',
      param: 'compound',
      options: [
        { value: '0', label: '不计复利', means: '只对逾期本金（或逾期应还）计罚息。合同没有写复利条款时按这个。', source: { id: 'civil-code', cites: '第676条：逾期利息按约定或国家有关规定支付' }, isDefault: true },
        { value: '1', label: '计复利', means: '逾期各期没付的利息也按罚息利率计息（只在按合同年利率上浮时可选）。', source: { id: 'pboc-2003-251', cites: '第三条：对不能按时支付的利息按罚息利率计收复利（据转载文本）' } },
      ],
    },
    {
      id: 'accrue',
      title: '还没到期的本金，到要求还款那天的利息',
      param: 'accrue',
      options: [
        { value: '0', label: '不算', means: '只算已经到期的各期利息或手续费。不选时按这个。', source: { id: 'civil-code', cites: '第677条：按实际借款期间计算利息' }, isDefault: true },
        { value: '1', label: '按实际天数算', means: '加上未到期本金从最后一笔逾期的还款日到要求还款那天（这里假设是30天）的合同利息：本金 × 年利率 ÷ 365 × 天数。', source: { id: 'civil-code', cites: '第677条：按实际借款期间计算利息' } },
      ],
    },
    {
      id: 'future-charges',
      title: '还没到期各期的利息或手续费',
      options: [
        { label: '不算（本站做法）', means: '那几期的钱还没用到，结果里另外写出它们一共多少。', source: { id: 'civil-code', cites: '第677条：除另有约定外，按实际借款期间计算利息' }, isDefault: true },
        { label: '全部一并收', means: '有些合同要求把剩余各期的利息或手续费也一并付清；结果里会写出那样要还多少。', source: { cites: '以各家合同条款为准' } },
      ],
    },
  ],
});
