import { loanScheduleCalc, type LoanScheduleDetail } from '~/lib/calculators/loan-schedule';
import { METHOD_LABELS } from '~/lib/calculators/labels';
import { formatYuan, formatYuanInSentence } from '~/lib/format/number';
import { rateJudgement, scheduleSentence } from '~/lib/judge';
import { compareQueryFor } from '~/lib/calculators/compare';
import { useCalculator } from '../shared/useCalculator';
import { DefinedField } from '../shared/DefinedField';
import { Result } from '../shared/Result';
import { DataTable, type Column } from '../shared/DataTable';
import { CalculatorShell, type IslandProps } from '../shared/CalculatorShell';

const R = loanScheduleCalc.results;

type Row = LoanScheduleDetail['rows'][number];
const COLUMNS: Column<Row>[] = [
  { key: 'period', label: '期数', value: (r) => r.period, money: false },
  { key: 'payment', label: '当期还款（元）', value: (r) => r.paymentFen },
  { key: 'principal', label: '其中本金（元）', value: (r) => r.principalFen },
  { key: 'interest', label: '其中利息（元）', value: (r) => r.interestFen },
  { key: 'balance', label: '剩余本金（元）', value: (r) => r.balanceFen },
];

const FORMULAS: Record<LoanScheduleDetail['method'], string> = {
  annuity: '每月还款 = 本金 × r ÷ (1 − (1 + r)^−n)，r = 年利率 ÷ 12；每月利息 = 剩余本金 × r，其余是本金',
  'equal-principal': '每月本金 = 本金 ÷ n；每月利息 = 剩余本金 × r，所以月供逐月减少',
  'interest-only': '每月只付利息 = 本金 × r；最后一期连本金一起还',
  bullet: '到期一次付清：本金 + 本金 × 年利率 × 月数 ÷ 12（单利）',
};

export default function LoanSchedule(props: IslandProps) {
  const state = useCalculator(loanScheduleCalc);
  const { values, detail: d } = state.evaluation;
  const rate = d ? rateJudgement(d.nominalAnnualPercent, props.lines) : null;
  const field = (name: string) => <DefinedField def={loanScheduleCalc} prefix="ls" name={name} state={state} />;
  const first = d?.rows.find((r) => r.paymentFen > 0)?.paymentFen ?? 0;

  return (
    <CalculatorShell
      {...props}
      def={loanScheduleCalc}
      prefix="ls"
      formLabel="借款条件"
      state={state}
      announce={d ? `首期还款 ${formatYuanInSentence(first)}，总利息 ${formatYuanInSentence(d.totalInterestFen)}` : '请检查输入'}
      form={<>{field('amount')}{field('rate')}{field('months')}{field('method')}</>}
      compareWith={d && compareQueryFor({ kind: 'loan', amountFen: d.principalFen, ratePercent: d.nominalAnnualPercent, months: d.months, method: d.method })}
      judgement={rate && d ? { sentence: `${scheduleSentence({ totalPaidFen: d.totalPaidFen, costFen: d.totalInterestFen })}${rate.sentence}`, band: rate.band } : null}
      results={values && d ? (
        <>
          <dl class="calc-results">
            <Result name="first-payment" label={R['first-payment']!.label} value={values['first-payment']!} text={formatYuan(first)} emphasis />
            <Result name="last-payment" label={R['last-payment']!.label} value={values['last-payment']!} text={formatYuan(d.rows.at(-1)?.paymentFen ?? 0)} />
            <Result name="total-interest" label={R['total-interest']!.label} value={values['total-interest']!} text={formatYuan(d.totalInterestFen)} />
            <Result name="total-paid" label={R['total-paid']!.label} value={values['total-paid']!} text={formatYuan(d.totalPaidFen)} />
          </dl>
          <p class="text-sm">
            {METHOD_LABELS[d.method]}，{d.months} 个月。
            {d.method === 'interest-only' && ' 注意：最后一期要一次还清全部本金，请提前准备。'}
            {d.method === 'bullet' && ' 注意：期间不用还款，但到期要一次付清本金和全部利息。'}
          </p>
        </>
      ) : null}
      working={d && (
        <>
          <pre class="calc-formula">{FORMULAS[d.method]}{'\n'}每期利息四舍五入到分，最后一期还清剩余本金。</pre>
          <DataTable id="ls-table" caption="还款计划表" rows={d.rows} columns={COLUMNS} totals={{ payment: d.totalPaidFen, principal: d.totalPrincipalFen, interest: d.totalInterestFen }} csvName="还款计划.csv" />
        </>
      )}
      chart={d && {
        title: '每期还款中的本金和利息，以及剩余本金',
        panels: 2,
        summary: `${METHOD_LABELS[d.method]}，共${d.months}期，总利息 ${formatYuanInSentence(d.totalInterestFen)}。利息按剩余本金计算，本金还得越早，利息越少。`,
        data: d,
        load: () => import('./chart'),
        table: <DataTable id="ls-chart-table" caption="图表数据" rows={d.rows} columns={COLUMNS} />,
      }}
    />
  );
}
