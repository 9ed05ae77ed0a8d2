/**
 * 最低还款陷阱: paying only a card's minimum each month, until paid off or never.
 * Results months, total-interest and total-paid are absent when the balance is never paid off.
 */
import { fenToYuan, yuanToFen } from '../finance/money';
import { minimumPayment, RECOMMENDED_OPTIONS, STOP_BELOW_FEN, type MinimumPaymentInput, type MinimumPaymentResult } from '../finance/minimum-payment';
import { RULES } from '../parse/number';
import { defineCalculator } from './define';
import { guard, readDefined, readDefinedChoice } from './fields';

export type InterestModel = NonNullable<MinimumPaymentInput['interestModel']>;
export type MinRule = NonNullable<MinimumPaymentInput['minRule']>;

/** The two ways cards charge interest on a bill not paid in full, as the form and the docs name them. */
export const INTEREST_LABELS: Record<InterestModel, string> = {
  full: '全额计息：整笔账单都计息',
  unpaid: '只对没还的部分计息',
};

/** What the minimum payment is made of. */
export const MIN_RULE_LABELS: Record<MinRule, string> = {
  'share-plus-charges': '消费的一定比例 + 全部利息',
  'share-of-bill': '整张账单的一定比例',
};

/** The warning shown (and announced) when paying the minimum never clears the balance. */
export const NEVER_TEXT = '按最低还款，这笔欠款永远还不清';

/** The first months summarised when a balance is never paid off. */
export const FIRST_YEAR = 12;

export interface MinimumPaymentDetail extends MinimumPaymentResult {
  balanceFen: number;
  interestModel: InterestModel;
  /** Days from the statement date to the due date (全额计息 only). */
  graceDays: number;
  minRule: MinRule;
  dailyPercent: number;
  minPercent: number;
  floorFen: number;
  spendFen: number;
  /** Paid, interest, and the balance left after the first 12 months (or fewer, when paid off sooner). */
  firstYear: { months: number; paidFen: number; interestFen: number; balanceFen: number };
  /** Never paid off: true when the balance ends higher than after the first payment (it grows). */
  grows: boolean;
}

/** Which method a result used, in words, for the page to say under the figures. */
export function methodText(d: Pick<MinimumPaymentDetail, 'interestModel' | 'graceDays' | 'minRule' | 'minPercent'>): string {
  const interest =
    d.interestModel === 'full'
      ? `按全额计息算：没有全额还款时，已经还掉的部分也从账单日计息到还款日（${d.graceDays}天），没还的部分一直计息`
      : '只对没还的部分计息（最省的算法；很多信用卡没有全额还款时对整笔账单计息，利息会更多）';
  const minimum = d.minRule === 'share-plus-charges' ? `最低还款额按消费的${d.minPercent}%加全部利息算` : `最低还款额按整张账单的${d.minPercent}%算`;
  return `${interest}；${minimum}。`;
}

export const minimumPaymentCalc = defineCalculator<MinimumPaymentDetail>({
  id: 'minimum-payment',
  fields: {
    balance: { label: '账单金额', hint: '这期账单要还的金额，例如 10000 或 1万', unit: '元', rule: { ...RULES.amount, label: '账单金额' }, doc: '账单金额（元）', example: '10000' },
    daily: { label: '日利率', hint: '没还清的部分每天按多少计息，例如 0.05 或 万分之五', unit: '%', rule: { ...RULES.dailyPercent, label: '日利率' }, doc: '日利率（%，0.05 即万分之五；不填时默认 0.05）', example: '0.05' },
    min: { label: '最低还款比例', hint: '最低还款额按消费（或账单）的百分之几算，常见是 10，以你的合同为准', unit: '%', rule: { label: '最低还款比例', min: 0.1, max: 100, unit: '%', example: '10' }, doc: '最低还款比例（%，0.1到100；默认 10）。minrule 是 share-plus-charges 时是消费本金的比例，另加全部利息；是 share-of-bill 时是整张账单的比例', example: '10' },
    floor: { label: '最低还款下限', hint: '最低还款额最少是多少，例如 100；账单更小时就还整个账单', unit: '元', rule: { ...RULES.amount, min: 0, label: '最低还款下限', example: '100' }, doc: '最低还款下限（元，最低还款额最少是多少；默认 100）', example: '100' },
    spend: { label: '每月新增消费', hint: '以后每个月还会新刷多少，不刷就填 0 或留空', unit: '元', rule: { ...RULES.amount, min: 0, label: '每月新增消费', example: '0 或 500', optional: true }, doc: '每月新增消费（元；默认 0）', example: '0' },
    interest: { label: '没还清时怎么计息', unit: '', choices: INTEREST_LABELS, doc: '没有全额还款时的计息方式：full（全额计息，已还的部分也计息到还款日）或 unpaid（只对没还的部分计息）', example: 'unpaid' },
    grace: { label: '账单日到还款日的天数', hint: '全额计息时，已还的部分从账单日计息到还款日；看账单上的两个日子，常见是 18 到 25 天', unit: '天', rule: { ...RULES.days, max: 30, label: '账单日到还款日的天数', example: '20' }, doc: `账单日到到期还款日的天数（0到30；默认 ${RECOMMENDED_OPTIONS.graceDays}；只在 interest=full 时用到）`, example: '20' },
    minrule: { label: '最低还款额怎么算', unit: '', choices: MIN_RULE_LABELS, doc: '最低还款额的算法：share-plus-charges（消费本金的 min% 加全部利息）或 share-of-bill（整张账单的 min%）', example: 'share-of-bill' },
  },
  results: {
    months: { label: '多久还清', unit: '个月', doc: '几个月还清（个月）；永远还不清时 data-value 为空，页面显示“按最低还款，这笔欠款永远还不清”' },
    'total-interest': { label: '一共付利息', unit: '元', doc: '一共付的利息（元）；永远还不清时为空' },
    'total-paid': { label: '一共要还', unit: '元', doc: '一共要还的钱（元，包括账单、利息和每月新增消费）；永远还不清时为空' },
  },
  // 全额计息 and the minimum as share plus all interest: what the card terms we found describe
  // (see `methods` below). Until issue 16 the defaults were unpaid and share-of-bill.
  defaults: { balance: '10000', daily: '0.05', min: '10', floor: '100', spend: '0', interest: 'full', grace: String(RECOMMENDED_OPTIONS.graceDays), minrule: 'share-plus-charges' },
  evaluate(inputs) {
    const choiceErrors: Record<string, string> = {};
    const interest = readDefinedChoice<InterestModel>(inputs, 'interest', this.fields['interest']!, choiceErrors);
    const minRule = readDefinedChoice<MinRule>(inputs, 'minrule', this.fields['minrule']!, choiceErrors);
    // The grace days matter only to 全额计息: with the other model a bad value there is no error.
    const { errors, values } = readDefined(inputs, this.fields, ['balance', 'daily', 'min', 'floor', 'spend', ...(interest === 'unpaid' ? [] : ['grace'])]);
    Object.assign(errors, choiceErrors);
    if (Object.keys(errors).length || !interest || !minRule) return { errors, values: null, detail: null };
    const input = {
      interestModel: interest,
      graceDays: values['grace'] ?? RECOMMENDED_OPTIONS.graceDays,
      minRule,
      balanceFen: yuanToFen(values['balance'] ?? 0),
      dailyPercent: values['daily'] ?? 0,
      minPercent: values['min'] ?? 0,
      floorFen: yuanToFen(values['floor'] ?? 0),
      spendFen: yuanToFen(values['spend'] ?? 0),
      // With no floor the minimum shrinks with the bill and a few 分 can stay owed for ever:
      // stop under 1 元 and say so, instead of calling a falling balance 永远还不清.
      stopBelowFen: STOP_BELOW_FEN,
    };
    return guard('balance', () => {
      const r = minimumPayment(input);
      const head = r.path.slice(0, FIRST_YEAR);
      const firstYear = {
        months: head.length,
        paidFen: head.reduce((s, m) => s + m.paymentFen, 0),
        interestFen: head.reduce((s, m) => s + m.interestFen, 0),
        balanceFen: head.at(-1)?.balanceFen ?? 0,
      };
      const grows = r.months === null && (r.path.at(-1)?.balanceFen ?? 0) > (r.path[0]?.balanceFen ?? 0);
      // Never paid off: there is no month count and no total, so those results are left out
      // (the page shows them with an empty data-value and the warning).
      const resultValues: Record<string, number> =
        r.months === null
          ? {}
          : { months: r.months, 'total-interest': fenToYuan(r.totalInterestFen), 'total-paid': fenToYuan(r.totalPaidFen) };
      return { errors: {}, values: resultValues, detail: { ...r, ...input, firstYear, grows } };
    });
  },
  examples: [
    {
      label: '1万元账单、日利率0.05%、全额计息、每月只还最低还款（消费的10%加利息，最少100元）：33个月才还清，利息1402.70元',
      query: 'balance=10000&daily=0.05&min=10&floor=100&spend=0',
      expected: { months: 33, 'total-interest': 1402.7, 'total-paid': 11402.7 },
      source: '独立的 Python 十进制逐月模拟（每月30天；全额计息时已还的部分另计20天利息；最低还款 = 消费本金的10% + 全部利息，不少于100元；每笔四舍五入到分），见 tests/unit/calculators-minimum-payment.test.ts 的说明；第2个月手算：9000 × 0.05% × 30 + 1000 × 0.05% × 20 = 145元，最低还款 900 + 145 = 1045元',
    },
    {
      query: 'balance=10000&daily=0.05&min=10&floor=100&spend=0&interest=unpaid&minrule=share-of-bill',
      expected: { months: 37, 'total-interest': 1478.61, 'total-paid': 11478.61 },
      source: '本站原来的默认算法（只对没还的部分计息，最低还款为账单的10%）：独立的 Python 十进制逐月模拟；第2个月手算：9000 × 0.05% × 30 = 135元，账单9135元，最低还款913.50元',
    },
    {
      query: 'balance=10000&daily=0.05&min=10&floor=100&interest=unpaid',
      expected: { months: 33, 'total-interest': 1288.76 },
      source: '独立的 Python 十进制逐月模拟：最低还款 = 消费本金的10% + 全部利息，本金每月正好减少10%（9000、8100、7290元……），第2个月利息 9000 × 0.05% × 30 = 135元',
    },
    {
      query: 'balance=10000&daily=0.05&min=10&floor=100&interest=full&grace=20&minrule=share-of-bill',
      expected: { months: 37, 'total-interest': 1611.41 },
      source: '独立的 Python 十进制逐月模拟：第2个月利息 9000 × 0.05% × 30 + 1000 × 0.05% × 20 = 145元，账单9145元，最低还款914.50元',
    },
  ],
  methods: [
    {
      id: 'interest',
      title: '没有全额还款时，怎么计息',
      param: 'interest',
      options: [
        {
          value: 'full',
          label: '全额计息',
          isDefault: true,
          means: `到期还款日前没有还清整张账单，这张账单就不再免息：已经还掉的部分也要计息，本站从账单日算到还款日（天数见参数 grace，默认${RECOMMENDED_OPTIONS.graceDays}天）；没还的部分一直计息到下一期账单。实际合同多从每笔消费的记账日起算，利息会比这里更多。`,
          source: {
            id: 'cba-card-convention-2013',
            cites: '“报道背景”：报道说在这以前，没有全额还款时银行对整月的账单计息。我们读到的网上转载的银行说明也大多这样写，但没有读到各家银行现行领用合约的原文，所以不点名哪家银行，以你的合同为准',
          },
        },
        {
          value: 'unpaid',
          label: '只对没还的部分计息',
          means: '只对还款后仍欠的部分计息，已经还掉的部分不计息。这是最省的算法，也是本站原来的默认算法。',
          source: {
            id: 'pboc-2016-111',
            cites: '“计结息方式”：透支利息怎么计算由发卡机构自己定。网上转载的说法里有银行改成了只对没还的部分计息，我们没有读到银行章程原文，不点名',
          },
        },
      ],
    },
    {
      id: 'minimum',
      title: '最低还款额怎么算',
      param: 'minrule',
      options: [
        {
          value: 'share-plus-charges',
          label: '消费的一定比例 + 全部利息',
          isDefault: true,
          means: '最低还款额 = 还没还的消费本金 × 最低还款比例（参数 min，默认10%）+ 账单上的全部利息，不少于最低还款下限；账单比下限还少时就还整个账单。',
          source: {
            id: 'pboc-2016-111',
            cites: '“免息还款期和最低还款额”：最低还款额的条件和标准由发卡机构自己定。我们读到的网上转载的银行说明，多把最低还款额写成“消费金额的一定比例，加上全部利息和费用、本期分期、超过额度的部分和上期没还的最低还款额”；本站没有读到银行原文，这里只算比例和利息两项',
          },
        },
        {
          value: 'share-of-bill',
          label: '整张账单的一定比例',
          means: '最低还款额 = 整张账单（含利息）× 最低还款比例，不少于最低还款下限。这是简化算法，也是本站原来的默认算法，算出的每月还款比上一种少一点。',
          source: { cites: '简化算法：我们没有找到写明这样算的银行条款' },
        },
      ],
    },
  ],
});
