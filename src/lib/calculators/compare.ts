/**
 * 借款方案对比: two to four offers side by side on one footing (true annual rate, total cost).
 *
 * Deep-link names a, b, c, d. Each is one offer in a comma form:
 *   installment (分期手续费): amount,periods,fee          e.g. a=12000,12,0.6
 *   loan (贷款利率):          amount,rate,months,method   e.g. b=12000,7.2,12,annuity
 * Every part goes through the shared parser (full-width digits, 0.6%, 万分之五 …), but a comma
 * is the separator, so amounts inside the link are plain numbers (12000, not 12,000). The form
 * fields accept 1.2万 and 12,000; when the address is rewritten, valid numbers are written plain.
 *
 * Results (plain numbers): apr-a … (simple annual %, IRR×12), ear-a … (effective annual %),
 * total-cost-a … (元), best (the number of the cheapest offer: 1 = a, 2 = b …; the page shows
 * the letter in its data-value).
 */
import { formatDecimalText } from '../format/decimal';
import { cheapestOffer, normaliseOffer, type NormalisedOffer, type Offer } from '../finance/compare';
import { FinanceError } from '../finance/errors';
import { installmentCost } from '../finance/installment';
import { fenToYuan, yuanToFen } from '../finance/money';
import { loanSchedule, REPAYMENT_METHODS, type RepaymentMethod } from '../finance/schedule';
import { readNumber, RULES } from '../parse/number';
import { defineCalculator, type ResultDef } from './define';
import { plain, readChoice, readFields, type FieldSpec } from './fields';
import { METHOD_LABELS } from './labels';
import { type Evaluation, type RawInputs } from './types';

export const OFFER_LETTERS = ['a', 'b', 'c', 'd'] as const;
export type OfferLetter = (typeof OFFER_LETTERS)[number];
/** a and b are always compared; c and d are optional. */
export const REQUIRED_LETTERS: readonly OfferLetter[] = ['a', 'b'];

export const OFFER_KINDS = ['installment', 'loan'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
export const KIND_LABELS: Record<OfferKind, string> = { installment: '分期手续费', loan: '贷款利率' };

export { METHOD_LABELS };

/** One offer as typed (or as read from its link part): raw strings, parsed on evaluation. */
export interface OfferFields {
  kind: OfferKind;
  amount: string;
  periods: string;
  fee: string;
  rate: string;
  months: string;
  method: string;
}

export type OfferForms = Record<OfferLetter, OfferFields | null>;

/** The field names each kind uses, in link order. */
export const KIND_FIELDS: Record<OfferKind, readonly (keyof Omit<OfferFields, 'kind'>)[]> = {
  installment: ['amount', 'periods', 'fee'],
  loan: ['amount', 'rate', 'months', 'method'],
};

/** What each field is called on the page and in messages. */
export const FIELD_LABELS: Record<OfferKind, Record<string, string>> = {
  installment: { kind: '计价方式', amount: '分期金额', periods: '分期期数', fee: '每期手续费率' },
  loan: { kind: '计价方式', amount: '借款金额', rate: '年利率', months: '借款期限', method: '还款方式' },
};

const SPECS: Record<string, FieldSpec> = {
  amount: { ...RULES.amount },
  periods: { ...RULES.periods, label: '分期期数' },
  fee: { ...RULES.feePercent, label: '每期手续费率' },
  rate: { ...RULES.annualPercent, label: '年利率' },
  months: { ...RULES.months, label: '借款期限' },
};

export function emptyOffer(kind: OfferKind = 'installment'): OfferFields {
  return { kind, amount: '', periods: '', fee: '', rate: '', months: '', method: kind === 'loan' ? 'annuity' : '' };
}

/** Chinese names of the methods (等额本息 …) and any letter case read as the method's key. */
function methodKey(raw: string): string {
  const t = raw.trim();
  const lower = t.toLowerCase();
  if ((REPAYMENT_METHODS as readonly string[]).includes(lower)) return lower;
  const byLabel = (Object.entries(METHOD_LABELS) as [RepaymentMethod, string][]).find(([, label]) => label === t);
  return byLabel ? byLabel[0] : t;
}

/**
 * One offer from its link part, or null when the part is empty. Three parts (or fewer) are an
 * installment plan, four or more a loan; missing parts stay empty and are reported as missing.
 * Extra parts of a loan stay in the method so that it is reported as wrong.
 *
 * @example offerFromLink('12000,7.2,12,annuity') → { kind: 'loan', amount: '12000', rate: '7.2', months: '12', method: 'annuity', … }
 */
export function offerFromLink(text: string | undefined): OfferFields | null {
  const t = (text ?? '').trim();
  if (t === '') return null;
  const parts = t.split(/[,，]/).map((p) => p.trim());
  if (parts.length >= 4) {
    return { ...emptyOffer('loan'), amount: parts[0] ?? '', rate: parts[1] ?? '', months: parts[2] ?? '', method: methodKey(parts.slice(3).join(',')) };
  }
  return { ...emptyOffer('installment'), amount: parts[0] ?? '', periods: parts[1] ?? '', fee: parts[2] ?? '' };
}

const plainNumber = (n: number) => formatDecimalText(n, { max: 20, grouping: false });

/** A typed number as it goes into the link: plain when it reads as a number, else as typed without commas. */
function linkPart(raw: string): string {
  const t = raw.trim();
  if (t === '') return '';
  const n = readNumber(t);
  if (n !== null) return plainNumber(n);
  // Still wrong after the round trip, but never split into extra parts.
  return t.replace(/[,，]/g, '、');
}

/**
 * The link part for one offer.
 *
 * @example offerToLink({ kind: 'installment', amount: '1.2万', periods: '１２', fee: '0.6%', … }) === '12000,12,0.6'
 */
export function offerToLink(f: OfferFields): string {
  if (f.kind === 'installment') return [f.amount, f.periods, f.fee].map(linkPart).join(',');
  return [linkPart(f.amount), linkPart(f.rate), linkPart(f.months), f.method.trim()].join(',');
}

/** The offers in a set of raw inputs (a … d); a and b are always there, empty when not given. */
export function formsFromInputs(inputs: RawInputs): OfferForms {
  const out = {} as OfferForms;
  for (const l of OFFER_LETTERS) {
    const f = offerFromLink(inputs[l]);
    out[l] = f ?? (REQUIRED_LETTERS.includes(l) ? emptyOffer() : null);
  }
  return out;
}

/** The raw inputs (a … d) for a set of offers; a missing offer is an empty string. */
export function inputsFromForms(forms: OfferForms): RawInputs {
  const out: RawInputs = {};
  for (const l of OFFER_LETTERS) {
    const f = forms[l];
    out[l] = f ? offerToLink(f) : '';
  }
  return out;
}

/** The query string for the offers, commas left readable (a=12000,12,0.6). */
/** An offer from another calculator, to open the comparison with it filled in as offer A. */
export type OfferToCompare =
  | { kind: 'installment'; amountFen: number; periods: number; feePercent: number }
  | { kind: 'loan'; amountFen: number; ratePercent: number; months: number; method: RepaymentMethod };

/**
 * The comparison's query with this offer as A (和别的方案比一比), and as B the other kind for
 * the same amount and term with its price left empty: the form then asks for just that one
 * number (a loan's rate, a plan's fee), on its field.
 *
 * @example compareQueryFor({ kind: 'installment', amountFen: 1_200_000, periods: 12, feePercent: 0.6 }) === 'a=12000,12,0.6&b=12000,,12,annuity'
 */
export function compareQueryFor(offer: OfferToCompare): string {
  const n = plainNumber;
  const amount = n(offer.amountFen / 100);
  const [a, b] = offer.kind === 'installment'
    ? [[amount, n(offer.periods), n(offer.feePercent)], [amount, '', n(offer.periods), 'annuity']]
    : [[amount, n(offer.ratePercent), n(offer.months), offer.method], [amount, n(offer.months), '']];
  return compareQuery({ a: a.join(','), b: b.join(',') });
}

export function compareQuery(inputs: RawInputs): string {
  const q = new URLSearchParams();
  for (const l of OFFER_LETTERS) {
    const v = (inputs[l] ?? '').trim();
    if (v !== '') q.set(l, v);
  }
  // URLSearchParams writes ',' as %2C; a literal % is %25, so every %2C was a comma.
  return q.toString().replace(/%2C/gi, ',');
}

export interface OfferRow {
  period: number;
  paymentFen: number;
  principalFen: number;
  /** Interest or fee in this payment. */
  costFen: number;
}

export interface OfferResult {
  letter: OfferLetter;
  kind: OfferKind;
  amountFen: number;
  /** Periods (installment) or months (loan). */
  term: number;
  feePercent: number | null;
  ratePercent: number | null;
  method: RepaymentMethod | null;
  normalised: NormalisedOffer;
  /** annualSimple ÷ 12, a fraction. */
  monthlyIrr: number;
  rows: OfferRow[];
}

export interface CompareDetail {
  offers: OfferResult[];
  best: OfferLetter;
  /** All offers lend the same amount / run for the same number of months. */
  sameAmount: boolean;
  sameTerm: boolean;
  /** The letter with the lowest simple annual rate (may differ from best). */
  lowestRate: OfferLetter;
}

function schedule(offer: Offer): OfferRow[] {
  if (offer.kind === 'installment') {
    return installmentCost({ amountFen: offer.amountFen, periods: offer.periods, price: { feePercentPerPeriod: offer.feePercentPerPeriod } }).rows.map((r) => ({
      period: r.period,
      paymentFen: r.paymentFen,
      principalFen: r.principalFen,
      costFen: r.feeFen,
    }));
  }
  return loanSchedule({ principalFen: offer.amountFen, nominalAnnualPercent: offer.nominalAnnualPercent, months: offer.months, method: offer.method }).rows.map((r) => ({
    period: r.period,
    paymentFen: r.paymentFen,
    principalFen: r.principalFen,
    costFen: r.interestFen,
  }));
}

/** Which of this offer's fields a finance error is about. */
function errorField(kind: OfferKind, field: string | undefined): string {
  const names = KIND_FIELDS[kind] as readonly string[];
  if (field && names.includes(field)) return field;
  return 'amount';
}

/** Read one offer's fields; errors go in `errors` keyed `<letter>-<field>`. */
function readOffer(letter: OfferLetter, f: OfferFields, errors: Record<string, string>): Offer | null {
  const kind = f.kind;
  if (!(OFFER_KINDS as readonly string[]).includes(kind)) {
    errors[`${letter}-kind`] = `请选择：${OFFER_KINDS.map((k) => KIND_LABELS[k]).join('、')}。`;
    return null;
  }
  const labels = FIELD_LABELS[kind];
  const specs: Record<string, FieldSpec> = {};
  const raw: RawInputs = {};
  for (const name of KIND_FIELDS[kind]) {
    if (name === 'method') continue;
    specs[name] = { ...SPECS[name]!, label: labels[name]! };
    raw[name] = f[name];
  }
  const { errors: fieldErrors, values } = readFields(raw, specs);
  const own: Record<string, string> = { ...fieldErrors };
  let method: RepaymentMethod | undefined;
  if (kind === 'loan') {
    if (f.method.includes(',')) own['method'] = '链接里这个方案写多了：贷款写成 金额,年利率,月数,还款方式 四项。';
    else method = readChoice({ method: f.method }, 'method', REPAYMENT_METHODS, METHOD_LABELS, own);
  }
  for (const [name, message] of Object.entries(own)) errors[`${letter}-${name}`] = message;
  if (Object.keys(own).length) return null;
  const amountFen = yuanToFen(values['amount'] ?? 0);
  if (kind === 'installment') return { kind, amountFen, periods: values['periods'] ?? 0, feePercentPerPeriod: values['fee'] ?? 0 };
  return { kind, amountFen, nominalAnnualPercent: values['rate'] ?? 0, months: values['months'] ?? 0, method: method! };
}

/**
 * Compare the offers given (a and b required; c, d when present).
 *
 * @example
 * // a: 12,000 元, 12 periods at 0.6% → 864 元 (13.03%); b: 12,000 元 at 7.2%, 12 months 等额本息 → 473.15 元.
 * evaluateOffers(formsFromInputs({ a: '12000,12,0.6', b: '12000,7.2,12,annuity' })).values?.['best'] === 2
 */
export function evaluateOffers(forms: Partial<OfferForms>): Evaluation<CompareDetail> {
  const errors: Record<string, string> = {};
  const read: { letter: OfferLetter; offer: Offer }[] = [];
  for (const letter of OFFER_LETTERS) {
    const f = forms[letter] ?? (REQUIRED_LETTERS.includes(letter) ? emptyOffer() : null);
    if (!f) continue;
    const offer = readOffer(letter, f, errors);
    if (offer) read.push({ letter, offer });
  }
  if (Object.keys(errors).length) return { errors, values: null, detail: null };

  const offers: OfferResult[] = [];
  for (const { letter, offer } of read) {
    try {
      const normalised = normaliseOffer(offer);
      offers.push({
        letter,
        kind: offer.kind,
        amountFen: offer.amountFen,
        term: offer.kind === 'installment' ? offer.periods : offer.months,
        feePercent: offer.kind === 'installment' ? offer.feePercentPerPeriod : null,
        ratePercent: offer.kind === 'loan' ? offer.nominalAnnualPercent : null,
        method: offer.kind === 'loan' ? offer.method : null,
        normalised,
        monthlyIrr: normalised.annualSimple / 12,
        rows: schedule(offer),
      });
    } catch (e) {
      if (!(e instanceof FinanceError)) throw e;
      errors[`${letter}-${errorField(offer.kind, e.field)}`] = e.message;
    }
  }
  if (Object.keys(errors).length || offers.length < 2) return { errors, values: null, detail: null };

  const bestIndex = cheapestOffer(offers.map((o) => o.normalised));
  const best = offers[bestIndex]!.letter;
  let lowest = offers[0]!;
  for (const o of offers) if (o.normalised.annualSimple < lowest.normalised.annualSimple) lowest = o;

  const values: Record<string, number> = {};
  for (const o of offers) {
    values[`apr-${o.letter}`] = plain(o.normalised.annualSimple * 100);
    values[`ear-${o.letter}`] = plain(o.normalised.annualEffective * 100);
    values[`total-cost-${o.letter}`] = fenToYuan(o.normalised.totalCostFen);
  }
  values['best'] = OFFER_LETTERS.indexOf(best) + 1;

  return {
    errors: {},
    values,
    detail: {
      offers,
      best,
      sameAmount: offers.every((o) => o.amountFen === offers[0]!.amountFen),
      sameTerm: offers.every((o) => o.normalised.months === offers[0]!.normalised.months),
      lowestRate: lowest.letter,
    },
  };
}

export const compareOffers = defineCalculator<CompareDetail>({
  id: 'compare',
  fields: {
    a: { label: '方案A', unit: '', doc: '方案A（必填）。分期写成 金额,期数,每期手续费率(%)；贷款写成 金额,年利率(%),月数,还款方式。金额在这里写纯数字，不要带千分位逗号', example: '12000,12,0.6' },
    b: { label: '方案B', unit: '', doc: '方案B（必填），写法同 a。贷款的还款方式写 annuity（等额本息）、equal-principal（等额本金）、interest-only（先息后本）或 bullet（到期一次还本付息）', example: '12000,7.2,12,annuity' },
    c: { label: '方案C', unit: '', doc: '方案C（可省略），写法同 a', example: '12000,7.2,12,bullet' },
    d: { label: '方案D', unit: '', doc: '方案D（可省略），写法同 a', example: '12000,7.2,12,equal-principal' },
  },
  results: {
    ...Object.fromEntries(
      OFFER_LETTERS.flatMap((l): [string, ResultDef][] => [
        [`apr-${l}`, { label: '年化利率（单利）', standalone: `方案${l.toUpperCase()}年化利率（单利）`, unit: '%', docName: 'apr-a、apr-b…', doc: l === 'a' ? '各方案的年化利率（单利口径，每月内部收益率×12，%）' : '' }],
        [`ear-${l}`, { label: '年化利率（复利）', standalone: `方案${l.toUpperCase()}年化利率（复利）`, unit: '%', docName: 'ear-a、ear-b…', doc: l === 'a' ? '各方案的年化利率（复利口径，(1+月内部收益率)^12−1，%）' : '' }],
        [`total-cost-${l}`, { label: '总成本', standalone: `方案${l.toUpperCase()}总成本`, unit: '元', docName: 'total-cost-a、total-cost-b…', doc: l === 'a' ? '各方案的总成本（一共要还的钱减去借款金额，元）' : '' }],
      ]),
    ),
    best: { label: '总成本最低的方案', unit: '', doc: '总成本最低的方案字母，例如 b；总成本相同时取复利年化较低的' },
  },
  defaults: { a: '12000,12,0.6', b: '12000,7.2,12,annuity', c: '', d: '' },
  // A link that names any offer gives the whole comparison: the default offers do not linger.
  exclusive: [OFFER_LETTERS],
  evaluate(inputs) {
    return evaluateOffers(formsFromInputs(inputs));
  },
  examples: [
    {
      label: '1.2万元分12期每期0.6%，对比年利率7.2%、12个月等额本息：分期总成本864元（年化约13.03%），贷款473.15元（7.20%），贷款更省',
      query: 'a=12000,12,0.6&b=12000,7.2,12,annuity',
      expected: { 'apr-a': 13.03, 'total-cost-a': 864, 'apr-b': 7.2, 'total-cost-b': 473.15, best: 2 },
      source: '方案A：手续费 12000 × 0.6% × 12 = 864 元，年化见事实资料 10.3；方案B：等额本息月供 1039.43 元（公式手算），12 期共 12473.15 元',
    },
    {
      query: 'a=12000,12,0.6&b=12000,10,12,annuity',
      expected: { 'apr-a': 13.03, 'total-cost-a': 864, 'apr-b': 10, 'total-cost-b': 659.9, best: 2 },
      source: '教案“分期的真实成本”练习3；方案B：等额本息月供 1054.99 元，逐月利息四舍五入到分、最后一期还清余下本金，Python 十进制手算利息合计 659.90 元',
    },
  ],
});
