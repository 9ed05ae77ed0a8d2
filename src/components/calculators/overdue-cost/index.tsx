import { overdueCostCalc, type OverdueCostDetail } from '~/lib/calculators/overdue-cost';
import { formatPercent, formatYuan, formatYuanInSentence } from '~/lib/format/number';
import { overdueNextMonthFen, overdueSentence, rateBand } from '~/lib/judge';
import { useCalculator } from '../shared/useCalculator';
import { DefinedField } from '../shared/DefinedField';
import { Result } from '../shared/Result';
import { DataTable, type Column } from '../shared/DataTable';
import { CalculatorShell, type IslandProps } from '../shared/CalculatorShell';

const R = overdueCostCalc.results;

type Point = OverdueCostDetail['growth'][number];
const COLUMNS: Column<Point>[] = [
  { key: 'day', label: '逾期第几天', value: (p) => p.day, money: false },
  { key: 'extra', label: '逾期多付的钱，累计（元）', value: (p) => p.extraFen },
  { key: 'total', label: '一共欠（元）', value: (p) => p.totalFen },
];

export default function OverdueCost(props: IslandProps) {
  const state = useCalculator(overdueCostCalc);
  const { values, detail: d } = state.evaluation;
  const field = (name: string) => <DefinedField def={overdueCostCalc} prefix="oc" name={name} state={state} />;

  return (
    <CalculatorShell
      {...props}
      def={overdueCostCalc}
      prefix="oc"
      formLabel="逾期情况"
      state={state}
      announce={d ? `罚息 ${formatYuanInSentence(d.penaltyFen)}，合计 ${formatYuanInSentence(d.totalFen)}` : '请检查输入'}
      form={<>{field('amount')}{field('days')}{field('daily')}{field('compound')}</>}
      judgement={d && { sentence: overdueSentence({ days: d.days, totalFen: d.totalFen, extraFen: d.penaltyFen + d.chargesFen, nextMonthFen: overdueNextMonthFen(d) }), band: rateBand(d.annual365 * 100, props.lines) }}
      results={values && d ? (
        <>
          <dl class="calc-results">
            <Result name="penalty" label={R['penalty']!.label} value={values['penalty']!} text={formatYuan(d.penaltyFen)} emphasis />
            <Result name="total" label={R['total']!.label} value={values['total']!} text={formatYuan(d.totalFen)} />
          </dl>
          <p class="text-sm">
            日罚息率 {formatPercent(d.dailyPercent / 100, 3)} 折成年利率：按365天算约 {formatPercent(d.annual365)}，按360天算约 {formatPercent(d.annual360)}（{d.annualBasis === 'compound' ? '复利' : '单利'}）。
            这里没有算合同里可能另外约定的违约金、催收费用，也没有算原本就要付的利息或手续费。
          </p>
        </>
      ) : null}
      working={d && (
        <pre class="calc-formula">{d.compound
          ? `罚息 = 逾期金额 × ((1 + 日罚息率)^天数 − 1)\n= ${formatYuan(d.amountFen)} × ((1 + ${d.dailyPercent}%)^${d.days} − 1) = ${formatYuan(d.penaltyFen)}`
          : `罚息 = 逾期金额 × 日罚息率 × 天数\n= ${formatYuan(d.amountFen)} × ${d.dailyPercent}% × ${d.days} = ${formatYuan(d.penaltyFen)}`}{'\n'}结果四舍五入到分。</pre>
      )}
      chart={d && {
        title: '逾期越久，多付越多',
        summary: d.days === 0
          ? `${formatYuanInSentence(d.amountFen)} 还没有逾期，不用多付钱。`
          : `${formatYuanInSentence(d.amountFen)} 逾期 ${d.days} 天，按日罚息率 ${d.dailyPercent}% 计算，多付的钱从 0 元一天天涨到 ${formatYuanInSentence(d.penaltyFen + d.chargesFen)}，一共要还 ${formatYuanInSentence(d.totalFen)}。${d.compound ? '罚息也计息，越往后涨得越快。' : '每天多付的一样多。'}`,
        data: d,
        load: () => import('./chart'),
        table: <DataTable id="oc-chart-table" caption="图表数据" rows={d.growth} columns={COLUMNS} />,
      }}
    />
  );
}
