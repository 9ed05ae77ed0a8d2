import { useEffect } from 'preact/hooks';
import {
  earlyRepaymentCalc,
  KIND_DEFAULTS,
  KIND_PARAMS,
  kindOf,
  MODE_LABELS,
  type CompareRow,
  type CostBar,
  type EarlyRepaymentDetail,
  type Kind,
} from '~/lib/calculators/early-repayment';
import { METHOD_LABELS } from '~/lib/calculators/labels';
import { resultLabel } from '~/lib/calculators/define';
import { formatYuan, formatYuanPlain, formatYuanInSentence } from '~/lib/format/number';
import { earlyRepaymentSentence } from '~/lib/judge';
import { useCalculator, useKindSwitch } from '../shared/useCalculator';
import { DefinedField } from '../shared/DefinedField';
import { Result } from '../shared/Result';
import { DataTable, type Column } from '../shared/DataTable';
import { CalculatorShell, type IslandProps } from '../shared/CalculatorShell';

type LoanDetail = Extract<EarlyRepaymentDetail, { kind: 'loan' }>;
type PlanDetail = Extract<EarlyRepaymentDetail, { kind: 'plan' }>;

const TERM = { loan: 'months', plan: 'periods' } as const;
const label = (name: string, mode?: string) => resultLabel(earlyRepaymentCalc, name, mode);

/** 利息 for a loan, 手续费 for a plan. */
const chargeWord = (kind: Kind) => (kind === 'loan' ? '利息' : '手续费');

function compareColumns(kind: Kind): Column<CompareRow>[] {
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

function barColumns(kind: Kind): Column<CostBar>[] {
  return [
    { key: 'label', label: '项目', text: (b) => b.label },
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
    return `不提前还，剩下还要付利息 ${formatYuanInSentence(r.remainingInterestFen)}；提前还款后还要付利息 ${formatYuanInSentence(r.newInterestFen)}，另加手续费 ${formatYuanInSentence(r.feeCostFen)}，一共 ${formatYuanInSentence(r.newInterestFen + r.feeCostFen)}。两者相差 ${formatYuan(r.netSavingFen)}，就是净节省。`;
  }
  const r = d.result;
  return `按原计划还完，剩下 ${d.periods - d.paid} 期还要付手续费 ${formatYuanInSentence(r.remainingFeesFen)}；现在提前还清，仍要付手续费 ${formatYuanInSentence(r.feesChargedFen)}。净节省 ${formatYuan(r.netSavingFen)}。`;
}

export default function EarlyRepayment(props: IslandProps) {
  const state = useCalculator(earlyRepaymentCalc);
  const { inputs, setInputs, ready } = state;
  const kind = kindOf(inputs);
  const { switchTo, keep } = useKindSwitch<Kind>({ kind, inputs, setInputs, params: KIND_PARAMS, defaults: KIND_DEFAULTS, term: TERM });

  // Once the link is read: drop the other kind's parameters (kept aside for switching back) so
  // the address only carries what this calculation uses.
  useEffect(() => {
    if (!ready) return;
    setInputs((prev) => {
      const k = kindOf(prev);
      const other: Kind = k === 'loan' ? 'plan' : 'loan';
      const next = { ...prev };
      let changed = false;
      for (const name of KIND_PARAMS[other]) {
        if (KIND_PARAMS[k].includes(name) || (prev[name] ?? '') === '') continue;
        keep(other, name, prev[name] ?? '');
        next[name] = '';
        changed = true;
      }
      // The same object when nothing was dropped, so a plain visit renders once.
      return changed ? next : prev;
    });
  }, [ready]);

  const switchKind = (value: string) => {
    const next: Kind = value === '1' ? 'plan' : 'loan';
    switchTo(next, { 'fee-plan': next === 'plan' ? '1' : '' });
  };

  const { values, detail } = state.evaluation;
  const field = (name: string, value?: string) => <DefinedField def={earlyRepaymentCalc} prefix="er" name={name} state={state} mode={kind} {...(value !== undefined ? { value } : {})} />;
  const announce = !detail
    ? '请检查输入'
    : detail.kind === 'loan'
      ? `净节省 ${formatYuan(detail.result.netSavingFen)}，少付利息 ${formatYuan(detail.result.interestSavedFen)}，手续费 ${formatYuanInSentence(detail.result.feeCostFen)}`
      : `净节省 ${formatYuan(detail.result.netSavingFen)}，现在一次要还 ${formatYuanInSentence(detail.result.payNowFen)}`;
  const method = (inputs['method'] ?? '').trim();
  const keepsEndDate = method === 'interest-only' || method === 'bullet';
  const flag = (inputs['fee-plan'] ?? '').trim();

  return (
    <CalculatorShell
      {...props}
      def={earlyRepaymentCalc}
      prefix="er"
      formLabel="提前还款的条件"
      state={state}
      mode={kind}
      announce={announce}
      resultsClass="min-w-0 space-y-4"
      form={
        <>
          <DefinedField def={earlyRepaymentCalc} prefix="er" name="fee-plan" state={state} value={flag === '1' ? '1' : flag === '' || flag === '0' ? '0' : ''} onChange={switchKind} />
          {field('amount')}
          {kind === 'plan' ? (
            <>{field('periods')}{field('fee')}{field('paid')}{field('remaining-fees', (inputs['remaining-fees'] ?? '').trim() || 'all')}</>
          ) : (
            <>
              {field('rate')}
              {field('months')}
              {field('method', method)}
              {field('paid')}
              {field('prepay')}
              {field('fee')}
              {keepsEndDate ? (
                <p class="calc-hint">{METHOD_LABELS[method as 'interest-only' | 'bullet']}的贷款只还一部分时，到期日不变，之后的利息按剩下的本金算。</p>
              ) : (
                field('mode', (inputs['mode'] ?? '').trim() || 'shorten')
              )}
            </>
          )}
        </>
      }
      judgement={detail && { sentence: detail.kind === 'loan'
        ? earlyRepaymentSentence(detail.result)
        : earlyRepaymentSentence({ netSavingFen: detail.result.netSavingFen, interestSavedFen: detail.result.remainingFeesFen, feeCostFen: detail.result.feesChargedFen, costLabel: '手续费' }) }}
      results={values && detail ? (detail.kind === 'loan' ? <LoanResults d={detail} values={values} /> : <PlanResults d={detail} values={values} />) : null}
      working={detail && (
        <>
          <pre class="calc-formula">{detail.kind === 'loan' ? loanWorking(detail) : planWorking(detail)}</pre>
          <p class="text-sm">
            {`下表把原计划剩下的各期和提前还款后的各期并排放在一起。“现在”一行是提前还款当天要付的钱${detail.kind === 'loan' ? '（提前还的本金和手续费）' : '（一次还清的金额）'}。两列“应还”的合计相减，就是净节省。`}
          </p>
          <div class="[&_td]:whitespace-nowrap [&_tbody_th]:whitespace-nowrap [&_td]:px-1 [&_th]:px-1">
            <DataTable
              id="er-table"
              caption="原计划剩下的各期与提前还款后的对比"
              rows={detail.rows}
              columns={compareColumns(detail.kind)}
              totals={compareTotals(detail.rows)}
              csvName={detail.kind === 'loan' ? '提前还款-原计划与新计划.csv' : '分期提前还清-原计划与提前还清.csv'}
            />
          </div>
        </>
      )}
      chart={detail && {
        title: detail.kind === 'loan' ? '还要付的利息：不提前还 和 提前还款' : '还要付的手续费：按原计划 和 提前还清',
        summary: chartSummary(detail),
        data: detail,
        load: () => import('./chart'),
        table: <DataTable id="er-chart-table" caption="图表数据" rows={detail.bars} columns={barColumns(detail.kind)} />,
      }}
    />
  );
}

function LoanResults({ d, values }: { d: LoanDetail; values: Record<string, number> }) {
  const r = d.result;
  const all = r.newMonths === 0;
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
        <Result name="net-saving" label={label('net-saving')} value={values['net-saving']!} text={formatYuan(r.netSavingFen)} emphasis note="少付的利息 − 提前还款手续费" />
        <Result name="interest-saved" label={label('interest-saved')} value={values['interest-saved']!} text={formatYuan(r.interestSavedFen)} />
        <Result name="fee-cost" label={label('fee-cost')} value={values['fee-cost']!} text={formatYuan(r.feeCostFen)} note={`${formatYuanPlain(r.prepayFen)} × ${d.feePercent}%`} />
        <Result name="new-payment" label={label('new-payment', d.method)} value={values['new-payment']!} text={formatYuan(r.newPaymentFen)} note={paymentNote} />
        <Result name="new-months" label={label('new-months')} value={values['new-months']!} text={all ? '0 个月' : `${r.newMonths} 个月`} note={all ? undefined : `原来还剩 ${d.months - d.paid} 个月`} />
      </dl>
      <p class="text-sm">
        {`还完第${d.paid}期后尚欠本金 ${formatYuanInSentence(r.balanceFen)}，这次提前还 ${formatYuanInSentence(r.prepayFen)}${all ? '，全部还清' : ''}。`}
        {d.capped && '填的金额超过了尚欠本金，按全部还清计算。'}
      </p>
      {r.netSavingFen < 0 && <p class="calc-warning">手续费比少付的利息还多：这样提前还款，反而要多花 {formatYuanInSentence(-r.netSavingFen)}。</p>}
      {r.netSavingFen === 0 && <p class="calc-warning">这样提前还款省不下钱。</p>}
    </>
  );
}

function PlanResults({ d, values }: { d: PlanDetail; values: Record<string, number> }) {
  const r = d.result;
  return (
    <>
      <dl class="calc-results [&>.calc-result-main]:col-span-full">
        <Result name="net-saving" label={label('net-saving')} value={values['net-saving']!} text={formatYuan(r.netSavingFen)} emphasis note="省下的手续费" />
        <Result name="fee-cost" label={label('fee-cost', 'plan')} value={values['fee-cost']!} text={formatYuan(r.feesChargedFen)} note={`剩下 ${d.periods - d.paid} 期的手续费共 ${formatYuan(r.remainingFeesFen)}`} />
        <Result name="pay-now" label={label('pay-now')} value={values['pay-now']!} text={formatYuan(r.payNowFen)} note={d.remainingFees === 'all' ? '剩余本金 + 剩余各期手续费' : '剩余本金'} />
      </dl>
      <p class="calc-warning">
        {'很多分期产品提前还清时，剩下各期的手续费照样要收。这样提前还清一分钱也省不下，只是把钱提前付了。收不收、收多少，以合同和页面展示为准。'}
      </p>
    </>
  );
}
