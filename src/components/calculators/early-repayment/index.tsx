import { useEffect, useRef } from 'preact/hooks';
import {
  earlyRepaymentCalc,
  KIND_DEFAULTS,
  KIND_LABELS,
  KIND_PARAMS,
  kindOf,
  MODE_LABELS,
  REMAINING_FEE_LABELS,
  type CompareRow,
  type CostBar,
  type EarlyRepaymentDetail,
  type Kind,
} from '~/lib/calculators/early-repayment';
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

type LoanDetail = Extract<EarlyRepaymentDetail, { kind: 'loan' }>;
type PlanDetail = Extract<EarlyRepaymentDetail, { kind: 'plan' }>;

const LOAN_LABELS: Record<string, string> = {
  'fee-plan': '这笔钱是',
  amount: '借款金额',
  rate: '年利率',
  months: '借款期限',
  method: '还款方式',
  paid: '已还期数',
  prepay: '提前还款金额',
  fee: '提前还款手续费率',
  mode: '只还一部分时',
};
const PLAN_LABELS: Record<string, string> = {
  ...LOAN_LABELS,
  amount: '分期金额',
  periods: '分期期数',
  fee: '每期手续费率',
  'remaining-fees': '提前还清时，剩下各期的手续费',
};

/** 利息 for a loan, 手续费 for a plan. */
const chargeWord = (kind: Kind) => (kind === 'loan' ? '利息' : '手续费');

function compareColumns(kind: Kind): TableColumn<CompareRow>[] {
  const word = chargeWord(kind);
  return [
    { key: 'period', label: '期数', value: (r) => r.period, money: false, text: (r) => (r.period === 0 ? '现在' : String(r.period)) },
    { key: 'old-payment', label: '原计划应还（元）', value: (r) => r.oldPaymentFen },
    { key: 'old-charge', label: `原计划${word}（元）`, value: (r) => r.oldChargeFen },
    { key: 'new-payment', label: '提前还款后应还（元）', value: (r) => r.newPaymentFen },
    { key: 'new-charge', label: kind === 'loan' ? '其中利息和手续费（元）' : '其中手续费（元）', value: (r) => r.newChargeFen },
  ];
}

function compareTotals(rows: readonly CompareRow[]): Record<string, number> {
  const sum = (f: (r: CompareRow) => number) => rows.reduce((a, r) => a + f(r), 0);
  return { 'old-payment': sum((r) => r.oldPaymentFen), 'old-charge': sum((r) => r.oldChargeFen), 'new-payment': sum((r) => r.newPaymentFen), 'new-charge': sum((r) => r.newChargeFen) };
}

function barColumns(kind: Kind): TableColumn<CostBar>[] {
  return [
    { key: 'label', label: '项目', value: () => 0, text: (b) => b.label },
    { key: 'charge', label: kind === 'loan' ? '还要付的利息（元）' : '还要付的分期手续费（元）', value: (b) => b.chargeFen },
    { key: 'fee', label: '提前还款手续费（元）', value: (b) => b.feeFen },
    { key: 'total', label: '合计（元）', value: (b) => b.chargeFen + b.feeFen },
  ];
}

/** "第13期" or "第13期到第36期". */
const span = (from: number, to: number) => (from === to ? `第${from}期` : `第${from}期到第${to}期`);

function loanWorking(d: LoanDetail): string {
  const r = d.result;
  const all = r.newMonths === 0;
  const lines = [
    `还款方式：${METHOD_LABELS[d.method]}。假设在第${d.paid}期还款日当天、还完这一期之后提前还款，不计零头天数的利息。`,
    `提前还款时尚欠本金：${formatYuan(r.balanceFen)}`,
    `这次提前还：${formatYuan(r.prepayFen)}${all ? '（全部还清）' : `，还剩本金 ${formatYuan(r.balanceFen - r.prepayFen)}`}`,
    `原计划${span(d.paid + 1, d.months)}的利息合计：${formatYuan(r.remainingInterestFen)}`,
  ];
  if (d.accruedNowFen > 0) lines.push(`到期一次还本付息：提前还的部分，要连同已借 ${d.paid} 个月的利息一起付：${formatYuan(d.accruedNowFen)}`);
  if (!all) {
    const how = d.method === 'interest-only' || d.method === 'bullet' ? '到期日不变' : MODE_LABELS[d.mode];
    lines.push(`剩下的本金按“${how}”重新排计划：还要还 ${r.newMonths} 个月`);
  }
  lines.push(
    `提前还款后的利息合计：${formatYuan(r.newInterestFen)}`,
    `少付的利息 = ${formatYuanPlain(r.remainingInterestFen)} − ${formatYuanPlain(r.newInterestFen)} = ${formatYuan(r.interestSavedFen)}`,
    `手续费 = ${formatYuanPlain(r.prepayFen)} × ${d.feePercent}% = ${formatYuan(r.feeCostFen)}（四舍五入到分）`,
    `净节省 = ${formatYuanPlain(r.interestSavedFen)} − ${formatYuanPlain(r.feeCostFen)} = ${formatYuan(r.netSavingFen)}`,
  );
  return lines.join('\n');
}

function planWorking(d: PlanDetail): string {
  const r = d.result;
  const left = d.periods - d.paid;
  const lines = [
    `每期手续费 = 分期金额 × ${d.feePercentPerPeriod}% = ${formatYuan(d.periodFeeFen)}（按原始本金算，每期一样）`,
    `剩余本金 = ${span(d.paid + 1, d.periods)}的本金之和 = ${formatYuan(r.remainingPrincipalFen)}`,
    `剩下 ${left} 期的手续费 = ${left} × ${formatYuanPlain(d.periodFeeFen)} = ${formatYuan(r.remainingFeesFen)}`,
    d.remainingFees === 'all'
      ? `剩余各期手续费照收：现在一次要还 = ${formatYuanPlain(r.remainingPrincipalFen)} + ${formatYuanPlain(r.feesChargedFen)} = ${formatYuan(r.payNowFen)}`
      : `剩余手续费不再收：现在一次要还 = 剩余本金 = ${formatYuan(r.payNowFen)}`,
    `净节省 = 原计划剩下的手续费 − 仍要付的手续费 = ${formatYuanPlain(r.remainingFeesFen)} − ${formatYuanPlain(r.feesChargedFen)} = ${formatYuan(r.netSavingFen)}`,
  ];
  return lines.join('\n');
}

function chartSummary(d: EarlyRepaymentDetail): string {
  if (d.kind === 'loan') {
    const r = d.result;
    return `不提前还，剩下还要付利息 ${formatYuan(r.remainingInterestFen)}；提前还款后还要付利息 ${formatYuan(r.newInterestFen)}，另加手续费 ${formatYuan(r.feeCostFen)}，一共 ${formatYuan(r.newInterestFen + r.feeCostFen)}。两者相差 ${formatYuan(r.netSavingFen)}，就是净节省。`;
  }
  const r = d.result;
  return `按原计划还完，剩下 ${d.periods - d.paid} 期还要付手续费 ${formatYuan(r.remainingFeesFen)}；现在提前还清，仍要付手续费 ${formatYuan(r.feesChargedFen)}。净节省 ${formatYuan(r.netSavingFen)}。`;
}

interface Props { base: string; embed?: boolean }

export default function EarlyRepayment({ base, embed = false }: Props) {
  const { inputs, set, setInputs, evaluation, locked, unlock, ready } = useCalculator(earlyRepaymentCalc);
  const kind = kindOf(inputs);
  // What each kind's own fields held before the reader switched away, to restore on switching back.
  const saved = useRef<Record<Kind, RawInputs>>({ loan: {}, plan: {} });

  // Once the link is read: drop the other kind's parameters (kept aside for switching back) so
  // the address only carries what this calculation uses.
  useEffect(() => {
    if (!ready) return;
    setInputs((prev) => {
      const k = kindOf(prev);
      const other: Kind = k === 'loan' ? 'plan' : 'loan';
      const next = { ...prev };
      for (const name of KIND_PARAMS[other]) {
        if (KIND_PARAMS[k].includes(name)) continue;
        saved.current[other][name] = prev[name] ?? '';
        next[name] = '';
      }
      return next;
    });
  }, [ready]);

  const switchKind = (value: string) => {
    const next: Kind = value === '1' ? 'plan' : 'loan';
    const updated: RawInputs = { ...inputs, 'fee-plan': next === 'plan' ? '1' : '' };
    if (next !== kind) {
      for (const name of KIND_PARAMS[kind]) {
        saved.current[kind][name] = inputs[name] ?? '';
        updated[name] = '';
      }
      for (const name of KIND_PARAMS[next]) updated[name] = saved.current[next][name] || KIND_DEFAULTS[next][name] || '';
      // Carry the term across: 36 months of a loan are 36 periods of a plan.
      const [from, to] = next === 'plan' ? ['months', 'periods'] : ['periods', 'months'];
      if (!saved.current[next][to] && (inputs[from] ?? '').trim() !== '') updated[to] = inputs[from] ?? '';
    }
    setInputs(updated);
  };

  const { errors, values, detail } = evaluation;
  const labels = kind === 'plan' ? PLAN_LABELS : LOAN_LABELS;
  const errorList = Object.entries(errors).map(([name, message]) => ({ fieldId: `er-${name}`, label: labels[name] ?? name, message }));
  const query = queryFromInputs(earlyRepaymentCalc, inputs);
  const yuan = (name: string) => formatYuan(Math.round((values?.[name] ?? 0) * 100));
  const announce = !values
    ? '请检查输入'
    : kind === 'loan'
      ? `净节省 ${yuan('net-saving')}，少付利息 ${yuan('interest-saved')}，手续费 ${yuan('fee-cost')}`
      : `净节省 ${yuan('net-saving')}，现在一次要还 ${yuan('pay-now')}`;
  const method = (inputs['method'] ?? '').trim();
  const keepsEndDate = method === 'interest-only' || method === 'bullet';
  const flag = (inputs['fee-plan'] ?? '').trim();

  return (
    <div class="space-y-6">
      <LockBar locked={locked} onUnlock={unlock} />
      <div class="calc">
        <form class="calc-form card" onSubmit={(e) => e.preventDefault()} aria-label="提前还款的条件" noValidate>
          <ErrorSummary errors={errorList} />
          <Choice
            id="er-fee-plan"
            legend={labels['fee-plan']!}
            value={flag === '1' ? '1' : flag === '' || flag === '0' ? '0' : ''}
            readOnly={locked}
            error={errors['fee-plan']}
            onChange={switchKind}
            options={[{ value: '0', label: KIND_LABELS.loan }, { value: '1', label: KIND_LABELS.plan }]}
          />
          <Field id="er-amount" label={labels['amount']!} hint={kind === 'plan' ? '分期的本金，例如 12000 或 1.2万' : '合同上借的本金，例如 100000 或 10万'} unit="元" value={inputs['amount'] ?? ''} error={errors['amount']} readOnly={locked} onInput={set('amount')} />
          {kind === 'plan' ? (
            <>
              <Field id="er-periods" label={labels['periods']!} hint="一共分几期，每期一个月" unit="期" inputMode="numeric" value={inputs['periods'] ?? ''} error={errors['periods']} readOnly={locked} onInput={set('periods')} />
              <Field id="er-fee" label={labels['fee']!} hint="按原始本金收的每期费率，例如 0.6 表示每期0.6%" unit="%" value={inputs['fee'] ?? ''} error={errors['fee']} readOnly={locked} onInput={set('fee')} />
              <Field id="er-paid" label={labels['paid']!} hint="已经按时还了几期，一期没还就填 0" unit="期" inputMode="numeric" value={inputs['paid'] ?? ''} error={errors['paid']} readOnly={locked} onInput={set('paid')} />
              <Choice
                id="er-remaining-fees"
                legend={labels['remaining-fees']!}
                value={(inputs['remaining-fees'] ?? '').trim() || 'all'}
                readOnly={locked}
                error={errors['remaining-fees']}
                onChange={set('remaining-fees')}
                options={Object.entries(REMAINING_FEE_LABELS).map(([value, label]) => ({ value, label }))}
              />
            </>
          ) : (
            <>
              <Field id="er-rate" label={labels['rate']!} hint="合同上的年利率（名义年利率），例如 6 表示6%" unit="%" value={inputs['rate'] ?? ''} error={errors['rate']} readOnly={locked} onInput={set('rate')} />
              <Field id="er-months" label={labels['months']!} hint="一共借几个月，最多360个月" unit="个月" inputMode="numeric" value={inputs['months'] ?? ''} error={errors['months']} readOnly={locked} onInput={set('months')} />
              <Choice id="er-method" legend={labels['method']!} value={method} readOnly={locked} error={errors['method']} onChange={set('method')} options={Object.entries(METHOD_LABELS).map(([value, label]) => ({ value, label }))} />
              <Field id="er-paid" label={labels['paid']!} hint="已经按时还了几个月，一期没还就填 0" unit="期" inputMode="numeric" value={inputs['paid'] ?? ''} error={errors['paid']} readOnly={locked} onInput={set('paid')} />
              <Field id="er-prepay" label={labels['prepay']!} hint="只还一部分就填金额；不填表示全部还清" unit="元" value={inputs['prepay'] ?? ''} error={errors['prepay']} readOnly={locked} onInput={set('prepay')} />
              <Field id="er-fee" label={labels['fee']!} hint="按提前还的金额收的比例，例如 1；不收就填 0" unit="%" value={inputs['fee'] ?? ''} error={errors['fee']} readOnly={locked} onInput={set('fee')} />
              {keepsEndDate ? (
                <p class="calc-hint">{METHOD_LABELS[method as 'interest-only' | 'bullet']}的贷款只还一部分时，到期日不变，之后的利息按剩下的本金算。</p>
              ) : (
                <Choice id="er-mode" legend={labels['mode']!} value={(inputs['mode'] ?? '').trim() || 'shorten'} readOnly={locked} error={errors['mode']} onChange={set('mode')} options={Object.entries(MODE_LABELS).map(([value, label]) => ({ value, label }))} />
              )}
            </>
          )}
        </form>

        <ResultsPanel id="er" announce={announce} class="min-w-0 space-y-4">
          {values && detail?.kind === 'loan' && <LoanResults d={detail} values={values} />}
          {values && detail?.kind === 'plan' && <PlanResults d={detail} values={values} />}
          {!values && <InvalidInputNotice />}
        </ResultsPanel>
      </div>

      {detail && (
        <>
          <Working>
            <pre class="calc-formula">{detail.kind === 'loan' ? loanWorking(detail) : planWorking(detail)}</pre>
            <p class="text-sm">
              {`下表把原计划剩下的各期和提前还款后的各期并排放在一起。“现在”一行是提前还款当天要付的钱${detail.kind === 'loan' ? '（提前还的本金和手续费）' : '（一次还清的金额）'}。两列“应还”的合计相减，就是净节省。`}
            </p>
            <div class="[&_td]:whitespace-nowrap [&_tbody_th]:whitespace-nowrap [&_td]:px-1 [&_th]:px-1">
              <ScheduleTable
                id="er-table"
                caption="原计划剩下的各期与提前还款后的对比"
                rows={detail.rows}
                columns={compareColumns(detail.kind)}
                totals={compareTotals(detail.rows)}
                csvName={detail.kind === 'loan' ? '提前还款-原计划与新计划.csv' : '分期提前还清-原计划与提前还清.csv'}
              />
            </div>
          </Working>
          <LazyChart
            id="er-chart"
            title={detail.kind === 'loan' ? '还要付的利息：不提前还 和 提前还款' : '还要付的手续费：按原计划 和 提前还清'}
            summary={chartSummary(detail)}
            data={detail}
            load={() => import('./chart')}
            table={<ScheduleTable id="er-chart-table" caption="图表数据" rows={detail.bars} columns={barColumns(detail.kind)} />}
          />
        </>
      )}
      {!embed && <EducatorBox id="early-repayment" title="提前还款" base={base} query={query} />}
    </div>
  );
}

function LoanResults({ d, values }: { d: LoanDetail; values: Record<string, number> }) {
  const r = d.result;
  const all = r.newMonths === 0;
  const paymentLabel = d.method === 'bullet' ? '到期一次还' : '之后每月还';
  const paymentNote = all
    ? '已全部还清'
    : d.method === 'bullet'
      ? `第${d.months}期，本金和利息一起还`
      : d.method === 'interest-only'
        ? '每月只还利息，本金到期还'
        : d.method === 'equal-principal'
          ? '下一期的金额，之后逐月减少'
          : d.mode === 'shorten'
            ? '和原来的月供一样'
            : '期限不变，月供变少';
  return (
    <>
      <dl class="calc-results [&>.calc-result-main]:col-span-full">
        <Result name="net-saving" label="净节省" value={values['net-saving']!} text={formatYuan(r.netSavingFen)} emphasis note="少付的利息 − 提前还款手续费" />
        <Result name="interest-saved" label="少付的利息" value={values['interest-saved']!} text={formatYuan(r.interestSavedFen)} />
        <Result name="fee-cost" label="提前还款手续费" value={values['fee-cost']!} text={formatYuan(r.feeCostFen)} note={`${formatYuanPlain(r.prepayFen)} × ${d.feePercent}%`} />
        <Result name="new-payment" label={paymentLabel} value={values['new-payment']!} text={formatYuan(r.newPaymentFen)} note={paymentNote} />
        <Result name="new-months" label="之后还要还" value={values['new-months']!} text={all ? '0 个月' : `${r.newMonths} 个月`} note={all ? undefined : `原来还剩 ${d.months - d.paid} 个月`} />
      </dl>
      <p class="text-sm">
        {`还完第${d.paid}期后尚欠本金 ${formatYuan(r.balanceFen)}，这次提前还 ${formatYuan(r.prepayFen)}${all ? '，全部还清' : ''}。`}
        {d.capped && '填的金额超过了尚欠本金，按全部还清计算。'}
      </p>
      {r.netSavingFen < 0 && <p class="calc-warning">手续费比少付的利息还多：这样提前还款，反而要多花 {formatYuan(-r.netSavingFen)}。</p>}
      {r.netSavingFen === 0 && <p class="calc-warning">这样提前还款省不下钱。</p>}
    </>
  );
}

function PlanResults({ d, values }: { d: PlanDetail; values: Record<string, number> }) {
  const r = d.result;
  return (
    <>
      <dl class="calc-results [&>.calc-result-main]:col-span-full">
        <Result name="net-saving" label="净节省" value={values['net-saving']!} text={formatYuan(r.netSavingFen)} emphasis note="省下的手续费" />
        <Result name="fee-cost" label="提前还清仍要付的手续费" value={values['fee-cost']!} text={formatYuan(r.feesChargedFen)} note={`剩下 ${d.periods - d.paid} 期的手续费共 ${formatYuan(r.remainingFeesFen)}`} />
        <Result name="pay-now" label="现在一次要还" value={values['pay-now']!} text={formatYuan(r.payNowFen)} note={d.remainingFees === 'all' ? '剩余本金 + 剩余各期手续费' : '剩余本金'} />
      </dl>
      <p class="calc-warning">
        {'很多分期产品提前还清时，剩下各期的手续费照样要收。这样提前还清一分钱也省不下，只是把钱提前付了。收不收、收多少，以合同和页面展示为准。'}
      </p>
    </>
  );
}
