import { useEffect, useState } from 'preact/hooks';
import { installmentApr, installmentMethodText, PRICE_FIELDS, priceField, type InstallmentAprDetail, type PriceField } from '~/lib/calculators/installment-apr';
import { formatPercent, formatYuan, formatYuanPlain, formatYuanInSentence } from '~/lib/format/number';
import { rateJudgement } from '~/lib/judge';
import { compareQueryFor } from '~/lib/calculators/compare';
import { readValue } from '~/lib/calculators/fields';
import { feeShareSeries, type FeeSharePoint } from '~/lib/finance/fee-share';
import { useCalculator } from '../shared/useCalculator';
import { Choice } from '../shared/Field';
import { DefinedField } from '../shared/DefinedField';
import { Result } from '../shared/Result';
import { DataTable, type Column } from '../shared/DataTable';
import { CalculatorShell, type IslandProps } from '../shared/CalculatorShell';

const R = installmentApr.results;

type Row = InstallmentAprDetail['rows'][number];
const COLUMNS: Column<Row>[] = [
  { key: 'period', label: '期数', value: (r) => r.period, money: false },
  { key: 'payment', label: '当期还款（元）', value: (r) => r.paymentFen },
  { key: 'principal', label: '其中本金（元）', value: (r) => r.principalFen },
  { key: 'fee', label: '其中手续费（元）', value: (r) => r.feeFen },
  { key: 'outstanding', label: '还完后仍欠本金（元）', value: (r) => r.outstandingFen },
];

const SHARE_COLUMNS: Column<FeeSharePoint>[] = [
  { key: 'period', label: '期数', value: (p) => p.period, money: false },
  { key: 'owed', label: '本期还款前仍欠本金（元）', value: (p) => p.owedFen },
  { key: 'fee', label: '本期手续费（元）', value: (p) => p.feeFen },
  { key: 'share', label: '手续费占仍欠本金', text: (p) => formatPercent(p.feeShare) },
  { key: 'loan', label: '按仍欠本金计息的贷款：每期利率', text: (p) => formatPercent(p.loanRate) },
];

/** What the fee-share chart shows, in one plain paragraph. */
function shareSummary(d: InstallmentAprDetail, s: FeeSharePoint[]): string {
  const first = s[0];
  const last = s.at(-1);
  if (!first || !last || last.loanRate === 0) return `共${d.periods}期，没有手续费。`;
  const rate = formatPercent(first.loanRate);
  if (s.length === 1) return `只有1期，手续费 ${formatYuanInSentence(first.feeFen)}，是本金的 ${formatPercent(first.feeShare)}。`;
  return `每期手续费 ${formatYuanInSentence(first.feeFen)}，一直按最初的 ${formatYuanInSentence(d.amountFen)} 计算，可你欠的本金每期都在变少，`
    + `所以手续费占仍欠本金的比例越来越高：第1期是 ${formatPercent(first.feeShare)}，第${last.period}期是 ${formatPercent(last.feeShare)}。`
    + `同样每期 ${rate}、但只按仍欠本金计息的贷款，每期都是 ${rate}。`;
}

/** The plan as offer A of the comparison, when its fee reads as a number. */
function compareWithFee(d: InstallmentAprDetail, feeText: string): string | null {
  const fee = readValue(feeText, installmentApr.fields['fee']!.rule!);
  return fee.ok ? compareQueryFor({ kind: 'installment', amountFen: d.amountFen, periods: d.periods, feePercent: fee.value }) : null;
}

export default function InstallmentApr(props: IslandProps) {
  const state = useCalculator(installmentApr);
  const { inputs, setInputs, evaluation, locked } = state;
  const [known, setKnown] = useState<PriceField>('fee');
  // A link that states the price another way switches the form to it.
  useEffect(() => {
    const by = priceField(inputs);
    if ((inputs[by] ?? '') !== '') setKnown(by);
  }, [inputs['payment'], inputs['fee'], inputs['oneoff']]);

  const switchKnown = (k: string) => {
    const next = PRICE_FIELDS.find((n) => n === k) ?? 'fee';
    setKnown(next);
    setInputs((prev) => ({ ...prev, ...Object.fromEntries(PRICE_FIELDS.filter((n) => n !== next).map((n) => [n, ''])) }));
  };

  const { values, detail: d } = evaluation;
  const field = (name: string) => <DefinedField def={installmentApr} prefix="ia" name={name} state={state} />;
  const fields = installmentApr.fields;

  return (
    <CalculatorShell
      {...props}
      def={installmentApr}
      prefix="ia"
      formLabel="分期条件"
      state={state}
      announce={d ? `年化利率（单利）${formatPercent(d.annualSimple)}` : '请检查输入'}
      form={
        <>
          {field('amount')}
          {field('periods')}
          <Choice id="ia-known" legend="你知道的是" value={known} readOnly={locked} onChange={switchKnown} options={PRICE_FIELDS.map((n) => ({ value: n, label: fields[n]!.label }))} />
          {field(known)}
          {field('upfront')}
          {field('remainder')}
        </>
      }
      judgement={d && rateJudgement(d.annualSimple * 100, props.lines)}
      compareWith={d && known === 'fee' && d.upfrontFen === 0 ? compareWithFee(d, inputs['fee'] ?? '') : null}
      results={values && d ? (
        <>
          <dl class="calc-results">
            <Result name="apr" label={R['apr']!.label} value={values['apr']!} text={formatPercent(d.annualSimple)} emphasis note="借款页面按规定要明示的年化利率，这里用单利口径；复利算法写在下面的计算过程里" />
            <Result name="total-fee" label={R['total-fee']!.label} value={values['total-fee']!} text={formatYuan(d.totalFeeFen)} />
            <Result name="payment" label={R['payment']!.label} value={values['payment']!} text={formatYuan(d.rows[0]?.paymentFen ?? 0)} note={d.rows.length > 1 && d.rows.at(-1)!.paymentFen !== d.rows[0]!.paymentFen ? `最后一期 ${formatYuan(d.rows.at(-1)!.paymentFen)}` : undefined} />
          </dl>
          <p class="text-sm">
            你实际到手 {formatYuanInSentence(d.receivedFen)}，{d.periods} 期一共要还 {formatYuanInSentence(d.totalPaidFen)}。
            {d.naiveAnnual !== null && <> 如果只把每期费率乘以12，会得到 {formatPercent(d.naiveAnnual)}，这低估了真实成本，因为手续费一直按原始本金收，而你欠的本金每期都在减少。</>}
          </p>
        </>
      ) : null}
      working={d && (
        <>
          <p data-testid="ia-method">{installmentMethodText(d)}</p>
          <p>第0期你实际拿到 {formatYuanPlain(d.receivedFen)} 元，之后每期付出当期还款额。求每月内部收益率 r，使：</p>
          <pre class="calc-formula">{`${formatYuanPlain(d.receivedFen)} = Σ 第t期还款 ÷ (1 + r)^t，t = 1 … ${d.periods}\nr = ${formatPercent(d.monthlyIrr, 4)}（每月）\n单利年化 = r × 12 = ${formatPercent(d.annualSimple, 4)}\n复利年化 = (1 + r)^12 − 1 = ${formatPercent(d.annualEffective, 4)}`}</pre>
          <p>年化利率有两种算法，人民银行2021年第3号公告两种都允许，用单利的要写明“单利”。复利把“利滚利”算进去，数字高一点：</p>
          <dl class="calc-results">
            <Result name="ear" label={R['ear']!.label} value={values?.['ear'] ?? null} text={formatPercent(d.annualEffective)} note="(1 + r)^12 − 1" />
          </dl>
          <DataTable id="ia-table" caption="每期还款明细" rows={d.rows} columns={COLUMNS} totals={{ payment: d.totalPaidFen, principal: d.amountFen, fee: d.totalFeeFen - d.upfrontFen }} csvName="分期还款明细.csv" />
        </>
      )}
      chart={d && (() => {
        const share = feeShareSeries(d.rows, d.amountFen, d.naiveAnnual);
        return {
          title: '手续费占仍欠本金的比例：分期和按余额计息的贷款',
          summary: shareSummary(d, share),
          data: d,
          load: () => import('./chart'),
          table: <DataTable id="ia-chart-table" caption="图表数据" rows={share} columns={SHARE_COLUMNS} />,
        };
      })()}
    />
  );
}
