import { FIRST_YEAR, NEVER_TEXT, minimumPaymentCalc, methodText, type MinimumPaymentDetail } from '~/lib/calculators/minimum-payment';
import { MAX_MONTHS } from '~/lib/finance/minimum-payment';
import { formatInteger, formatYuan, formatYuanInSentence } from '~/lib/format/number';
import { minimumPaymentSentence } from '~/lib/judge';
import { useCalculator } from '../shared/useCalculator';
import { DefinedField } from '../shared/DefinedField';
import { Result } from '../shared/Result';
import { DataTable, type Column } from '../shared/DataTable';
import { CalculatorShell, type IslandProps } from '../shared/CalculatorShell';
import { chartPoints, type ChartPoint } from './points';

const R = minimumPaymentCalc.results;

type Row = MinimumPaymentDetail['path'][number];
const COLUMNS: Column<Row>[] = [
  { key: 'month', label: '第几个月', value: (r) => r.month, money: false },
  { key: 'bill', label: '本月账单（元）', value: (r) => r.paymentFen + r.balanceFen },
  { key: 'interest', label: '其中新增利息（元）', value: (r) => r.interestFen },
  { key: 'payment', label: '最低还款（元）', value: (r) => r.paymentFen },
  { key: 'balance', label: '还款后仍欠（元）', value: (r) => r.balanceFen },
];

const CHART_COLUMNS: Column<ChartPoint>[] = [
  { key: 'month', label: '第几个月（0 为首期账单）', value: (p) => p.month, money: false },
  { key: 'minimum', label: '只还最低还款：仍欠（元）', value: (p) => p.minimumFen },
  { key: 'full', label: '每月全额还款：仍欠（元）', value: (p) => p.fullFen },
];

export default function MinimumPayment(props: IslandProps) {
  const state = useCalculator(minimumPaymentCalc);
  const { values, detail } = state.evaluation;
  // The grace days matter only to 全额计息: the field is shown with it.
  const full = (state.inputs['interest'] ?? '') !== 'unpaid';
  const field = (name: string) => <DefinedField def={minimumPaymentCalc} prefix="mp" name={name} state={state} />;
  const never = detail !== null && detail.months === null;
  // Only a balance that stops falling is 永远还不清; one still falling after 50 years is not.
  const forever = detail?.outcome === 'never-falls';
  const neverTitle = forever ? NEVER_TEXT : '按最低还款，50年也还不清';
  const endless = forever ? '没有尽头' : '50年内算不完';
  const announce = !values || !detail
    ? '请检查输入'
    : never
      ? `${neverTitle}。`
      : `${detail.months} 个月还清，共付利息 ${formatYuanInSentence(detail.totalInterestFen)}`;
  const second = detail?.path[1];

  return (
    <CalculatorShell
      {...props}
      def={minimumPaymentCalc}
      prefix="mp"
      formLabel="信用卡账单"
      state={state}
      announce={announce}
      form={<>{field('balance')}{field('daily')}{field('interest')}{full && field('grace')}{field('minrule')}{field('min')}{field('floor')}{field('spend')}</>}
      judgement={detail && { sentence: minimumPaymentSentence({ months: detail.months, totalInterestFen: detail.totalInterestFen, neverFalls: forever }) }}
      results={values && detail ? (
        <>
          {never && (
            <div class="calc-warning" data-testid="mp-never">
              <p class="font-bold">{neverTitle}。</p>
              <p class="mt-1 text-sm">
                {neverReason(detail)}
                {detail.firstYear.months === FIRST_YEAR && `头12个月一共还了 ${formatYuanInSentence(detail.firstYear.paidFen)}，其中利息 ${formatYuanInSentence(detail.firstYear.interestFen)}，还款后仍欠 ${formatYuanInSentence(detail.firstYear.balanceFen)}。`}
              </p>
            </div>
          )}
          <dl class="calc-results">
            <Result
              name="months"
              label={R['months']!.label}
              value={never ? null : values['months']!}
              text={never ? (forever ? '永远还不清' : '超过50年') : `${formatInteger(detail.months ?? 0)} 个月`}
              note={!never && (detail.months ?? 0) >= 12 ? `约 ${formatYears(detail.months ?? 0)}` : undefined}
              emphasis
            />
            <Result name="total-interest" label={R['total-interest']!.label} value={never ? null : values['total-interest']!} text={never ? endless : formatYuan(detail.totalInterestFen)} />
            <Result name="total-paid" label={R['total-paid']!.label} value={never ? null : values['total-paid']!} text={never ? endless : formatYuan(detail.totalPaidFen)} />
          </dl>
          {detail.outcome === 'under-one-yuan' && (
            <p class="text-sm" data-testid="mp-under-one-yuan">
              第 {formatInteger(detail.months ?? 0)} 个月还款后，欠款降到 1 元以下（还剩 {formatYuanInSentence(detail.leftoverFen)}），这里就算到这个月为止。没有最低还款下限时，最低还款跟着欠款一起变小，剩下的零头要你主动一次还清，否则会一直挂在账上。
            </p>
          )}
          {!never && (
            <p class="text-sm">
              如果第一个月就全额还清 {formatYuanInSentence(detail.balanceFen)}，利息是 0 元。只还最低还款，要多付 {formatYuanInSentence(detail.totalInterestFen)} 利息
              {detail.spendFen > 0 ? '（一共要还的钱里也包括每月新增的消费）' : ''}。
            </p>
          )}
          <p class="text-sm" data-testid="mp-method">
            {methodText(detail)}按每月30天算，以合同和账单为准。<a href={`${props.base}methodology/#method-minimum-payment-interest`} {...(props.embed ? { target: '_blank', rel: 'noopener' } : {})}>各家银行的算法有什么不同</a>。信用卡分期的欠款不能选最低还款（<a href={`${props.base}sources/credit-card-2022/`} {...(props.embed ? { target: '_blank', rel: 'noopener' } : {})}>2022年信用卡业务规范通知</a>），分期每期都要按时足额还。
          </p>
        </>
      ) : null}
      working={detail && (
        <>
            <pre class="calc-formula">{[
              detail.interestModel === 'full'
                ? `每月利息 = 上月还款后仍欠的钱 × 日利率 × 30（天）+ 上月已还的钱 × 日利率 × ${detail.graceDays}（天，账单日到还款日），四舍五入到分；第一个月不计利息。`
                : '每月利息 = 上月还款后仍欠的钱 × 日利率 × 30（天），四舍五入到分；第一个月在免息期内，不计利息。',
              '本月账单 = 上月仍欠 + 本月利息 + 本月新增消费。',
              detail.minRule === 'share-plus-charges'
                ? `最低还款 = 还没还的消费本金 × ${detail.minPercent}% + 全部利息，但不少于 ${formatYuanInSentence(detail.floorFen)}；账单比这还少时就还整个账单。`
                : `最低还款 = 本月账单 × ${detail.minPercent}%，但不少于 ${formatYuanInSentence(detail.floorFen)}；账单比这还少时就还整个账单。`,
              ...(second
                ? [`例如第2个月：利息 = ${formatYuan(detail.path[0]?.balanceFen ?? 0)} × ${detail.dailyPercent}% × 30${detail.interestModel === 'full' ? ` + ${formatYuan(detail.path[0]?.paymentFen ?? 0)} × ${detail.dailyPercent}% × ${detail.graceDays}` : ''} = ${formatYuan(second.interestFen)}，账单 ${formatYuan(second.paymentFen + second.balanceFen)}，最低还款 ${formatYuan(second.paymentFen)}。`]
                : []),
              ...(never ? [`最多算 ${MAX_MONTHS} 个月（50年）；欠款一直没有降到 0（或者越欠越多，表格到欠款超出可算范围为止）：${NEVER_TEXT}。`] : []),
            ].join('\n')}</pre>
            <DataTable
              id="mp-table"
              caption="只还最低还款的逐月明细"
              rows={detail.path}
              columns={COLUMNS}
              {...(never ? {} : { totals: { interest: detail.totalInterestFen, payment: detail.totalPaidFen } })}
              csvName="最低还款逐月明细.csv"
            />
        </>
      )}
      chart={detail && {
        title: '只还最低还款和每月全额还款：还款后仍欠多少',
        summary: never
              ? `${formatYuanInSentence(detail.balanceFen)} 的账单，每月全额还款第一个月就还清；只还最低还款，${detail.grows ? '欠款不降反升' : '欠款一直降不到 0'}，永远还不清。`
              : detail.months === 1
                ? `${formatYuanInSentence(detail.balanceFen)} 的账单不超过最低还款下限，最低还款就是全额，第一个月就还清，不付利息。`
                : `${formatYuanInSentence(detail.balanceFen)} 的账单，每月全额还款第一个月就还清，不付利息；只还最低还款，欠款降得越来越慢，要 ${detail.months} 个月才还清，共付利息 ${formatYuanInSentence(detail.totalInterestFen)}。`,
        data: detail,
        load: () => import('./chart'),
        table: <DataTable id="mp-chart-table" caption="图表数据" rows={chartPoints(detail)} columns={CHART_COLUMNS} />,
      }}
    />
  );
}

/** Why the balance is never cleared, in plain words. */
function neverReason(d: MinimumPaymentDetail): string {
  if (d.grows) return '每月的最低还款连新增的利息和消费都盖不住，欠款不降反升。';
  if (d.spendFen > 0) return '欠款降到一定程度后就不再下降：每月还的钱基本只够付利息和新消费。';
  if (d.floorFen === 0) return '没有最低还款下限时，最低还款额跟着欠款一起变小，欠款总会剩下一点还不完。';
  return '欠款降得太慢：每月还的钱大部分用来付利息，算满50年也还不清。';
}

/** 37 → "3年1个月"; 24 → "2年". */
function formatYears(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  return `${y}年${m ? `${m}个月` : ''}`;
}
