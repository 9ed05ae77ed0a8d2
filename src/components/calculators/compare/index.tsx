import {
  emptyOffer,
  FIELD_LABELS,
  KIND_LABELS,
  METHOD_LABELS,
  OFFER_LETTERS,
  REQUIRED_LETTERS,
  type OfferFields,
  type OfferKind,
  type OfferLetter,
  type OfferResult,
  type OfferRow,
} from '~/lib/calculators/compare';
import { compareOffers } from '~/lib/calculators/compare';
import { formatPercent, formatYuan, formatYuanPlain, formatYuanInSentence } from '~/lib/format/number';
import { formatDecimalText } from '~/lib/format/decimal';
import { compareVerdict, rateJudgement } from '~/lib/judge';
import { Field, Choice } from '../shared/Field';
import { Result } from '../shared/Result';
import { DataTable, type Column } from '../shared/DataTable';
import { CalculatorShell, type IslandProps } from '../shared/CalculatorShell';
import { useCompare } from './useCompare';

const R = compareOffers.results;

const upper = (l: OfferLetter) => l.toUpperCase();
/** A rate as typed back in a sentence: up to 6 decimals, no grouping. */
const numberText = (n: number) => formatDecimalText(n, { max: 6, grouping: false });
const kindOptions = (Object.entries(KIND_LABELS) as [OfferKind, string][]).map(([value, label]) => ({ value, label }));
const methodOptions = Object.entries(METHOD_LABELS).map(([value, label]) => ({ value, label }));

/** The offer in a few words: 12,000.00 元分12期，每期手续费0.6%. */
function describe(o: OfferResult): string {
  if (o.kind === 'installment') return `${formatYuanInSentence(o.amountFen)}分${o.term}期，每期手续费${numberText(o.feePercent ?? 0)}%`;
  return `${formatYuanInSentence(o.amountFen)}，年利率${numberText(o.ratePercent ?? 0)}%，${o.term}个月，${o.method ? METHOD_LABELS[o.method] : ''}`;
}

const COMPARE_COLUMNS: Column<OfferResult>[] = [
  { key: 'offer', label: '方案', text: (o) => `方案${upper(o.letter)}`, csv: (o) => upper(o.letter) },
  { key: 'kind', label: '计价方式', text: (o) => KIND_LABELS[o.kind] },
  { key: 'terms', label: '条件', text: describe },
  { key: 'apr', label: '年化利率（单利，%）', text: (o) => formatPercent(o.normalised.annualSimple), csv: (o) => (o.normalised.annualSimple * 100).toFixed(4) },
  { key: 'ear', label: '年化利率（复利，%）', text: (o) => formatPercent(o.normalised.annualEffective), csv: (o) => (o.normalised.annualEffective * 100).toFixed(4) },
  { key: 'cost', label: '总成本（元）', text: (o) => formatYuanPlain(o.normalised.totalCostFen), csv: (o) => (o.normalised.totalCostFen / 100).toFixed(2) },
  { key: 'paid', label: '一共要还（元）', text: (o) => formatYuanPlain(o.normalised.totalPaidFen), csv: (o) => (o.normalised.totalPaidFen / 100).toFixed(2) },
  { key: 'largest', label: '最大一笔还款（元）', text: (o) => formatYuanPlain(o.normalised.largestPaymentFen), csv: (o) => (o.normalised.largestPaymentFen / 100).toFixed(2) },
  { key: 'months', label: '期数（月）', text: (o) => String(o.normalised.months), csv: (o) => o.normalised.months },
];

const CHART_COLUMNS: Column<OfferResult>[] = [
  { key: 'offer', label: '方案', text: (o) => `方案${upper(o.letter)}` },
  { key: 'cost', label: '总成本（元）', text: (o) => formatYuanPlain(o.normalised.totalCostFen) },
  { key: 'apr', label: '年化利率（单利）', text: (o) => formatPercent(o.normalised.annualSimple) },
];

function rowColumns(kind: OfferKind): Column<OfferRow>[] {
  return [
    { key: 'period', label: '期数', value: (r) => r.period, money: false },
    { key: 'payment', label: '当期还款（元）', value: (r) => r.paymentFen },
    { key: 'principal', label: '其中本金（元）', value: (r) => r.principalFen },
    { key: 'cost', label: kind === 'installment' ? '其中手续费（元）' : '其中利息（元）', value: (r) => r.costFen },
  ];
}

export default function CompareOffers(props: IslandProps) {
  const { base, embed = false } = props;
  const { forms, setField, setOffer, evaluation, query, locked, unlock, ready } = useCompare();
  const { errors, values, detail } = evaluation;
  const present = OFFER_LETTERS.filter((l) => forms[l] !== null);
  const nextLetter = OFFER_LETTERS.find((l) => forms[l] === null);

  const errorLabel = (key: string) => {
    const [letter, name] = key.split('-') as [OfferLetter, string];
    const kind = forms[letter]?.kind ?? 'installment';
    return `方案${upper(letter)} ${FIELD_LABELS[kind][name] ?? name}`;
  };
  const best = detail?.offers.find((o) => o.letter === detail.best);
  const verdict = detail && best ? compareVerdict(detail.offers) : null;
  const bestRate = best ? rateJudgement(best.normalised.annualSimple * 100, props.lines) : null;
  const announce = detail && best ? `方案${upper(best.letter)}总成本最低，${formatYuanInSentence(best.normalised.totalCostFen)}，年化利率${formatPercent(best.normalised.annualSimple)}` : '请检查输入';
  const guideHref = `${base}guides/fee-rate-vs-apr/`;
  const linkTarget = embed ? { target: '_blank', rel: 'noopener' } : {};

  const switchKind = (letter: OfferLetter, f: OfferFields) => (value: string) => {
    const kind: OfferKind = value === 'loan' ? 'loan' : 'installment';
    if (kind === f.kind) return;
    // Keep what carries over: the amount, and the term between 期数 and 月数.
    setOffer(letter, { ...f, kind, months: f.months || f.periods, periods: f.periods || f.months, method: f.method || 'annuity' });
  };
  const add = () => {
    if (!nextLetter) return;
    setOffer(nextLetter, { ...emptyOffer(), amount: forms.a?.amount ?? '' });
    setTimeout(() => document.getElementById(`co-${nextLetter}-amount`)?.focus(), 0);
  };
  const remove = (letter: OfferLetter) => {
    setOffer(letter, null);
    setTimeout(() => document.getElementById('co-add')?.focus(), 0);
  };

  return (
    <CalculatorShell
      {...props}
      def={compareOffers}
      prefix="co"
      formLabel="借款方案"
      state={{ errors, locked, unlock, query, ready }}
      errorLabel={errorLabel}
      announce={announce}
      form={
        <>
            <p class="calc-hint">每个方案选一种写法：分期按“每期手续费”报价，贷款按“年利率”报价。金额可以写 12000、12,000 或 1.2万。</p>
            {present.map((letter) => {
              const f = forms[letter]!;
              const labels = FIELD_LABELS[f.kind];
              const id = (name: string) => `co-${letter}-${name}`;
              const field = (name: 'amount' | 'periods' | 'fee' | 'rate' | 'months', hint: string, unit: string, inputMode: 'decimal' | 'numeric' = 'decimal') => (
                <Field id={id(name)} label={labels[name]!} hint={hint} unit={unit} inputMode={inputMode} value={f[name]} error={errors[`${letter}-${name}`]} readOnly={locked} onInput={setField(letter, name)} />
              );
              return (
                <fieldset key={letter} id={`co-${letter}`} class="grid min-w-0 gap-4 rounded-lg border border-line p-2 sm:p-3">
                  <legend class="px-1 text-lg font-bold">方案{upper(letter)}</legend>
                  <Choice id={id('kind')} legend={labels['kind']!} value={f.kind} readOnly={locked} error={errors[`${letter}-kind`]} onChange={switchKind(letter, f)} options={kindOptions} />
                  {field('amount', '合同上的金额', '元')}
                  {f.kind === 'installment' ? (
                    <>
                      {field('periods', '分几期还，每期一个月', '期', 'numeric')}
                      {field('fee', '按最初本金收的每期费率，例如 0.6 表示每期0.6%', '%')}
                    </>
                  ) : (
                    <>
                      {field('rate', '合同上的名义年利率，例如 7.2 表示7.2%', '%')}
                      {field('months', '按月还款，最多360个月', '个月', 'numeric')}
                      <Choice id={id('method')} legend={labels['method']!} value={f.method} readOnly={locked} error={errors[`${letter}-method`]} onChange={setField(letter, 'method')} options={methodOptions} />
                    </>
                  )}
                  {!locked && !REQUIRED_LETTERS.includes(letter) && (
                    <div>
                      <button type="button" class="btn btn-secondary" onClick={() => remove(letter)}>删除方案{upper(letter)}</button>
                    </div>
                  )}
                </fieldset>
              );
            })}
            {!locked && nextLetter && (
              <div>
                <button type="button" id="co-add" class="btn btn-secondary" onClick={add}>添加方案{upper(nextLetter)}（最多4个）</button>
              </div>
            )}
        </>
      }
      judgement={bestRate && best ? { sentence: `方案${upper(best.letter)}${bestRate.sentence}`, band: bestRate.band } : null}
      results={values && detail && best ? (
        <>
          <dl class="calc-results">
            <div class="calc-result calc-result-main">
              <dt class="calc-result-label">{R['best']!.label}</dt>
              <dd class="calc-result-value calc-result-words" data-result="best" data-value={best.letter}>{verdict!.headline}</dd>
              <dd class="calc-result-note">{verdict!.notes}</dd>
            </div>
          </dl>
          {detail.offers.map((o) => (
            <section key={o.letter} aria-labelledby={`co-result-${o.letter}`} class="space-y-2">
              <h3 id={`co-result-${o.letter}`} class="font-bold">
                方案{upper(o.letter)}<span class="font-normal">：{describe(o)}</span>
              </h3>
              <dl class="calc-results">
                <Result name={`apr-${o.letter}`} label={R[`apr-${o.letter}`]!.label} value={values[`apr-${o.letter}`]!} text={formatPercent(o.normalised.annualSimple)} note="每月内部收益率×12；复利算法写在下面的计算过程里" />
                <Result name={`total-cost-${o.letter}`} label={R[`total-cost-${o.letter}`]!.label} value={values[`total-cost-${o.letter}`]!} text={formatYuan(o.normalised.totalCostFen)} note={`一共还 ${formatYuan(o.normalised.totalPaidFen)}`} />
              </dl>
            </section>
          ))}
          <div class="space-y-2 text-sm">
            {detail.offers.filter((o) => o.kind === 'installment' && (o.feePercent ?? 0) > 0).map((o) => (
              <p key={`fee-${o.letter}`}>
                {`方案${upper(o.letter)}每期手续费${numberText(o.feePercent!)}%，乘以12是${numberText(Number((o.feePercent! * 12).toFixed(6)))}%，但真实年化约${formatPercent(o.normalised.annualSimple)}。`}
                {`因为手续费每期都按最初的 ${formatYuanInSentence(o.amountFen)} 收，而你欠的本金每还一期就少一些，到后几期是为很少的本金付同样多的手续费。`}
                <a href={guideHref} {...linkTarget}>为什么每期费率不能直接乘以12</a>
              </p>
            ))}
            {!detail.sameAmount && <p class="calc-warning">各方案的金额不一样。借得多，总成本自然高，这时更应该比年化利率。</p>}
            {!detail.sameTerm && <p>各方案的期限不一样。期限长的每月压力小，但钱占用得久，总成本往往更高；总成本最低的不一定是年化利率最低的。</p>}
            {detail.lowestRate !== detail.best && <p>年化利率最低的是方案{upper(detail.lowestRate)}，总成本最低的是方案{upper(detail.best)}。两者不同，通常是因为金额或期限不同：先想清楚你需要借多少、借多久。</p>}
            {detail.offers.filter((o) => o.method === 'interest-only' || o.method === 'bullet').map((o) => (
              <p key={`big-${o.letter}`}>注意：方案{upper(o.letter)}最后一笔要一次还 {formatYuanInSentence(o.normalised.largestPaymentFen)}，请确认到时拿得出来。</p>
            ))}
          </div>
        </>
      ) : null}
      working={detail && (
        <>
            <p>每个方案都把现金流列出来：第0期你拿到借款金额，之后每期付出当期还款。求每月内部收益率 r，使：</p>
            <pre class="calc-formula">{[
              '借款金额 = Σ 第t期还款 ÷ (1 + r)^t',
              '单利年化 = r × 12；复利年化 = (1 + r)^12 − 1',
              '总成本 = 各期还款之和 − 借款金额',
              ...detail.offers.map((o) => `方案${upper(o.letter)}：r = ${formatPercent(o.monthlyIrr, 4)}（每月），单利年化 ${formatPercent(o.normalised.annualSimple, 4)}，复利年化 ${formatPercent(o.normalised.annualEffective, 4)}，总成本 ${formatYuanPlain(o.normalised.totalPaidFen)} − ${formatYuanPlain(o.amountFen)} = ${formatYuan(o.normalised.totalCostFen)}`),
              '总成本相同时，复利年化低的排前面。',
            ].join('\n')}</pre>
            <p>复利年化把“利滚利”算进去，数字高一点。人民银行2021年第3号公告两种算法都允许，用单利的要写明“单利”。</p>
            <dl class="calc-results">
              {values && detail.offers.map((o) => (
                <Result key={o.letter} name={`ear-${o.letter}`} label={R[`ear-${o.letter}`]!.standalone!} value={values[`ear-${o.letter}`] ?? null} text={formatPercent(o.normalised.annualEffective)} note="(1 + r)^12 − 1" />
              ))}
            </dl>
            <DataTable id="co-table" caption="借款方案对比表" rows={detail.offers} columns={COMPARE_COLUMNS} csvName="借款方案对比.csv" downloadLabel="下载对比表（CSV）" />
            {detail.offers.map((o) => (
              <details key={o.letter} class="calc-table-details">
                <summary>方案{upper(o.letter)}每期还款明细</summary>
                <DataTable id={`co-rows-${o.letter}`} caption={`方案${upper(o.letter)}每期还款明细`} rows={o.rows} columns={rowColumns(o.kind)} totals={{ payment: o.normalised.totalPaidFen, principal: o.amountFen, cost: o.normalised.totalCostFen }} />
              </details>
            ))}
        </>
      )}
      chart={detail && {
        title: '各方案的总成本',
        summary: `${detail.offers.map((o) => `方案${upper(o.letter)}总成本 ${formatYuanInSentence(o.normalised.totalCostFen)}（年化${formatPercent(o.normalised.annualSimple)}）`).join('，')}。方案${upper(detail.best)}最低。`,
        data: detail,
        load: () => import('./chart'),
        table: <DataTable id="co-chart-table" caption="图表数据" rows={detail.offers} columns={CHART_COLUMNS} />,
      }}
    />
  );
}
