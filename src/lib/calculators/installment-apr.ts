/**
 * 分期真实年化利率: the real annual rate of an installment plan priced by a per-period fee,
 * a one-off fee or its payment, with any fee taken up front.
 */
import { installmentCost, type InstallmentInput, type InstallmentPrice, type InstallmentResult } from '../finance/installment';
import { fenToYuan, yuanToFen } from '../finance/money';
import { formatYuanInSentence } from '../format/number';
import { RULES } from '../parse/number';
import { defineCalculator } from './define';
import { guard, plain, readDefined, readDefinedChoice } from './fields';

export type RemainderAt = NonNullable<InstallmentInput['remainderAt']>;

/** The three ways a plan's price is stated: one of these parameters is filled. */
export const PRICE_FIELDS = ['fee', 'oneoff', 'payment'] as const;
export type PriceField = (typeof PRICE_FIELDS)[number];

/** Which price a set of inputs states: the first filled, or the per-period fee. */
export function priceField(inputs: Readonly<Record<string, string>>): PriceField {
  return PRICE_FIELDS.find((n) => (inputs[n] ?? '').trim() !== '') ?? 'fee';
}

export interface InstallmentAprDetail extends Omit<InstallmentResult, 'upfrontFeeFen'> {
  upfrontFen: number;
  priceField: PriceField;
  remainderAt: RemainderAt;
}

/** How the fee was charged and where the odd 分 went, in words, for the page to say. */
export function installmentMethodText(d: Pick<InstallmentAprDetail, 'priceField' | 'remainderAt' | 'rows' | 'totalFeeFen' | 'upfrontFen'>): string {
  const first = d.rows[0];
  const fee =
    d.priceField === 'oneoff'
      ? `手续费共 ${formatYuanInSentence(d.totalFeeFen - d.upfrontFen)}，一次收，和第一期一起还，之后每期只还本金`
      : d.priceField === 'payment'
        ? `每期还 ${formatYuanInSentence(first?.paymentFen ?? 0)}，其中超过本金的部分就是手续费`
        : `手续费每期 ${formatYuanInSentence(first?.feeFen ?? 0)}，按合同金额算，每期一样`;
  return `${fee}；本金按期数分不尽时，零头放在${d.remainderAt === 'first' ? '第一期' : '最后一期'}。`;
}

export const installmentApr = defineCalculator<InstallmentAprDetail>({
  id: 'installment-apr',
  fields: {
    amount: { label: '合同金额', hint: '合同上写的借款或分期金额，例如 12000 或 1.2万', unit: '元', rule: { ...RULES.amount, label: '合同金额' }, doc: '合同金额（元）', example: '12000' },
    periods: { label: '分期期数', hint: '分几期还，每期一个月', unit: '期', rule: { ...RULES.periods, label: '分期期数' }, doc: '分期期数（每期一个月）', example: '12' },
    fee: { label: '每期手续费率', hint: '按原始本金收取的每期费率，例如 0.6 表示每期0.6%', unit: '%', rule: { ...RULES.feePercent, label: '每期手续费率' }, doc: '每期手续费率（%，按原始本金收取）；与 oneoff、payment 三选一', example: '0.6' },
    oneoff: { label: '一次性手续费率', hint: '按分期金额一次收的手续费率，和第一期一起还，例如 7.2 表示7.2%', unit: '%', rule: { label: '一次性手续费率', min: 0, max: 100, unit: '%', example: '7.2' }, doc: '一次性手续费率（%，按合同金额算，随第一期一起收）；与 fee、payment 三选一', example: '7.2' },
    payment: { label: '每期还款额', hint: '账单上每期要还的金额', unit: '元', rule: { ...RULES.amount, label: '每期还款额' }, doc: '每期还款额（元）；与 fee、oneoff 三选一', example: '1072' },
    upfront: { label: '一开始就扣掉的费用（可不填）', hint: '放款时直接扣掉的服务费等，你实际到手的钱会少这么多', unit: '元', rule: { ...RULES.amount, min: 0, label: '前置扣费', optional: true }, doc: '放款时先扣掉的费用（元，可省略）', example: '1000' },
    remainder: { label: '本金除不尽时，零头放在', unit: '', choices: { last: '最后一期', first: '第一期' }, doc: '本金（或总手续费）按期数分不尽时，多出的几分钱放在哪一期：last（最后一期）或 first（第一期）', example: 'first' },
  },
  results: {
    apr: { label: '年化利率（单利）', unit: '%', doc: '年化利率（单利口径，每月内部收益率×12，%）' },
    ear: { label: '年化利率（复利）', unit: '%', doc: '年化利率（复利口径，(1+月内部收益率)^12−1，%）' },
    'total-fee': { label: '总费用', unit: '元', doc: '总费用（元，含先扣的费用）' },
    payment: { label: '每期还款', unit: '元', doc: '第一期还款额（元）' },
  },
  defaults: { amount: '12000', periods: '12', fee: '0.6', oneoff: '', payment: '', upfront: '', remainder: 'last' },
  exclusive: [['fee', 'oneoff', 'payment']],
  evaluate(inputs) {
    const by = priceField(inputs);
    const { errors, values } = readDefined(inputs, this.fields, ['amount', 'periods', by, 'upfront']);
    const remainderAt = readDefinedChoice<RemainderAt>(inputs, 'remainder', this.fields['remainder']!, errors);
    if (Object.keys(errors).length || !remainderAt) return { errors, values: null, detail: null };
    const amountFen = yuanToFen(values['amount'] ?? 0);
    const upfrontFen = yuanToFen(values['upfront'] ?? 0);
    if (upfrontFen >= amountFen) return { errors: { upfront: '前置扣费必须小于合同金额。' }, values: null, detail: null };
    const price: InstallmentPrice =
      by === 'payment' ? { paymentFen: yuanToFen(values['payment'] ?? 0) } : by === 'oneoff' ? { oneOffFeePercent: values['oneoff'] ?? 0 } : { feePercentPerPeriod: values['fee'] ?? 0 };
    return guard(by, () => {
      const r = installmentCost({ amountFen, periods: values['periods'] ?? 0, price, upfrontFeeFen: upfrontFen, remainderAt });
      const { upfrontFeeFen, ...rest } = r;
      return {
        errors: {},
        values: {
          apr: plain(r.annualSimple * 100),
          ear: plain(r.annualEffective * 100),
          'total-fee': fenToYuan(r.totalFeeFen),
          payment: fenToYuan(r.rows[0]?.paymentFen ?? 0),
        },
        detail: { ...rest, upfrontFen: upfrontFeeFen, priceField: by, remainderAt },
      };
    });
  },
  examples: [
    {
      label: '1.2万元分12期、每期手续费0.6%：年化约13.03%（单利）',
      query: 'amount=12000&periods=12&fee=0.6',
      expected: { apr: 13.03, ear: 13.84, 'total-fee': 864, payment: 1072 },
      source: '年化：事实资料 10.3 的独立算例（每期0.6%、12期，IRR×12 约13.03%，非官方发布）；手续费 12000 × 0.6% × 12 = 864 元，每期 1000 + 72 = 1072 元（手算）',
    },
    {
      query: 'amount=100000&periods=12&payment=8833.3&upfront=1000',
      expected: { apr: 12.8, ear: 13.58 },
      source: '人民银行2021年第3号公告附件的示例：借10万元、先扣1000元、每期还8833.3元，单利年化12.80%，复利13.58%',
    },
    {
      query: 'amount=12000&periods=12&fee=0.75',
      expected: { apr: 16.22 },
      source: '事实资料 10.3 的独立算例：每期0.75%、12期，IRR×12 约16.22%',
    },
    {
      query: 'amount=12000&periods=24&fee=0.6',
      expected: { apr: 13.27, ear: 14.1, 'total-fee': 1728, payment: 572 },
      source: '教案“分期的真实成本”练习2；手续费 12000 × 0.6% × 24 = 1728 元，每期 500 + 72 = 572 元（手算）；年化由 40 位小数的独立 IRR 核对（tests/unit/support/decimal-irr.ts）',
    },
    {
      query: 'amount=20000&periods=12&payment=1750&upfront=600',
      expected: { apr: 14.89, ear: 15.95, 'total-fee': 1600 },
      source: '教案“分期的真实成本”练习4；总费用 1750 × 12 − 20000 + 600 = 1600 元（手算）；年化由独立 IRR 核对',
    },
    {
      query: 'amount=30000&periods=12&fee=0.5&upfront=2400',
      expected: { apr: 26.99, ear: 30.6, 'total-fee': 4200 },
      source: '教案“识别催收骗局”练习；总费用 30000 × 0.5% × 12 + 2400 = 4200 元（手算）；年化由独立 IRR 核对',
    },
    {
      query: 'amount=12000&periods=12&oneoff=7.2',
      expected: { apr: 13.86, ear: 14.77, 'total-fee': 864, payment: 1864 },
      source: '手续费 12000 × 7.2% = 864 元，和第一期一起收：第一期 1000 + 864 = 1864 元，之后每期 1000 元（手算）；年化由 Python 十进制二分法独立求 [+12000, −1864, −1000 × 11] 的内部收益率：单利 13.856031%，复利 14.770749%',
    },
    {
      query: 'amount=1000&periods=3&fee=0.6&remainder=first',
      expected: { apr: 10.77, 'total-fee': 18, payment: 339.34 },
      source: '本金 1000 ÷ 3 = 333.33…，零头 1 分放在第一期：333.34、333.33、333.33 元；每期手续费 1000 × 0.6% = 6 元，第一期 339.34 元（手算）；年化由 Python 十进制二分法独立求 [+1000, −339.34, −339.33, −339.33] 的内部收益率，单利 10.767990%',
    },
    {
      query: 'amount=1000&periods=3&fee=0.6&remainder=last',
      expected: { apr: 10.77, payment: 339.33 },
      source: '同上，零头放在最后一期：第一期 333.33 + 6 = 339.33 元（手算）；单利年化 10.767883%（同一个独立的二分法）',
    },
  ],
  methods: [
    {
      id: 'fee',
      title: '分期手续费怎么收',
      options: [
        {
          label: '每期收（参数 fee）',
          isDefault: true,
          means: '每期按原始分期金额的同一个费率收手续费，和每期本金一起还。欠的本金越来越少，手续费却不变，所以真实年化远高于每期费率 × 12。',
          source: { id: 'credit-card-2022', cites: '“分期业务”：分期合同首页和分期页面要写明各项息费、年化利率和计息方式' },
        },
        {
          label: '一次性收（参数 oneoff）',
          means: '手续费按分期金额一次算好，和第一期一起收，之后每期只还本金。同样多的手续费，收得越早，真实年化越高。',
          source: { id: 'credit-card-2022', cites: '“分期收费方式”：银行不得只提供、也不得默认勾选一次性收取全部分期利息的选项，说明一次性收取是现有的收费方式之一' },
        },
      ],
    },
    {
      id: 'remainder',
      title: '本金除不尽时，零头放在哪一期',
      param: 'remainder',
      options: [
        {
          value: 'last',
          label: '最后一期',
          isDefault: true,
          means: '每期本金 = 分期金额 ÷ 期数，四舍五入到分，最后一期多退少补。',
          source: { cites: '网上转载的银行分期说明写“每期本金为分期本金除以期数，余数计入最后一期”；本站没有读到银行原文，不点名' },
        },
        {
          value: 'first',
          label: '第一期',
          means: '零头放在第一期，后面各期的本金相同。',
          source: { cites: '另一种放法；本站没有找到写明这样做的公开条款。两种放法只差几分钱，年化利率几乎不变' },
        },
      ],
    },
  ],
});
