import { affordabilityCalc, BAND_LABELS, MORTGAGE_ALL_DEBT_PERCENT, type AffordabilityDetail, type Band } from '~/lib/calculators/affordability';
import { formatPercent, formatYuan, formatYuanPlain, formatYuanInSentence } from '~/lib/format/number';
import { affordabilitySentence } from '~/lib/judge';
import { useCalculator } from '../shared/useCalculator';
import { DefinedField } from '../shared/DefinedField';
import { Result } from '../shared/Result';
import { DataTable, type Column } from '../shared/DataTable';
import { CalculatorShell, type IslandProps } from '../shared/CalculatorShell';

const R = affordabilityCalc.results;

/** One part of the month's income: existing payments, the new payment, what is left (or the income itself). */
interface Part { label: string; csvLabel?: string; fen: number }

/** The month's income split into existing payments, the new payment and what is left. */
function splitRows(d: AffordabilityDetail): Part[] {
  return [
    { label: '现在每月还款', fen: d.debtsFen },
    { label: '新贷款每月还款', fen: d.paymentFen },
    { label: '每月还款后剩下', fen: d.leftAfterFen },
  ];
}

const splitColumns = (d: AffordabilityDetail): Column<Part>[] => [
  { key: 'label', label: '项目', text: (r) => r.label, csv: (r) => r.csvLabel ?? r.label },
  { key: 'amount', label: '金额（元）', value: (r) => r.fen },
  { key: 'share', label: '占收入', csvLabel: '占收入（%）', text: (r) => formatPercent(r.fen / d.incomeFen), csv: (r) => ((r.fen / d.incomeFen) * 100).toFixed(2) },
];

function SplitTable({ id, caption, d, csvName }: { id: string; caption: string; d: AffordabilityDetail; csvName?: string }) {
  return <DataTable id={id} caption={caption} rows={splitRows(d)} columns={splitColumns(d)} foot={{ label: '月收入（合计）', csvLabel: '月收入', fen: d.incomeFen }} {...(csvName ? { csvName } : {})} />;
}

const BAND_BOX: Record<Band, string> = { comfortable: 'box-key', watch: 'box-info', strained: 'box-warn' };

const BAND_ADVICE: Record<Band, string> = {
  comfortable: '还款不到收入的三成，每月还有一些余地。即便如此，也要先留出几个月的应急钱。',
  watch: '还款已占收入三成以上。借之前想一想：收入少一些，或者家里突然要用钱时，还能按时还吗？',
  strained: '还款超过收入的一半，留给吃住、看病和意外的钱不多了。可以考虑少借一点、换月供更低的方案，或者先不借。',
};

export default function Affordability(props: IslandProps) {
  const state = useCalculator(affordabilityCalc);
  const { values, detail: d } = state.evaluation;
  const field = (name: string) => <DefinedField def={affordabilityCalc} prefix="af" name={name} state={state} />;
  // Inside an iframe, links to the rest of the site open in a new tab.
  const linkProps = props.embed ? { target: '_blank', rel: 'noopener' } : {};
  const guide = (slug: string) => `${props.base}guides/${slug}/`;

  return (
    <CalculatorShell
      {...props}
      def={affordabilityCalc}
      prefix="af"
      formLabel="收入和还款"
      state={state}
      announce={d ? `借这笔之后，还款占收入 ${formatPercent(d.ratioAfter)}，${BAND_LABELS[d.band]}；${d.leftAfterFen >= 0 ? `每月还款后剩下 ${formatYuanInSentence(d.leftAfterFen)}` : `每月还款比收入多 ${formatYuanInSentence(-d.leftAfterFen)}`}` : '请检查输入'}
      form={<>{field('income')}{field('debts')}{field('payment')}</>}
      judgement={d && { sentence: affordabilitySentence({ incomeFen: d.incomeFen, debtsFen: d.debtsFen, paymentFen: d.paymentFen, bandLabel: BAND_LABELS[d.band] }) }}
      results={values && d ? (
        <>
          <dl class="calc-results">
            <Result name="ratio-before" label={R['ratio-before']!.label} value={values['ratio-before']!} text={formatPercent(d.ratioBefore)} note="现在每月还款 ÷ 收入" />
            <Result name="ratio-after" label={R['ratio-after']!.label} value={values['ratio-after']!} text={formatPercent(d.ratioAfter)} emphasis note="加上新贷款的月供" />
            <Result name="left" label={R['left']!.label} value={values['left']!} text={formatYuan(d.leftAfterFen)} note="还要用来吃住、交通和应急" />
          </dl>
          {d.leftAfterFen < 0 && (
            <p class="calc-warning">
              每月要还的钱比收入还多 {formatYuanInSentence(-d.leftAfterFen)}，只靠收入还不上。不要再借新钱来还旧债，先看指南<a href={guide('borrowing-to-repay')} {...linkProps}>借新还旧越滚越大，怎么停下来？</a>
            </p>
          )}
          <div class={`box ${BAND_BOX[d.band]} space-y-2 text-sm`} data-band={d.band}>
            <p class="text-base font-bold">借之后 {formatPercent(d.ratioAfter)}：{BAND_LABELS[d.band]}</p>
            <p>{BAND_ADVICE[d.band]}</p>
            <p><strong>本站的经验提示，不是法规：</strong>消费贷没有法定的还款占收入上限。我们粗略地这样看：</p>
            <ul class="list-disc pl-5">
              <li>低于30%：较宽裕</li>
              <li>30%到50%（含）：需要留意</li>
              <li>高于50%：压力较大</li>
            </ul>
            <p>比例越低，遇到收入减少、生病或家里急用钱时，越有余地。假如收入少两成（{formatYuanInSentence(d.stressIncomeFen)}），还款不变，比例会升到 {formatPercent(d.stressRatio)}。</p>
            <p>借之前还要想清楚哪些事，见指南<a href={guide('before-you-borrow')} {...linkProps}>借钱之前，要先想清楚哪些事？</a></p>
          </div>
          <p class="text-sm">
            房贷的参考点：原银监会《商业银行房地产贷款风险管理指引》第三十七条要求银行发放个人住房贷款时，把借款人每月全部债务支出控制在收入的{MORTGAGE_ALL_DEBT_PERCENT}%以内（含{MORTGAGE_ALL_DEBT_PERCENT}%）（<a href={`${props.base}sources/cbrc-real-estate-loan-risk-2004/`} {...linkProps}>来源</a>）。{''}
            这是银行审批房贷用的尺度，<strong>不是消费贷的规定</strong>，也不表示比例在{MORTGAGE_ALL_DEBT_PERCENT}%以内就一定还得起。
          </p>
        </>
      ) : null}
      working={d && (
        <>
          <pre class="calc-formula">{formula(d)}</pre>
          <SplitTable id="af-table" caption="每月收入怎么分" d={d} csvName="负担能力.csv" />
        </>
      )}
      chart={d && {
        title: '每月收入怎么分：现有还款、新贷款月供和剩下的钱',
        summary: summary(d),
        data: d,
        load: () => import('./chart'),
        table: <SplitTable id="af-chart-table" caption="图表数据" d={d} />,
      }}
    />
  );
}

function formula(d: AffordabilityDetail): string {
  const y = formatYuanPlain;
  return [
    `借之前 = 现在每月还款 ÷ 每月收入`,
    `= ${y(d.debtsFen)} ÷ ${y(d.incomeFen)} = ${formatPercent(d.ratioBefore)}`,
    `借之后 = (现在每月还款 + 新贷款每月还款) ÷ 每月收入`,
    `= (${y(d.debtsFen)} + ${y(d.paymentFen)}) ÷ ${y(d.incomeFen)} = ${formatPercent(d.ratioAfter)}`,
    `剩下 = 每月收入 − 现在每月还款 − 新贷款每月还款`,
    `= ${y(d.incomeFen)} − ${y(d.debtsFen)} − ${y(d.paymentFen)} = ${y(d.leftAfterFen)} 元`,
    `百分比保留两位小数。`,
  ].join('\n');
}

function summary(d: AffordabilityDetail): string {
  const head = `每月收入 ${formatYuanInSentence(d.incomeFen)}：现在的还款 ${formatYuanInSentence(d.debtsFen)}，新贷款月供 ${formatYuanInSentence(d.paymentFen)}，`;
  return d.leftAfterFen >= 0
    ? `${head}剩下 ${formatYuanInSentence(d.leftAfterFen)}。还款合计占收入 ${formatPercent(d.ratioAfter)}。`
    : `${head}还款合计比收入多 ${formatYuanInSentence(-d.leftAfterFen)}，占收入 ${formatPercent(d.ratioAfter)}；图中“剩下”一段为零。`;
}
