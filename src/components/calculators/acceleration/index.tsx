import { useEffect, useRef } from 'preact/hooks';
import {
  accelerationCalc,
  DEMAND_DELAY_DAYS,
  KIND_DEFAULTS,
  KIND_LABELS,
  KIND_PARAMS,
  kindOf,
  STATUS_LABELS,
  comparisonBars,
  type AccelerationDetail,
  type ComparisonBar,
  type DebtKind,
  type MissedPenalty,
  type StatusRow,
} from '~/lib/calculators/acceleration';
import { METHOD_LABELS } from '~/lib/calculators/labels';
import { queryFromInputs, type RawInputs } from '~/lib/calculators/types';
import { formatYuan, formatYuanPlain } from '~/lib/format/number';
import { useCalculator } from '../shared/useCalculator';
import { Field, Choice } from '../shared/Field';
import { ErrorSummary } from '../shared/ErrorSummary';
import { Result } from '../shared/Result';
import { ResultsPanel, InvalidInputNotice } from '../shared/ResultsPanel';
import { LockBar } from '../shared/LockBar';
import { Working } from '../shared/Working';
import { ScheduleTable, type TableColumn } from '../shared/ScheduleTable';
import { LazyChart } from '../shared/LazyChart';
import { EducatorBox } from '../shared/EducatorBox';

const LABELS: Record<string, string> = {
  amount: '借款金额',
  periods: '分期期数',
  fee: '每期手续费率',
  rate: '年利率',
  months: '借款期限',
  method: '还款方式',
  paid: '已按时还了几期',
  overdue: '逾期没还的期数',
  daily: '日罚息率',
};

/** 手续费 for an installment plan, 利息 for a loan. */
const chargeWord = (kind: DebtKind) => (kind === 'installment' ? '手续费' : '利息');

function scheduleColumns(kind: DebtKind): TableColumn<StatusRow>[] {
  return [
    { key: 'period', label: '期数', value: (r) => r.period, money: false },
    { key: 'payment', label: '应还（元）', value: (r) => r.paymentFen },
    { key: 'principal', label: '本金（元）', value: (r) => r.principalFen },
    { key: 'charge', label: `${chargeWord(kind)}（元）`, value: (r) => r.chargeFen },
    { key: 'status', label: '状态', value: () => 0, text: (r) => STATUS_LABELS[r.status] },
  ];
}

const PENALTY_COLUMNS: TableColumn<MissedPenalty>[] = [
  { key: 'period', label: '期数', value: (p) => p.period, money: false },
  { key: 'payment', label: '应还（元）', value: (p) => p.paymentFen },
  { key: 'days', label: '逾期天数', value: (p) => p.daysLate, money: false },
  { key: 'penalty', label: '罚息（元）', value: (p) => p.penaltyFen },
];

const BAR_COLUMNS: TableColumn<ComparisonBar>[] = [
  { key: 'label', label: '项目', value: () => 0, text: (b) => b.label },
  { key: 'amount', label: '金额（元）', value: (b) => b.fen },
];

/** "第5期" or "第5期到第12期". */
const span = (from: number, to: number) => (from === to ? `第${from}期` : `第${from}期到第${to}期`);

function workingText(d: AccelerationDetail): string {
  const word = chargeWord(d.kind);
  const lines = [
    `假设对方在最后一笔逾期的还款日之后 ${DEMAND_DELAY_DAYS} 天要求全部还清。`,
    `剩余本金 = ${span(d.paid + 1, d.periods)}的本金之和 = ${formatYuan(d.remainingPrincipalFen)}`,
    `逾期各期的${word} = ${span(d.paid + 1, d.paid + d.overdue)}的${word}之和 = ${formatYuan(d.remainingChargesFen)}`,
    `罚息 = 每笔逾期应还 × 日罚息率 × 逾期天数（每笔四舍五入到分）`,
    ...d.penalties.map((p) => `  第${p.period}期：${formatYuanPlain(p.paymentFen)} × ${d.dailyPercent}% × ${p.daysLate}天 = ${formatYuan(p.penaltyFen)}`),
    `  合计 ${formatYuan(d.penaltyFen)}`,
    `现在要还 = ${formatYuanPlain(d.remainingPrincipalFen)} + ${formatYuanPlain(d.remainingChargesFen)} + ${formatYuanPlain(d.penaltyFen)} = ${formatYuan(d.dueNowFen)}`,
  ];
  return lines.join('\n');
}

interface Props { base: string; embed?: boolean }

export default function Acceleration({ base, embed = false }: Props) {
  const { inputs, set, setInputs, evaluation, locked, unlock, ready } = useCalculator(accelerationCalc);
  const kind = kindOf(inputs);
  // What each kind's fields held before the reader switched away, to restore on switching back.
  const saved = useRef<Record<DebtKind, RawInputs>>({ installment: {}, loan: {} });

  // Pin the kind the link chose, so emptying a field while typing never flips the form.
  useEffect(() => {
    if (ready && !inputs['kind']) setInputs((prev) => ({ ...prev, kind: kindOf(prev) }));
  }, [ready]);

  const switchKind = (value: string) => {
    const next: DebtKind = value === 'loan' ? 'loan' : 'installment';
    if (next === kind) return;
    const updated: RawInputs = { ...inputs, kind: next };
    for (const name of KIND_PARAMS[kind]) {
      saved.current[kind][name] = inputs[name] ?? '';
      updated[name] = '';
    }
    for (const name of KIND_PARAMS[next]) updated[name] = saved.current[next][name] || KIND_DEFAULTS[next][name] || '';
    // Carry the number of periods across: 12 periods of a plan are 12 months of a loan.
    const [from, to] = next === 'loan' ? ['periods', 'months'] : ['months', 'periods'];
    if (!saved.current[next][to] && (inputs[from] ?? '').trim() !== '') updated[to] = inputs[from] ?? '';
    setInputs(updated);
  };

  const { errors, values, detail } = evaluation;
  const errorList = Object.entries(errors).map(([name, message]) => ({ fieldId: `ac-${name}`, label: LABELS[name] ?? name, message }));
  const query = queryFromInputs(accelerationCalc, inputs);
  const yuan = (name: string) => formatYuan(Math.round((values?.[name] ?? 0) * 100));
  const announce = values ? `现在被要求还 ${yuan('due-now')}，其中罚息 ${yuan('penalty')}` : '请检查输入';
  const methodOptions = Object.entries(METHOD_LABELS).map(([value, label]) => ({ value, label }));
  const kindOptions = Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }));

  return (
    <div class="space-y-6">
      <LockBar locked={locked} onUnlock={unlock} />
      <div class="calc">
        <form class="calc-form card" onSubmit={(e) => e.preventDefault()} aria-label="借款和逾期情况" noValidate>
          <ErrorSummary errors={errorList} />
          <Choice id="ac-kind" legend="这笔借款是" value={kind} readOnly={locked} onChange={switchKind} options={kindOptions} />
          <Field id="ac-amount" label={LABELS['amount']!} hint="合同上的借款或分期金额，例如 12000 或 1.2万" unit="元" value={inputs['amount'] ?? ''} error={errors['amount']} readOnly={locked} onInput={set('amount')} />
          {kind === 'installment' ? (
            <>
              <Field id="ac-periods" label={LABELS['periods']!} hint="一共分几期，每期一个月" unit="期" inputMode="numeric" value={inputs['periods'] ?? ''} error={errors['periods']} readOnly={locked} onInput={set('periods')} />
              <Field id="ac-fee" label={LABELS['fee']!} hint="按原始本金收取的每期费率，例如 0.6 表示每期0.6%" unit="%" value={inputs['fee'] ?? ''} error={errors['fee']} readOnly={locked} onInput={set('fee')} />
            </>
          ) : (
            <>
              <Field id="ac-rate" label={LABELS['rate']!} hint="合同上的年利率（名义年利率），例如 6 表示6%" unit="%" value={inputs['rate'] ?? ''} error={errors['rate']} readOnly={locked} onInput={set('rate')} />
              <Field id="ac-months" label={LABELS['months']!} hint="按月还款，最多360个月" unit="个月" inputMode="numeric" value={inputs['months'] ?? ''} error={errors['months']} readOnly={locked} onInput={set('months')} />
              <Choice id="ac-method" legend={LABELS['method']!} value={(inputs['method'] ?? '').trim() || 'annuity'} readOnly={locked} error={errors['method']} onChange={set('method')} options={methodOptions} />
            </>
          )}
          <Field id="ac-paid" label={LABELS['paid']!} hint="从第1期起按时还上的期数，一期没还过就填 0" unit="期" inputMode="numeric" value={inputs['paid'] ?? ''} error={errors['paid']} readOnly={locked} onInput={set('paid')} />
          <Field id="ac-overdue" label={LABELS['overdue']!} hint="紧接着没还上的期数，至少 1 期" unit="期" inputMode="numeric" value={inputs['overdue'] ?? ''} error={errors['overdue']} readOnly={locked} onInput={set('overdue')} />
          <Field id="ac-daily" label={LABELS['daily']!} hint="合同写的逾期日利率，例如 0.05 或 万分之五" unit="%" value={inputs['daily'] ?? ''} error={errors['daily']} readOnly={locked} onInput={set('daily')} />
        </form>

        <ResultsPanel
          id="ac"
          announce={announce}
          class="min-w-0 space-y-4"
          after={detail && (
            <section aria-labelledby="ac-schedule-title" class="space-y-2">
              <h2 id="ac-schedule-title" class="text-lg font-bold">原来的还款计划</h2>
              <p class="text-sm">每期标明已还、逾期或未到期。被要求全额还款后，逾期和未到期的本金都要现在还。</p>
              <div class="[&_td]:whitespace-nowrap [&_td]:px-1 [&_th]:px-1">
                <ScheduleTable
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
        >
          {values && detail ? (
            <>
              <dl class="calc-results [&>.calc-result-main]:col-span-full">
                <Result name="due-now" label="现在被要求还" value={values['due-now']!} text={formatYuan(detail.dueNowFen)} emphasis note="剩余本金 + 逾期各期的钱 + 罚息" />
                <Result name="remaining-principal" label="剩余本金" value={values['remaining-principal']!} text={formatYuan(detail.remainingPrincipalFen)} note={`${span(detail.paid + 1, detail.periods)}的本金`} />
                <Result name="remaining-charges" label={`逾期各期的${chargeWord(detail.kind)}`} value={values['remaining-charges']!} text={formatYuan(detail.remainingChargesFen)} note={`${span(detail.paid + 1, detail.paid + detail.overdue)}，已经到期`} />
                <Result name="penalty" label="罚息" value={values['penalty']!} text={formatYuan(detail.penaltyFen)} note={`按每天 ${detail.dailyPercent}%，算到最后一笔逾期后第 ${DEMAND_DELAY_DAYS} 天`} />
              </dl>
              <p class="text-sm">
                逾期的 {detail.overdue} 期原本应还 {formatYuan(detail.missedFen)}；按原计划，从第{detail.paid + 1}期起剩下的 {detail.periods - detail.paid} 期一共要还 {formatYuan(detail.scheduledRestFen)}，是一个月一个月地还。
                被要求全额还款，就是要你现在一次拿出 {formatYuan(detail.dueNowFen)}。
              </p>
              {detail.futurePeriods > 0 && (
                <p class="box box-warn text-sm">
                  这里没有算还没到期的 {detail.futurePeriods} 期{chargeWord(detail.kind)}（共 {formatYuan(detail.futureChargesFen)}），因为{detail.kind === 'installment' ? '手续费' : '利息'}对应的是你还没用到的那段时间。
                  有些合同会要求把剩余各期的{chargeWord(detail.kind)}也一并付清，那样要还 {formatYuan(detail.dueNowFen + detail.futureChargesFen)}。以合同和页面展示为准，可以要求对方逐项列出本金、{chargeWord(detail.kind)}、罚息和其他费用。
                </p>
              )}
              {detail.method === 'bullet' && (
                <p class="text-sm">到期一次还本付息的借款中间各期应还都是 0，“逾期几期”在这里不产生罚息；这里也没有算到今天为止已经产生的利息，实际要还的通常会多出这部分。</p>
              )}
            </>
          ) : (
            <InvalidInputNotice />
          )}
        </ResultsPanel>
      </div>

      {detail && (
        <>
          <Working>
            <pre class="calc-formula">{workingText(detail)}</pre>
            <div class="[&_td]:whitespace-nowrap [&_td]:px-1 [&_th]:px-1"><ScheduleTable id="ac-penalty-table" caption="每笔逾期的罚息" rows={detail.penalties} columns={PENALTY_COLUMNS} totals={{ payment: detail.missedFen, penalty: detail.penaltyFen }} /></div>
            <p class="text-sm">还没到期的各期{chargeWord(detail.kind)}不算在内。每个合同的罚息算法和起算日可能不同，以合同和页面展示为准。</p>
          </Working>
          <LazyChart
            id="ac-chart"
            title="逾期的几期、被要求立即还的、按原计划剩下的"
            summary={`逾期的${detail.overdue}期原本应还 ${formatYuan(detail.missedFen)}；被要求立即还 ${formatYuan(detail.dueNowFen)}${detail.missedFen > 0 ? `，约是逾期部分的 ${(detail.dueNowFen / detail.missedFen).toFixed(1)} 倍` : ''}；按原计划，剩下${detail.periods - detail.paid}期一共要还 ${formatYuan(detail.scheduledRestFen)}，但可以分月还。`}
            data={detail}
            load={() => import('./chart')}
            table={<ScheduleTable id="ac-chart-table" caption="图表数据" rows={comparisonBars(detail)} columns={BAR_COLUMNS} />}
          />
        </>
      )}
      {!embed && <EducatorBox id="acceleration" title="被要求全额还款" base={base} query={query} />}
    </div>
  );
}
