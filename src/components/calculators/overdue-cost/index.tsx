import { overdueCostCalc, type OverdueCostDetail } from '~/lib/calculators/overdue-cost';
import { queryFromInputs } from '~/lib/calculators/types';
import { formatPercent, formatYuan } from '~/lib/format/number';
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

const LABELS: Record<string, string> = { amount: '逾期金额', days: '逾期天数', daily: '日罚息率', compound: '计息方式' };

type Point = OverdueCostDetail['growth'][number];
const COLUMNS: TableColumn<Point>[] = [
  { key: 'day', label: '逾期第几天', value: (p) => p.day, money: false },
  { key: 'total', label: '累计欠款（元）', value: (p) => p.totalFen },
];

interface Props { base: string; embed?: boolean }

export default function OverdueCost({ base, embed = false }: Props) {
  const { inputs, set, evaluation, locked, unlock } = useCalculator(overdueCostCalc);
  const { errors, values, detail } = evaluation;
  const errorList = Object.entries(errors).map(([name, message]) => ({ fieldId: `oc-${name}`, label: LABELS[name] ?? name, message }));
  const query = queryFromInputs(overdueCostCalc, inputs);
  const announce = values ? `罚息 ${formatYuan(Math.round((values['penalty'] ?? 0) * 100))}，合计 ${formatYuan(Math.round((values['total'] ?? 0) * 100))}` : '请检查输入';

  return (
    <div class="space-y-6">
      <LockBar locked={locked} onUnlock={unlock} />
      <div class="calc">
        <form class="calc-form card" onSubmit={(e) => e.preventDefault()} aria-label="逾期情况" noValidate>
          <ErrorSummary errors={errorList} />
          <Field id="oc-amount" label={LABELS['amount']!} hint="逾期未还的金额，例如 5000" unit="元" value={inputs['amount'] ?? ''} error={errors['amount']} readOnly={locked} onInput={set('amount')} />
          <Field id="oc-days" label={LABELS['days']!} hint="从应还款日第二天算起" unit="天" inputMode="numeric" value={inputs['days'] ?? ''} error={errors['days']} readOnly={locked} onInput={set('days')} />
          <Field id="oc-daily" label={LABELS['daily']!} hint="合同写的日罚息率或日利率，例如 0.05 或 万分之五" unit="%" value={inputs['daily'] ?? ''} error={errors['daily']} readOnly={locked} onInput={set('daily')} />
          <Choice id="oc-compound" legend={LABELS['compound']!} value={inputs['compound'] ?? ''} readOnly={locked} error={errors['compound']} onChange={set('compound')} options={[{ value: '0', label: '只按本金计（单利）' }, { value: '1', label: '罚息也计息（按日复利）' }]} />
        </form>

        <ResultsPanel id="oc" announce={announce}>
          {values && detail ? (
            <>
              <dl class="calc-results">
                <Result name="penalty" label="罚息" value={values['penalty']!} text={formatYuan(detail.penaltyFen)} emphasis />
                <Result name="total" label="逾期金额加罚息" value={values['total']!} text={formatYuan(detail.totalFen)} />
              </dl>
              <p class="text-sm">
                日罚息率 {formatPercent(detail.dailyPercent / 100, 3)} 折成年利率：按365天算约 {formatPercent(detail.annual365)}，按360天算约 {formatPercent(detail.annual360)}（{detail.annualBasis === 'compound' ? '复利' : '单利'}）。
                这里没有算合同里可能另外约定的违约金、催收费用，也没有算原本就要付的利息或手续费。
              </p>
            </>
          ) : (
            <InvalidInputNotice />
          )}
        </ResultsPanel>
      </div>

      {detail && (
        <>
          <Working>
            <pre class="calc-formula">{detail.compound
              ? `罚息 = 逾期金额 × ((1 + 日罚息率)^天数 − 1)\n= ${formatYuan(detail.amountFen)} × ((1 + ${detail.dailyPercent}%)^${detail.days} − 1) = ${formatYuan(detail.penaltyFen)}`
              : `罚息 = 逾期金额 × 日罚息率 × 天数\n= ${formatYuan(detail.amountFen)} × ${detail.dailyPercent}% × ${detail.days} = ${formatYuan(detail.penaltyFen)}`}{'\n'}结果四舍五入到分。</pre>
          </Working>
          <LazyChart
            id="oc-chart"
            title="逾期越久，欠款越多"
            summary={`${formatYuan(detail.amountFen)} 逾期 ${detail.days} 天，按日罚息率 ${detail.dailyPercent}% 计算，欠款从 ${formatYuan(detail.amountFen)} 增加到 ${formatYuan(detail.totalFen)}。`}
            data={detail}
            load={() => import('./chart')}
            table={<ScheduleTable id="oc-chart-table" caption="图表数据" rows={detail.growth} columns={COLUMNS} />}
          />
        </>
      )}
      {!embed && <EducatorBox id="overdue-cost" title="逾期成本" base={base} query={query} />}
    </div>
  );
}
