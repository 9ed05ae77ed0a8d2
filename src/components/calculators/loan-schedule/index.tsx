import { loanScheduleCalc, type LoanScheduleDetail } from '~/lib/calculators/loan-schedule';
import { METHOD_LABELS } from '~/lib/calculators/labels';
import { queryFromInputs } from '~/lib/calculators/types';
import { formatYuan } from '~/lib/format/number';
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

const LABELS: Record<string, string> = { amount: '借款金额', rate: '年利率', months: '借款期限', method: '还款方式' };

type Row = LoanScheduleDetail['rows'][number];
const COLUMNS: TableColumn<Row>[] = [
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

interface Props { base: string; embed?: boolean }

export default function LoanSchedule({ base, embed = false }: Props) {
  const { inputs, set, evaluation, locked, unlock } = useCalculator(loanScheduleCalc);
  const { errors, values, detail } = evaluation;
  const errorList = Object.entries(errors).map(([name, message]) => ({ fieldId: `ls-${name}`, label: LABELS[name] ?? name, message }));
  const query = queryFromInputs(loanScheduleCalc, inputs);
  const announce = values ? `首期还款 ${formatYuan((values['first-payment'] ?? 0) * 100)}，总利息 ${formatYuan((values['total-interest'] ?? 0) * 100)}` : '请检查输入';
  const methodOptions = Object.entries(METHOD_LABELS).map(([value, label]) => ({ value, label }));

  return (
    <div class="space-y-6">
      <LockBar locked={locked} onUnlock={unlock} />
      <div class="calc">
        <form class="calc-form card" onSubmit={(e) => e.preventDefault()} aria-label="借款条件" noValidate>
          <ErrorSummary errors={errorList} />
          <Field id="ls-amount" label={LABELS['amount']!} hint="例如 100000 或 10万" unit="元" value={inputs['amount'] ?? ''} error={errors['amount']} readOnly={locked} onInput={set('amount')} />
          <Field id="ls-rate" label={LABELS['rate']!} hint="合同上的年利率（名义年利率），例如 6 表示6%" unit="%" value={inputs['rate'] ?? ''} error={errors['rate']} readOnly={locked} onInput={set('rate')} />
          <Field id="ls-months" label={LABELS['months']!} hint="按月还款，最多360个月" unit="个月" inputMode="numeric" value={inputs['months'] ?? ''} error={errors['months']} readOnly={locked} onInput={set('months')} />
          <Choice id="ls-method" legend={LABELS['method']!} value={inputs['method'] ?? ''} readOnly={locked} error={errors['method']} onChange={set('method')} options={methodOptions} />
        </form>

        <ResultsPanel id="ls" announce={announce}>
          {values && detail ? (
            <>
              <dl class="calc-results">
                <Result name="first-payment" label="首期还款" value={values['first-payment']!} text={formatYuan(Math.round(values['first-payment']! * 100))} emphasis />
                <Result name="last-payment" label="最后一期还款" value={values['last-payment']!} text={formatYuan(Math.round(values['last-payment']! * 100))} />
                <Result name="total-interest" label="总利息" value={values['total-interest']!} text={formatYuan(detail.totalInterestFen)} />
                <Result name="total-paid" label="一共要还" value={values['total-paid']!} text={formatYuan(detail.totalPaidFen)} />
              </dl>
              <p class="text-sm">
                {METHOD_LABELS[detail.method]}，{detail.months} 个月。
                {detail.method === 'interest-only' && ' 注意：最后一期要一次还清全部本金，请提前准备。'}
                {detail.method === 'bullet' && ' 注意：期间不用还款，但到期要一次付清本金和全部利息。'}
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
            <pre class="calc-formula">{FORMULAS[detail.method]}{'\n'}每期利息四舍五入到分，最后一期还清剩余本金。</pre>
            <ScheduleTable id="ls-table" caption="还款计划表" rows={detail.rows} columns={COLUMNS} totals={{ payment: detail.totalPaidFen, principal: detail.totalPrincipalFen, interest: detail.totalInterestFen }} csvName="还款计划.csv" />
          </Working>
          <LazyChart
            id="ls-chart"
            title="每期还款中的本金和利息，以及剩余本金"
            summary={`${METHOD_LABELS[detail.method]}，共${detail.months}期，总利息 ${formatYuan(detail.totalInterestFen)}。利息按剩余本金计算，本金还得越早，利息越少。`}
            data={detail}
            load={() => import('./chart')}
            table={<ScheduleTable id="ls-chart-table" caption="图表数据" rows={detail.rows} columns={COLUMNS} />}
          />
        </>
      )}
      {!embed && <EducatorBox id="loan-schedule" title="还款计划" base={base} query={query} />}
    </div>
  );
}
