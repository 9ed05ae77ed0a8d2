import {
  accelerationCalc,
  DEFAULT_MARKUP,
  DEMAND_DELAY_DAYS,
  KIND_DEFAULTS,
  KIND_LABELS,
  KIND_PARAMS,
  kindOf,
  EMPTY_CHOICES,
  STATUS_LABELS,
  comparisonBars,
  type AccelerationDetail,
  type ComparisonBar,
  type DebtKind,
  type MissedPenalty,
  type StatusRow,
} from '~/lib/calculators/acceleration';
import { resultLabel } from '~/lib/calculators/define';
import { formatYuan, formatYuanPlain, formatYuanInSentence } from '~/lib/format/number';
import { accelerationSentence } from '~/lib/judge';
import { useCalculator, useKindSwitch } from '../shared/useCalculator';
import { Choice } from '../shared/Field';
import { DefinedField } from '../shared/DefinedField';
import { Result } from '../shared/Result';
import { DataTable, type Column } from '../shared/DataTable';
import { CalculatorShell, type IslandProps } from '../shared/CalculatorShell';

const TERM = { installment: 'periods', loan: 'months' } as const;

/** 手续费 for an installment plan, 利息 for a loan. */
const chargeWord = (kind: DebtKind) => (kind === 'installment' ? '手续费' : '利息');

function scheduleColumns(kind: DebtKind): Column<StatusRow>[] {
  return [
    { key: 'period', label: '期数', value: (r) => r.period, money: false },
    { key: 'payment', label: '应还（元）', value: (r) => r.paymentFen },
    { key: 'principal', label: '本金（元）', value: (r) => r.principalFen },
    { key: 'charge', label: `${chargeWord(kind)}（元）`, value: (r) => r.chargeFen },
    { key: 'status', label: '状态', text: (r) => STATUS_LABELS[r.status] },
  ];
}

const PENALTY_COLUMNS: Column<MissedPenalty>[] = [
  { key: 'period', label: '期数', value: (p) => p.period, money: false },
  { key: 'payment', label: '应还（元）', value: (p) => p.paymentFen },
  { key: 'days', label: '逾期天数', value: (p) => p.daysLate, money: false },
  { key: 'penalty', label: '罚息（元）', value: (p) => p.penaltyFen },
];

/** With a markup the penalty is on the principal, and compound interest on the interest. */
function markupColumns(compound: boolean): Column<MissedPenalty>[] {
  return [
    { key: 'period', label: '期数', value: (p) => p.period, money: false },
    { key: 'principal', label: '逾期本金（元）', value: (p) => p.principalFen },
    { key: 'days', label: '逾期天数', value: (p) => p.daysLate, money: false },
    { key: 'penalty', label: '罚息（元）', value: (p) => p.interestFen },
    ...(compound
      ? [
          { key: 'charge', label: '逾期利息（元）', value: (p: MissedPenalty) => p.chargeFen },
          { key: 'compound', label: '复利（元）', value: (p: MissedPenalty) => p.compoundFen },
        ]
      : []),
  ];
}

const BAR_COLUMNS: Column<ComparisonBar>[] = [
  { key: 'label', label: '项目', text: (b) => b.label },
  { key: 'amount', label: '金额（元）', value: (b) => b.fen },
];

/** "第5期" or "第5期到第12期". */
const span = (from: number, to: number) => (from === to ? `第${from}期` : `第${from}期到第${to}期`);

/** The penalty line as a sum of its parts: 罚息, and 复利 and the interest to the demand when present. */
function parts(d: AccelerationDetail): { name: string; fen: number }[] {
  return [
    { name: '罚息', fen: d.penaltyMethod === 'markup' ? d.penaltyInterestFen : d.penaltyFen },
    ...(d.compound ? [{ name: '复利', fen: d.compoundInterestFen }] : []),
    ...(d.accrue ? [{ name: '到要求还款那天的利息', fen: d.accruedInterestFen }] : []),
  ];
}

/** Which penalty method was used, in words. */
function methodSentence(d: AccelerationDetail): string {
  const penalty =
    d.penaltyMethod === 'markup'
      ? `罚息按合同年利率 ${d.contractAnnualPercent}% 上浮 ${d.markupPercent}% 计，即年利率 ${d.penaltyAnnualPercent}%，一年按 ${d.daysPerYear} 天折成每天，只对逾期的本金计；逾期的利息${d.compound ? '也按这个利率计复利' : '不计复利'}。`
      : `罚息按每天 ${d.dailyPercent}% 计，对每笔逾期应还（本金加${chargeWord(d.kind)}）计，不计复利。`;
  const accrue = d.kind === 'loan' ? (d.accrue ? `还没到期的本金，算了到要求还款那天（最后一笔逾期后第 ${DEMAND_DELAY_DAYS} 天）的利息。` : '还没到期的本金，没有算到要求还款那天的利息。') : '';
  return `算法：${penalty}${accrue}`;
}

function workingText(d: AccelerationDetail): string {
  const word = chargeWord(d.kind);
  const rate = `${d.penaltyAnnualPercent}% ÷ ${d.daysPerYear}`;
  const lines = [
    `假设对方在最后一笔逾期的还款日之后 ${DEMAND_DELAY_DAYS} 天要求全部还清。`,
    `剩余本金 = ${span(d.paid + 1, d.periods)}的本金之和 = ${formatYuan(d.remainingPrincipalFen)}`,
    `逾期各期的${word} = ${span(d.paid + 1, d.paid + d.overdue)}的${word}之和 = ${formatYuan(d.remainingChargesFen)}`,
  ];
  if (d.penaltyMethod === 'markup') {
    lines.push(
      `罚息年利率 = 合同年利率 ${d.contractAnnualPercent}% × (1 + ${d.markupPercent}%) = ${d.penaltyAnnualPercent}%，一年按 ${d.daysPerYear} 天`,
      `罚息 = 每期逾期本金 × ${rate} × 逾期天数（每笔四舍五入到分）`,
      ...d.penalties.map((p) => `  第${p.period}期：${formatYuanPlain(p.principalFen)} × ${rate} × ${p.daysLate}天 = ${formatYuan(p.interestFen)}`),
      `  合计 ${formatYuan(d.penaltyInterestFen)}`,
    );
    if (d.compound) {
      lines.push(
        `复利 = 每期逾期利息 × ${rate} × 逾期天数`,
        ...d.penalties.map((p) => `  第${p.period}期：${formatYuanPlain(p.chargeFen)} × ${rate} × ${p.daysLate}天 = ${formatYuan(p.compoundFen)}`),
        `  合计 ${formatYuan(d.compoundInterestFen)}`,
      );
    }
  } else {
    lines.push(
      `罚息 = 每笔逾期应还 × 日罚息率 × 逾期天数（每笔四舍五入到分）`,
      ...d.penalties.map((p) => `  第${p.period}期：${formatYuanPlain(p.paymentFen)} × ${d.dailyPercent}% × ${p.daysLate}天 = ${formatYuan(p.penaltyFen)}`),
      `  合计 ${formatYuan(d.penaltyFen)}`,
    );
  }
  if (d.accrue) {
    lines.push(`到要求还款那天的利息 = ${span(d.paid + d.overdue + 1, d.periods)}的本金 ${formatYuanPlain(d.futurePrincipalFen)} × ${d.contractAnnualPercent}% ÷ ${d.daysPerYear} × ${DEMAND_DELAY_DAYS}天 = ${formatYuan(d.accruedInterestFen)}`);
  }
  const sum = [d.remainingPrincipalFen, d.remainingChargesFen, ...parts(d).map((x) => x.fen)];
  lines.push(`现在要还 = ${sum.map(formatYuanPlain).join(' + ')} = ${formatYuan(d.dueNowFen)}`);
  return lines.join('\n');
}

export default function Acceleration(props: IslandProps) {
  const state = useCalculator(accelerationCalc);
  const { inputs, setInputs } = state;
  const kind = kindOf(inputs);
  const { switchTo } = useKindSwitch<DebtKind>({ kind, inputs, setInputs, params: KIND_PARAMS, defaults: KIND_DEFAULTS, term: TERM });

  // Every edit pins the kind the form showed before it, so emptying a field while typing never
  // flips the form. (Pinned on edit rather than on load, so loading does not render twice.)
  const fieldState = { ...state, set: (name: string) => (value: string) => setInputs((prev) => ({ ...prev, kind: kindOf(prev), [name]: value })) };

  const switchKind = (value: string) => {
    const next: DebtKind = value === 'loan' ? 'loan' : 'installment';
    if (next !== kind) switchTo(next, { kind: next });
  };

  // Empty choices read as the definition's evaluate reads them.
  const shown = (name: keyof typeof EMPTY_CHOICES) => (inputs[name] ?? '').trim() || EMPTY_CHOICES[name];
  const penaltyShown = shown('penalty');
  const markup = kind === 'loan' && penaltyShown === 'markup';
  // Choosing the markup fills the usual markup when its field is empty, so the result shows at once.
  const choosePenalty = (value: string) =>
    setInputs((prev) => ({ ...prev, kind: kindOf(prev), penalty: value, ...(value === 'markup' && !(prev['markup'] ?? '').trim() ? { markup: DEFAULT_MARKUP } : {}) }));

  const { values, detail } = state.evaluation;
  const field = (name: string, value?: string) => <DefinedField def={accelerationCalc} prefix="ac" name={name} state={fieldState} {...(value !== undefined ? { value } : {})} />;
  const announce = detail ? `现在被要求还 ${formatYuanInSentence(detail.dueNowFen)}，其中${parts(detail).map((x) => `${x.name} ${formatYuanInSentence(x.fen)}`).join('，')}` : '请检查输入';
  const kindOptions = Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }));
  const label = (name: string) => resultLabel(accelerationCalc, name, detail?.kind);

  return (
    <CalculatorShell
      {...props}
      def={accelerationCalc}
      prefix="ac"
      formLabel="借款和逾期情况"
      state={state}
      announce={announce}
      resultsClass="min-w-0 space-y-4"
      form={
        <>
          <Choice id="ac-kind" legend="这笔借款是" value={kind} readOnly={state.locked} onChange={switchKind} options={kindOptions} />
          {field('amount')}
          {kind === 'installment' ? (
            <>{field('periods')}{field('fee')}</>
          ) : (
            <>{field('rate')}{field('months')}{field('method', shown('method'))}</>
          )}
          {field('paid')}
          {field('overdue')}
          {kind === 'loan' && <DefinedField def={accelerationCalc} prefix="ac" name="penalty" state={fieldState} value={penaltyShown} onChange={choosePenalty} />}
          {markup ? <>{field('markup')}{field('compound', shown('compound'))}</> : field('daily')}
          {kind === 'loan' && field('accrue', shown('accrue'))}
        </>
      }
      afterResults={detail && (
        <section aria-labelledby="ac-schedule-title" class="space-y-2">
          <h2 id="ac-schedule-title" class="text-lg font-bold">原来的还款计划</h2>
          <p class="text-sm">每期标明已还、逾期或未到期。被要求全额还款后，逾期和未到期的本金都要现在还。</p>
          <div class="[&_td]:whitespace-nowrap [&_td]:px-1 [&_th]:px-1">
            <DataTable
              id="ac-table"
              caption="原来的还款计划和每期状态"
              rows={detail.rows}
              columns={scheduleColumns(detail.kind)}
              totals={{ payment: detail.rows.reduce((a, r) => a + r.paymentFen, 0), principal: detail.amountFen, charge: detail.rows.reduce((a, r) => a + r.chargeFen, 0) }}
              csvName="被要求全额还款-原还款计划.csv"
            />
          </div>
        </section>
      )}
      judgement={detail && { sentence: accelerationSentence(detail) }}
      results={values && detail ? (
        <>
          <dl class="calc-results [&>.calc-result-main]:col-span-full">
            <Result name="due-now" label={label('due-now')} value={values['due-now']!} text={formatYuan(detail.dueNowFen)} emphasis note={`剩余本金 + 逾期各期的钱 + ${parts(detail).map((x) => x.name).join(' + ')}`} />
            <Result name="remaining-principal" label={label('remaining-principal')} value={values['remaining-principal']!} text={formatYuan(detail.remainingPrincipalFen)} note={`${span(detail.paid + 1, detail.periods)}的本金`} />
            <Result name="remaining-charges" label={label('remaining-charges')} value={values['remaining-charges']!} text={formatYuan(detail.remainingChargesFen)} note={`${span(detail.paid + 1, detail.paid + detail.overdue)}，已经到期`} />
            <Result
              name="penalty"
              label={label('penalty')}
              value={values['penalty']!}
              text={formatYuan(detail.penaltyMethod === 'markup' ? detail.penaltyInterestFen : detail.penaltyFen)}
              note={`${detail.penaltyMethod === 'markup' ? `逾期本金按年利率 ${detail.penaltyAnnualPercent}%（合同 ${detail.contractAnnualPercent}% 上浮 ${detail.markupPercent}%）` : `按每天 ${detail.dailyPercent}%`}，算到最后一笔逾期后第 ${DEMAND_DELAY_DAYS} 天`}
            />
            {detail.compound && (
              <Result name="compound-interest" label={label('compound-interest')} value={values['compound-interest'] ?? null} text={formatYuan(detail.compoundInterestFen)} note={`逾期各期的利息按年利率 ${detail.penaltyAnnualPercent}% 计的利息`} />
            )}
            {detail.accrue && (
              <Result name="accrued-interest" label={label('accrued-interest')} value={values['accrued-interest'] ?? null} text={formatYuan(detail.accruedInterestFen)} note={`${span(detail.paid + detail.overdue + 1, detail.periods)}的本金，按合同年利率算 ${DEMAND_DELAY_DAYS} 天`} />
            )}
          </dl>
          <p class="text-sm" data-penalty-method={detail.penaltyMethod}>{methodSentence(detail)}</p>
          <p class="text-sm">
            逾期的 {detail.overdue} 期原本应还 {formatYuanInSentence(detail.missedFen)}；按原计划，从第{detail.paid + 1}期起剩下的 {detail.periods - detail.paid} 期一共要还 {formatYuanInSentence(detail.scheduledRestFen)}，是一个月一个月地还。
            被要求全额还款，就是要你现在一次拿出 {formatYuanInSentence(detail.dueNowFen)}。
          </p>
          {detail.futurePeriods > 0 && (
            <p class="box box-warn text-sm">
              这里没有算还没到期的 {detail.futurePeriods} 期{chargeWord(detail.kind)}（共 {formatYuanInSentence(detail.futureChargesFen)}），因为{detail.kind === 'installment' ? '手续费' : '利息'}对应的是你还没用到的那段时间{detail.accrue ? `；只算了到要求还款那天的 ${formatYuanInSentence(detail.accruedInterestFen)}` : ''}。
              有些合同会要求把剩余各期的{chargeWord(detail.kind)}也一并付清，那样要还 {formatYuanInSentence(detail.dueWithFutureChargesFen)}。以合同和页面展示为准，可以要求对方逐项列出本金、{chargeWord(detail.kind)}、罚息和其他费用。
            </p>
          )}
          {detail.method === 'bullet' && (
            <p class="text-sm">到期一次还本付息的借款中间各期应还都是 0，“逾期几期”在这里不产生罚息；这里{detail.accrue ? `只算了最后 ${DEMAND_DELAY_DAYS} 天的利息，没有算此前` : '也没有算到今天为止'}已经产生的利息，实际要还的通常会多出这部分。</p>
          )}
        </>
      ) : null}
      working={detail && (
        <>
          <pre class="calc-formula">{workingText(detail)}</pre>
          <div class="[&_td]:whitespace-nowrap [&_td]:px-1 [&_th]:px-1">
            {detail.penaltyMethod === 'markup' ? (
              <DataTable id="ac-penalty-table" caption={detail.compound ? '每笔逾期的罚息和复利' : '每笔逾期的罚息'} rows={detail.penalties} columns={markupColumns(detail.compound)} totals={{ principal: detail.missedPrincipalFen, penalty: detail.penaltyInterestFen, charge: detail.remainingChargesFen, compound: detail.compoundInterestFen }} />
            ) : (
              <DataTable id="ac-penalty-table" caption="每笔逾期的罚息" rows={detail.penalties} columns={PENALTY_COLUMNS} totals={{ payment: detail.missedFen, penalty: detail.penaltyFen }} />
            )}
          </div>
          <p class="text-sm">还没到期的各期{chargeWord(detail.kind)}不算在内。每个合同的罚息算法和起算日可能不同，以合同和页面展示为准。</p>
        </>
      )}
      chart={detail && {
        title: '逾期的几期、被要求立即还的、按原计划剩下的',
        summary: `逾期的${detail.overdue}期原本应还 ${formatYuanInSentence(detail.missedFen)}；被要求立即还 ${formatYuanInSentence(detail.dueNowFen)}${detail.missedFen > 0 ? `，约是逾期部分的 ${(detail.dueNowFen / detail.missedFen).toFixed(1)} 倍` : ''}；按原计划，剩下${detail.periods - detail.paid}期一共要还 ${formatYuanInSentence(detail.scheduledRestFen)}，但可以分月还。`,
        data: detail,
        load: () => import('./chart'),
        table: <DataTable id="ac-chart-table" caption="图表数据" rows={comparisonBars(detail)} columns={BAR_COLUMNS} />,
      }}
    />
  );
}
