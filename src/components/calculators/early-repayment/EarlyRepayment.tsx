import { earlyRepaymentCalc, MODE_LABELS, REMAINING_FEE_LABELS, type EarlyRepaymentDetail } from '~/lib/calculators/early-repayment';
import { METHOD_LABELS } from '~/lib/calculators/loan-schedule';
import { queryFromInputs } from '~/lib/calculators/types';
import { formatYuan } from '~/lib/format/number';
import { useCalculator } from '../shared/useCalculator';
import { Field, Choice } from '../shared/Field';
import { ErrorSummary } from '../shared/ErrorSummary';
import { Result } from '../shared/Result';
import { CopyLink } from '../shared/CopyLink';
import { LockBar } from '../shared/LockBar';
import { LiveAnnouncer } from '../shared/LiveAnnouncer';
import { Working } from '../shared/Working';
import { ScheduleTable, type TableColumn } from '../shared/ScheduleTable';
import { LazyChart } from '../shared/LazyChart';
import { EducatorBox } from '../shared/EducatorBox';

const LABELS: Record<string, string> = {
  'fee-plan': '借款类型', amount: '借款金额', rate: '年利率', months: '借款期限', method: '还款方式', periods: '分期期数',
  paid: '已还期数', prepay: '提前还款金额（不填表示全部还清）', fee: '提前还款手续费率', mode: '部分提前还款后', 'remaining-fees': '提前还清时，剩余手续费',
};
const PLAN_FEE_LABEL = '每期手续费率';

/** One row of the side-by-side table: the rest of the original schedule beside the new one. */
interface CompareRow { period: number; oldPayment: number; oldInterest: number; newPayment: number; newInterest: number }
const COLUMNS: TableColumn<CompareRow>[] = [
  { key: 'period', label: '剩余第几期', value: (r) => r.period, money: false },
  { key: 'old-payment', label: '原计划月供（元）', value: (r) => r.oldPayment },
  { key: 'old-interest', label: '原计划利息（元）', value: (r) => r.oldInterest },
  { key: 'new-payment', label: '提前还款后月供（元）', value: (r) => r.newPayment },
  { key: 'new-interest', label: '提前还款后利息（元）', value: (r) => r.newInterest },
];

export interface Bar { label: string; fen: number }
export function bars(d: Extract<EarlyRepaymentDetail, { kind: 'loan' }>): Bar[] {
  return [
    { label: '原计划剩余利息', fen: d.result.remainingInterestFen },
    { label: '提前还款后的利息', fen: d.result.newInterestFen },
    { label: '提前还款手续费', fen: d.result.feeCostFen },
  ];
}

interface Props { base: string; embed?: boolean }

export default function EarlyRepayment({ base, embed = false }: Props) {
  const { inputs, set, setInputs, evaluation, locked, unlock } = useCalculator(earlyRepaymentCalc);
  const { errors, values, detail } = evaluation;
  const plan = (inputs['fee-plan'] ?? '') === '1';
  const label = (name: string) => (plan && name === 'fee' ? PLAN_FEE_LABEL : (LABELS[name] ?? name));
  const errorList = Object.entries(errors).map(([name, message]) => ({ fieldId: `er-${name}`, label: label(name), message }));
  const query = queryFromInputs(earlyRepaymentCalc, inputs);
  const announce = values ? `净节省 ${formatYuan(Math.round((values['net-saving'] ?? 0) * 100))}` : '请检查输入';
  const switchKind = (v: string) =>
    setInputs((prev) => (v === '1'
      ? { ...prev, 'fee-plan': '1', amount: prev['amount'] || '12000', periods: prev['periods'] || '12', fee: '0.6', paid: '4', 'remaining-fees': prev['remaining-fees'] || 'all' }
      : { ...prev, 'fee-plan': '', fee: '1', paid: prev['paid'] || '12', 'remaining-fees': '' }));

  const rows: CompareRow[] = detail?.kind === 'loan'
    ? detail.result.originalRest.map((o, i) => ({ period: i + 1, oldPayment: o.paymentFen, oldInterest: o.interestFen, newPayment: detail.result.newRest[i]?.paymentFen ?? 0, newInterest: detail.result.newRest[i]?.interestFen ?? 0 }))
    : [];

  return (
    <div class="space-y-6">
      <LockBar locked={locked} onUnlock={unlock} />
      <div class="calc">
        <form class="calc-form card" onSubmit={(e) => e.preventDefault()} aria-label="提前还款条件" noValidate>
          <ErrorSummary errors={errorList} />
          <Choice id="er-fee-plan" legend={LABELS['fee-plan']!} value={plan ? '1' : '0'} readOnly={locked} onChange={switchKind} options={[{ value: '0', label: '贷款（按年利率计息）' }, { value: '1', label: '分期（每期收手续费）' }]} />
          <Field id="er-amount" label={plan ? '分期金额' : LABELS['amount']!} hint="例如 100000 或 10万" unit="元" value={inputs['amount'] ?? ''} error={errors['amount']} readOnly={locked} onInput={set('amount')} />
          {plan ? (
            <>
              <Field id="er-periods" label={LABELS['periods']!} unit="期" inputMode="numeric" value={inputs['periods'] ?? ''} error={errors['periods']} readOnly={locked} onInput={set('periods')} />
              <Field id="er-fee" label={PLAN_FEE_LABEL} hint="按原始本金收取的每期费率，例如 0.6" unit="%" value={inputs['fee'] ?? ''} error={errors['fee']} readOnly={locked} onInput={set('fee')} />
              <Field id="er-paid" label={LABELS['paid']!} unit="期" inputMode="numeric" value={inputs['paid'] ?? ''} error={errors['paid']} readOnly={locked} onInput={set('paid')} />
              <Choice id="er-remaining-fees" legend={LABELS['remaining-fees']!} value={inputs['remaining-fees'] || 'all'} readOnly={locked} error={errors['remaining-fees']} onChange={set('remaining-fees')} options={Object.entries(REMAINING_FEE_LABELS).map(([value, l]) => ({ value, label: l }))} />
            </>
          ) : (
            <>
              <Field id="er-rate" label={LABELS['rate']!} hint="合同上的年利率，例如 6" unit="%" value={inputs['rate'] ?? ''} error={errors['rate']} readOnly={locked} onInput={set('rate')} />
              <Field id="er-months" label={LABELS['months']!} unit="个月" inputMode="numeric" value={inputs['months'] ?? ''} error={errors['months']} readOnly={locked} onInput={set('months')} />
              <Choice id="er-method" legend={LABELS['method']!} value={inputs['method'] ?? ''} readOnly={locked} error={errors['method']} onChange={set('method')} options={Object.entries(METHOD_LABELS).map(([value, l]) => ({ value, label: l }))} />
              <Field id="er-paid" label={LABELS['paid']!} hint="已经按时还了几个月" unit="期" inputMode="numeric" value={inputs['paid'] ?? ''} error={errors['paid']} readOnly={locked} onInput={set('paid')} />
              <Field id="er-prepay" label={LABELS['prepay']!} unit="元" value={inputs['prepay'] ?? ''} error={errors['prepay']} readOnly={locked} onInput={set('prepay')} />
              <Field id="er-fee" label={LABELS['fee']!} hint="按提前还款金额收取的比例，没有就填 0" unit="%" value={inputs['fee'] ?? ''} error={errors['fee']} readOnly={locked} onInput={set('fee')} />
              <Choice id="er-mode" legend={LABELS['mode']!} value={inputs['mode'] ?? ''} readOnly={locked} error={errors['mode']} onChange={set('mode')} options={Object.entries(MODE_LABELS).map(([value, l]) => ({ value, label: l }))} />
            </>
          )}
        </form>

        <section aria-labelledby="er-results-title" class="space-y-4">
          <h2 id="er-results-title" class="text-xl font-bold">结果</h2>
          {values && detail?.kind === 'loan' && (
            <>
              <dl class="calc-results">
                <Result name="net-saving" label="净节省" value={values['net-saving']!} text={formatYuan(detail.result.netSavingFen)} emphasis />
                <Result name="interest-saved" label="少付的利息" value={values['interest-saved']!} text={formatYuan(detail.result.interestSavedFen)} />
                <Result name="fee-cost" label="提前还款手续费" value={values['fee-cost']!} text={formatYuan(detail.result.feeCostFen)} />
                <Result name="new-payment" label="之后的月供" value={values['new-payment']!} text={detail.result.newMonths === 0 ? '已全部还清' : formatYuan(detail.result.newPaymentFen)} />
                <Result name="new-months" label="之后还要还" value={values['new-months']!} text={`${detail.result.newMonths} 个月`} />
              </dl>
              <p class="text-sm">提前还款时尚欠本金 {formatYuan(detail.result.balanceFen)}，这次还 {formatYuan(detail.result.prepayFen)}。{detail.result.netSavingFen <= 0 && <strong> 手续费吃掉了全部节省，提前还款并不划算。</strong>}</p>
            </>
          )}
          {values && detail?.kind === 'plan' && (
            <>
              <dl class="calc-results">
                <Result name="net-saving" label="净节省" value={values['net-saving']!} text={formatYuan(detail.result.netSavingFen)} emphasis />
                <Result name="fee-cost" label="提前还清仍要付的手续费" value={values['fee-cost']!} text={formatYuan(detail.result.feesChargedFen)} />
                <Result name="pay-now" label="现在一次要还" value={values['pay-now']!} text={formatYuan(detail.result.payNowFen)} />
              </dl>
              <p class="calc-warning">很多分期产品提前还清时，剩余各期的手续费照样收取，这时提前还款一分钱也省不下，只是把钱提前付了。具体以合同和页面展示为准。</p>
            </>
          )}
          {!values && <p class="calc-warning">输入有误，暂时无法计算。请按提示修改后，结果会自动更新。</p>}
          <LiveAnnouncer message={announce} />
          <CopyLink />
        </section>
      </div>

      {detail?.kind === 'loan' && (
        <>
          <Working>
            <pre class="calc-formula">{`少付的利息 = 原计划剩余利息 − 提前还款后的利息\n= ${formatYuan(detail.result.remainingInterestFen)} − ${formatYuan(detail.result.newInterestFen)} = ${formatYuan(detail.result.interestSavedFen)}\n净节省 = 少付的利息 − 手续费 = ${formatYuan(detail.result.netSavingFen)}\n（${METHOD_LABELS[detail.method]}；在第 ${detail.paid} 期还款日之后立即提前还款，不计零头天数的利息）`}</pre>
            <ScheduleTable id="er-table" caption="原计划与提前还款后的对比" rows={rows} columns={COLUMNS} csvName="提前还款对比.csv" />
          </Working>
          <LazyChart
            id="er-chart"
            title="利息和手续费：提前还款前后"
            summary={`原计划还剩利息 ${formatYuan(detail.result.remainingInterestFen)}；提前还款后利息 ${formatYuan(detail.result.newInterestFen)}，另付手续费 ${formatYuan(detail.result.feeCostFen)}，净节省 ${formatYuan(detail.result.netSavingFen)}。`}
            data={detail}
            load={() => import('./chart')}
            table={<table class="data text-sm"><caption class="sr-only">图表数据</caption><thead><tr><th scope="col">项目</th><th scope="col">金额（元）</th></tr></thead><tbody>{bars(detail).map((b) => <tr><th scope="row">{b.label}</th><td>{formatYuan(b.fen)}</td></tr>)}</tbody></table>}
          />
        </>
      )}
      {detail?.kind === 'plan' && (
        <Working>
          <pre class="calc-formula">{`剩余本金 ${formatYuan(detail.result.remainingPrincipalFen)}，剩余 ${detail.periods - detail.paid} 期手续费 ${formatYuan(detail.result.remainingFeesFen)}\n${REMAINING_FEE_LABELS[detail.remainingFees]}：现在一次要还 ${formatYuan(detail.result.payNowFen)}，净节省 ${formatYuan(detail.result.netSavingFen)}`}</pre>
        </Working>
      )}
      {!embed && <EducatorBox id="early-repayment" title="提前还款" base={base} query={query} />}
    </div>
  );
}
