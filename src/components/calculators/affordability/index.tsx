import { affordabilityCalc, BAND_LABELS, MORTGAGE_ALL_DEBT_PERCENT, type AffordabilityDetail, type Band } from '~/lib/calculators/affordability';
import { queryFromInputs } from '~/lib/calculators/types';
import { formatPercent, formatYuan, formatYuanPlain } from '~/lib/format/number';
import { useCalculator } from '../shared/useCalculator';
import { Field } from '../shared/Field';
import { ErrorSummary } from '../shared/ErrorSummary';
import { Result } from '../shared/Result';
import { ResultsPanel, InvalidInputNotice } from '../shared/ResultsPanel';
import { LockBar } from '../shared/LockBar';
import { Working } from '../shared/Working';
import { LazyChart } from '../shared/LazyChart';
import { EducatorBox } from '../shared/EducatorBox';
import { SplitTable } from './SplitTable';

const LABELS: Record<string, string> = { income: '每月到手收入', debts: '现在每月还款', payment: '新贷款每月还款' };

const BAND_BOX: Record<Band, string> = { comfortable: 'box-key', watch: 'box-info', strained: 'box-warn' };

const BAND_ADVICE: Record<Band, string> = {
  comfortable: '还款不到收入的三成，每月还有一些余地。即便如此，也要先留出几个月的应急钱。',
  watch: '还款已占收入三成以上。借之前想一想：收入少一些，或者家里突然要用钱时，还能按时还吗？',
  strained: '还款超过收入的一半，留给吃住、看病和意外的钱不多了。可以考虑少借一点、换月供更低的方案，或者先不借。',
};

interface Props { base: string; embed?: boolean }

export default function Affordability({ base, embed = false }: Props) {
  const { inputs, set, evaluation, locked, unlock } = useCalculator(affordabilityCalc);
  const { errors, values, detail } = evaluation;
  const errorList = Object.entries(errors).map(([name, message]) => ({ fieldId: `af-${name}`, label: LABELS[name] ?? name, message }));
  const query = queryFromInputs(affordabilityCalc, inputs);
  const announce = values && detail
    ? `借这笔之后，还款占收入 ${formatPercent(detail.ratioAfter)}，${BAND_LABELS[detail.band]}；每月还款后剩下 ${formatYuan(detail.leftAfterFen)}`
    : '请检查输入';
  // Inside an iframe, links to the rest of the site open in a new tab.
  const linkProps = embed ? { target: '_blank', rel: 'noopener' } : {};
  const guide = (slug: string) => `${base}guides/${slug}/`;

  return (
    <div class="space-y-6">
      <LockBar locked={locked} onUnlock={unlock} />
      <div class="calc">
        <form class="calc-form card" onSubmit={(e) => e.preventDefault()} aria-label="收入和还款" noValidate>
          <ErrorSummary errors={errorList} />
          <Field id="af-income" label={LABELS['income']!} hint="扣掉社保、个税后，每月实际拿到的钱，例如 8000" unit="元" value={inputs['income'] ?? ''} error={errors['income']} readOnly={locked} onInput={set('income')} />
          <Field id="af-debts" label={LABELS['debts']!} hint="房贷、车贷、信用卡分期、各种借款，每月加起来要还多少；没有就填 0" unit="元" value={inputs['debts'] ?? ''} error={errors['debts']} readOnly={locked} onInput={set('debts')} />
          <Field id="af-payment" label={LABELS['payment']!} hint="打算借的这笔，每月要还多少（看借款页面或合同）" unit="元" value={inputs['payment'] ?? ''} error={errors['payment']} readOnly={locked} onInput={set('payment')} />
        </form>

        <ResultsPanel id="af" announce={announce}>
          {values && detail ? (
            <>
              <dl class="calc-results">
                <Result name="ratio-before" label="借之前：还款占收入" value={values['ratio-before']!} text={formatPercent(detail.ratioBefore)} note="现在每月还款 ÷ 收入" />
                <Result name="ratio-after" label="借之后：还款占收入" value={values['ratio-after']!} text={formatPercent(detail.ratioAfter)} emphasis note="加上新贷款的月供" />
                <Result name="left" label="每月还款后剩下" value={values['left']!} text={formatYuan(detail.leftAfterFen)} note="还要用来吃住、交通和应急" />
              </dl>
              {detail.leftAfterFen < 0 && (
                <p class="calc-warning">
                  每月要还的钱比收入还多 {formatYuan(-detail.leftAfterFen)}，只靠收入还不上。不要再借新钱来还旧债，先看指南<a href={guide('borrowing-to-repay')} {...linkProps}>借新还旧越滚越大，怎么停下来？</a>
                </p>
              )}
              <div class={`box ${BAND_BOX[detail.band]} space-y-2 text-sm`} data-band={detail.band}>
                <p class="text-base font-bold">借之后 {formatPercent(detail.ratioAfter)}：{BAND_LABELS[detail.band]}</p>
                <p>{BAND_ADVICE[detail.band]}</p>
                <p><strong>本站的经验提示，不是法规：</strong>消费贷没有法定的还款占收入上限。我们粗略地这样看：</p>
                <ul class="list-disc pl-5">
                  <li>低于30%：较宽裕</li>
                  <li>30%到50%（含）：需要留意</li>
                  <li>高于50%：压力较大</li>
                </ul>
                <p>比例越低，遇到收入减少、生病或家里急用钱时，越有余地。假如收入少两成（{formatYuan(detail.stressIncomeFen)}），还款不变，比例会升到 {formatPercent(detail.stressRatio)}。</p>
                <p>借之前还要想清楚哪些事，见指南<a href={guide('before-you-borrow')} {...linkProps}>借钱之前，要先想清楚哪些事？</a></p>
              </div>
              <p class="text-sm">
                房贷的参考点：原银监会《商业银行房地产贷款风险管理指引》第三十七条要求银行发放个人住房贷款时，把借款人每月全部债务支出控制在收入的{MORTGAGE_ALL_DEBT_PERCENT}%以内（含{MORTGAGE_ALL_DEBT_PERCENT}%）（<a href={`${base}sources/cbrc-real-estate-loan-risk-2004/`} {...linkProps}>来源</a>）。{''}
                这是银行审批房贷用的尺度，<strong>不是消费贷的规定</strong>，也不表示比例在{MORTGAGE_ALL_DEBT_PERCENT}%以内就一定还得起。
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
            <pre class="calc-formula">{formula(detail)}</pre>
            <SplitTable id="af-table" caption="每月收入怎么分" detail={detail} csvName="负担能力.csv" />
          </Working>
          <LazyChart
            id="af-chart"
            title="每月收入怎么分：现有还款、新贷款月供和剩下的钱"
            summary={summary(detail)}
            data={detail}
            load={() => import('./chart')}
            table={<SplitTable id="af-chart-table" caption="图表数据" detail={detail} />}
          />
        </>
      )}
      {!embed && <EducatorBox id="affordability" title="负担能力" base={base} query={query} />}
    </div>
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
  const head = `每月收入 ${formatYuan(d.incomeFen)}：现在的还款 ${formatYuan(d.debtsFen)}，新贷款月供 ${formatYuan(d.paymentFen)}，`;
  return d.leftAfterFen >= 0
    ? `${head}剩下 ${formatYuan(d.leftAfterFen)}。还款合计占收入 ${formatPercent(d.ratioAfter)}。`
    : `${head}还款合计比收入多 ${formatYuan(-d.leftAfterFen)}，占收入 ${formatPercent(d.ratioAfter)}；图中“剩下”一段为零。`;
}
