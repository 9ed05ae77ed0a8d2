import { useEffect, useState } from 'preact/hooks';
import { installmentApr, type InstallmentAprDetail } from '~/lib/calculators/installment-apr';
import { queryFromInputs } from '~/lib/calculators/types';
import { formatPercent, formatYuan, formatYuanPlain } from '~/lib/format/number';
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
  amount: '合同金额',
  periods: '分期期数',
  fee: '每期手续费率',
  payment: '每期还款额',
  upfront: '一开始就扣掉的费用（可不填）',
};

type Row = InstallmentAprDetail['rows'][number];
const COLUMNS: TableColumn<Row>[] = [
  { key: 'period', label: '期数', value: (r) => r.period, money: false },
  { key: 'payment', label: '当期还款（元）', value: (r) => r.paymentFen },
  { key: 'principal', label: '其中本金（元）', value: (r) => r.principalFen },
  { key: 'fee', label: '其中手续费（元）', value: (r) => r.feeFen },
  { key: 'outstanding', label: '还完后仍欠本金（元）', value: (r) => r.outstandingFen },
];

interface Props { base: string; embed?: boolean }

export default function InstallmentApr({ base, embed = false }: Props) {
  const { inputs, set, setInputs, evaluation, locked, unlock } = useCalculator(installmentApr);
  const [known, setKnown] = useState<'fee' | 'payment'>('fee');
  useEffect(() => {
    if ((inputs['payment'] ?? '') !== '' && (inputs['fee'] ?? '') === '') setKnown('payment');
  }, [inputs['payment'], inputs['fee']]);

  const switchKnown = (k: string) => {
    const next = k === 'payment' ? 'payment' : 'fee';
    setKnown(next);
    setInputs((prev) => ({ ...prev, [next === 'fee' ? 'payment' : 'fee']: '' }));
  };

  const { errors, values, detail } = evaluation;
  const errorList = Object.entries(errors).map(([name, message]) => ({ fieldId: `ia-${name}`, label: LABELS[name] ?? name, message }));
  const query = queryFromInputs(installmentApr, inputs);
  const announce = values ? `单利年化 ${formatPercent(values['apr']! / 100)}，复利年化 ${formatPercent(values['ear']! / 100)}` : '请检查输入';

  return (
    <div class="space-y-6">
      <LockBar locked={locked} onUnlock={unlock} />
      <div class="calc">
        <form class="calc-form card" onSubmit={(e) => e.preventDefault()} aria-label="分期条件" noValidate>
          <ErrorSummary errors={errorList} />
          <Field id="ia-amount" label={LABELS['amount']!} hint="合同上写的借款或分期金额，例如 12000 或 1.2万" unit="元" value={inputs['amount'] ?? ''} error={errors['amount']} readOnly={locked} onInput={set('amount')} />
          <Field id="ia-periods" label={LABELS['periods']!} hint="分几期还，每期一个月" unit="期" inputMode="numeric" value={inputs['periods'] ?? ''} error={errors['periods']} readOnly={locked} onInput={set('periods')} />
          <Choice id="ia-known" legend="你知道的是" value={known} readOnly={locked} onChange={switchKnown} options={[{ value: 'fee', label: '每期手续费率' }, { value: 'payment', label: '每期还款额' }]} />
          {known === 'fee' ? (
            <Field id="ia-fee" label={LABELS['fee']!} hint="按原始本金收取的每期费率，例如 0.6 表示每期0.6%" unit="%" value={inputs['fee'] ?? ''} error={errors['fee']} readOnly={locked} onInput={set('fee')} />
          ) : (
            <Field id="ia-payment" label={LABELS['payment']!} hint="账单上每期要还的金额" unit="元" value={inputs['payment'] ?? ''} error={errors['payment']} readOnly={locked} onInput={set('payment')} />
          )}
          <Field id="ia-upfront" label={LABELS['upfront']!} hint="放款时直接扣掉的服务费等，你实际到手的钱会少这么多" unit="元" value={inputs['upfront'] ?? ''} error={errors['upfront']} readOnly={locked} onInput={set('upfront')} />
        </form>

        <ResultsPanel id="ia" announce={announce}>
          {values && detail ? (
            <>
              <dl class="calc-results">
                <Result name="apr" label="年化利率（单利）" value={values['apr']!} text={formatPercent(values['apr']! / 100)} emphasis note="IRR×12，贷款页面常用口径" />
                <Result name="ear" label="年化利率（复利）" value={values['ear']!} text={formatPercent(values['ear']! / 100)} note="(1+IRR)^12−1" />
                <Result name="total-fee" label="总费用" value={values['total-fee']!} text={formatYuan(detail.totalFeeFen)} />
                <Result name="payment" label="每期还款" value={values['payment']!} text={formatYuan(detail.rows[0]?.paymentFen ?? 0)} note={detail.rows.length > 1 && detail.rows.at(-1)!.paymentFen !== detail.rows[0]!.paymentFen ? `最后一期 ${formatYuan(detail.rows.at(-1)!.paymentFen)}` : undefined} />
              </dl>
              <p class="text-sm">
                你实际到手 {formatYuan(detail.receivedFen)}，{detail.periods} 期一共要还 {formatYuan(detail.totalPaidFen)}。
                {detail.naiveAnnual !== null && <> 如果只把每期费率乘以12，会得到 {formatPercent(detail.naiveAnnual)}，这低估了真实成本，因为手续费一直按原始本金收，而你欠的本金每期都在减少。</>}
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
            <p>第0期你实际拿到 {formatYuanPlain(detail.receivedFen)} 元，之后每期付出当期还款额。求每月内部收益率 r，使：</p>
            <pre class="calc-formula">{`${formatYuanPlain(detail.receivedFen)} = Σ 第t期还款 ÷ (1 + r)^t，t = 1 … ${detail.periods}\nr = ${formatPercent(detail.monthlyIrr, 4)}（每月）\n单利年化 = r × 12 = ${formatPercent(detail.annualSimple, 4)}\n复利年化 = (1 + r)^12 − 1 = ${formatPercent(detail.annualEffective, 4)}`}</pre>
            <ScheduleTable id="ia-table" caption="每期还款明细" rows={detail.rows} columns={COLUMNS} totals={{ payment: detail.totalPaidFen, principal: detail.amountFen, fee: detail.totalFeeFen - detail.upfrontFen }} csvName="分期还款明细.csv" />
          </Working>
          <LazyChart
            id="ia-chart"
            title="每期付出的钱：本金和手续费"
            summary={`共${detail.periods}期。每期手续费 ${formatYuan(detail.rows[0]?.feeFen ?? 0)} 始终不变，而尚欠本金从 ${formatYuan(detail.amountFen)} 逐期降到零，所以手续费占尚欠本金的比例越来越高。`}
            data={detail}
            load={() => import('./chart')}
            table={<ScheduleTable id="ia-chart-table" caption="图表数据" rows={detail.rows} columns={COLUMNS} />}
          />
        </>
      )}
      {!embed && <EducatorBox id="installment-apr" title="分期真实年化利率" base={base} query={query} />}
    </div>
  );
}
