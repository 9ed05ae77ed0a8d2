/**
 * Reading what people type into a field that knows its unit. Unit and basis words (年化、月息、
 * 日息、每期、厘、‰、天、个月、年、期 …) are read, converted when the conversion is exact and
 * documented, and refused with a message that says what to type otherwise. Nothing typed in one
 * unit is ever read as a number in another. Every result says in words what was used.
 *
 * Conversions (README.md in this folder lists each with its source):
 * - rates: 年 ↔ 月 by 12, 日 ↔ 年 by the site's day count (365, or 360 as an option), 日 ↔ 月
 *   through the year; 每期手续费 (a fee on the original principal) never converts to or from an
 *   interest rate on the balance;
 * - 厘 and 分 need a basis word: 年息5厘 = 5%, 月息5厘 = 0.5%, 日息5厘 = 0.05%;
 * - 万分之… and 万五 are customarily daily, so they are taken without a basis only in a daily field;
 * - terms: 年 → 12 months or 12 monthly periods; 期 and 个月 are the same in a monthly plan; days and
 *   months never convert into each other (a month is 28 to 31 days).
 */
import { formatDecimalText } from '../format/decimal';
import { convertRate, DAYS_PER_YEAR, type DayCount, type RateBasis } from '../finance/rates';
import { checkRules, readDecimal, RULES, toHalfWidth, type Decimal, type NumberRules } from './number';

export type FieldUnit = 'yuan' | 'percent-annual' | 'percent-period' | 'percent-monthly' | 'percent-daily' | 'months' | 'days' | 'periods';

export const FIELD_UNITS: readonly FieldUnit[] = ['yuan', 'percent-annual', 'percent-period', 'percent-monthly', 'percent-daily', 'months', 'days', 'periods'];

export interface UnitOptions {
  /** Days in a year for 日 ↔ 年 (default DAYS_PER_YEAR, 365). */
  daysPerYear?: DayCount;
}

export type UnitResult =
  | {
      ok: true;
      /** In the field's own unit: 元, percent on the field's basis, or a count. */
      value: number;
      /** What was used, in words: 按年利率 7.2%（月息 0.6% × 12）计算. */
      description: string;
      /** True when the typed words named another unit and the value was converted. */
      converted: boolean;
    }
  | {
      ok: false;
      message: string;
      /** The kind of field the typed value belongs in, when it is clear. */
      belongsIn?: FieldUnit;
    };

/** A rate's basis as typed; 'period' is a fee per period on the original principal. */
type TypedBasis = RateBasis | 'period';

/** What a typed string says, before the field is considered. */
type Reading =
  | { kind: 'number'; n: Decimal }
  | { kind: 'money'; n: Decimal }
  | { kind: 'rate'; basis: TypedBasis | null; word: string; percent: Decimal; form: 'percent' | 'wan' | 'li' }
  | { kind: 'duration'; unit: 'days' | 'months' | 'years' | 'periods'; n: Decimal; word: string };

/** Basis words in front (or behind) a rate, longest first within each basis. */
const BASIS_PREFIXES: [RegExp, TypedBasis][] = [
  [/^(每期手续费率|每期手续费|每期费率|每期利率|每期|期费率|月费率|月手续费)/, 'period'],
  [/^(年化利率|年化费率|年化|年利率|年息|年费率|年率)/, 'annual'],
  [/^(月利率|月息|月率|每月)/, 'monthly'],
  [/^(日利率|日息|日费率|日率|每日|每天|天息)/, 'daily'],
];
const BASIS_SUFFIXES: [RegExp, TypedBasis][] = [
  [/(?:\/|每|一)期$/, 'period'],
  [/(?:\/|每|一)年$|[(（]?年化[)）]?$/, 'annual'],
  [/(?:\/|每|一)月$/, 'monthly'],
  [/(?:\/|每|一)[日天]$/, 'daily'],
];
/** Words that name no basis and can go: 利率 0.6%, 约 12000. */
const NEUTRAL_PREFIX = /^(约|大约|利率|费率|手续费率|利息|息)/;

/** 厘 and 分 in percent, by basis: 年息1厘 = 1%, 月息1厘 = 0.1%, 日息1厘 = 0.01%; 分 is ten 厘. */
const LI_PERCENT: Record<RateBasis, number> = { annual: 1, monthly: 0.1, daily: 0.01 };

const BASIS_NAME: Record<TypedBasis, string> = { annual: '年利率', monthly: '月利率', daily: '日利率', period: '每期费率' };
const FIELD_NAME: Record<FieldUnit, string> = {
  yuan: '金额',
  'percent-annual': '年利率',
  'percent-period': '每期费率',
  'percent-monthly': '月利率',
  'percent-daily': '日利率',
  months: '月数',
  days: '天数',
  periods: '期数',
};
const RATE_FIELD: Record<TypedBasis, FieldUnit> = { annual: 'percent-annual', monthly: 'percent-monthly', daily: 'percent-daily', period: 'percent-period' };
const FIELD_BASIS: Partial<Record<FieldUnit, TypedBasis>> = { 'percent-annual': 'annual', 'percent-monthly': 'monthly', 'percent-daily': 'daily', 'percent-period': 'period' };

const decimalsOf = (n: number) => (Number.isInteger(n) ? 0 : (String(n).split('.')[1]?.length ?? 0));
const scaled = (n: Decimal, factor: number, shift: number): Decimal => ({ value: Number((n.value * factor).toPrecision(12)), decimals: n.decimals + shift });

/** A number for a sentence: up to 4 decimals, with 约 when more were cut. */
function say(n: number, digits = 4): string {
  const text = formatDecimalText(n, { max: digits });
  return Number(n.toFixed(digits)) === n ? text : `约 ${text}`;
}

/** 年利率 7.2% or 日利率约 0.0329%: a name and a percentage. */
function namedPercent(name: string, n: number): string {
  const text = say(n);
  return text.startsWith('约') ? `${name}${text}%` : `${name} ${text}%`;
}

/** The rate part of a string (basis words already removed), or null. */
function readRate(core: string, basis: TypedBasis | null): { percent: Decimal; form: 'percent' | 'wan' | 'li' } | null {
  const fraction = /^(万分之|千分之|百分之)(.+)$/.exec(core);
  if (fraction) {
    const n = readDecimal(fraction[2]!);
    if (!n) return null;
    if (fraction[1] === '万分之') return { percent: scaled(n, 0.01, 2), form: 'wan' };
    if (fraction[1] === '千分之') return { percent: scaled(n, 0.1, 1), form: 'percent' };
    return { percent: n, form: 'percent' };
  }
  // 万五 = 万分之五, 万3.5 = 万分之3.5: the shorthand of daily rates.
  const wan = /^万([^万千百十亿]+)$/.exec(core);
  if (wan) {
    const n = readDecimal(wan[1]!);
    return n ? { percent: scaled(n, 0.01, 2), form: 'wan' } : null;
  }
  if (core.endsWith('%')) {
    const n = readDecimal(core.slice(0, -1));
    return n ? { percent: n, form: 'percent' } : null;
  }
  if (core.endsWith('‰')) {
    const n = readDecimal(core.slice(0, -1));
    return n ? { percent: scaled(n, 0.1, 1), form: 'percent' } : null;
  }
  // 1分5厘, 5厘, 1分: read here, refused later unless a basis word says which 厘.
  const li = /^(?:(.+)分)?(?:(.+)厘)?$/.exec(core);
  if (li && (li[1] !== undefined || li[2] !== undefined)) {
    const fen = li[1] === undefined ? { value: 0, decimals: 0 } : readDecimal(li[1]);
    const lis = li[2] === undefined ? { value: 0, decimals: 0 } : readDecimal(li[2]);
    if (!fen || !lis) return null;
    // Periods are months here, so 每期5厘 is 0.5% like 月息5厘.
    const unit = LI_PERCENT[basis === null || basis === 'period' ? 'monthly' : basis];
    const value = Number(((fen.value * 10 + lis.value) * unit).toPrecision(12));
    return { percent: { value, decimals: decimalsOf(value) }, form: 'li' };
  }
  return null;
}

/** Read what a typed string says, unit words and all; null when it is not understood. */
function readTyped(text: string): Reading | null {
  let s = toHalfWidth(text).replace(/\s+/g, '').replace(/左右$/, '');
  s = s.replace(NEUTRAL_PREFIX, '');
  // Money: ¥, 人民币, RMB in front; 元, 元整, 块 behind.
  const money = /^(?:人民币|[¥￥]|RMB|rmb|CNY)?(.+?)(元整|圆整|元|圆|块钱|块)?(?:人民币)?$/.exec(s);
  if (money && money[1] !== s) {
    const n = readDecimal(money[1]!);
    return n ? { kind: 'money', n } : null;
  }
  let basis: TypedBasis | null = null;
  let word = '';
  for (const [re, b] of BASIS_PREFIXES) {
    const m = re.exec(s);
    if (m) {
      basis = b;
      word = m[1]!;
      s = s.slice(m[1]!.length).replace(NEUTRAL_PREFIX, '');
      break;
    }
  }
  for (const [re, b] of BASIS_SUFFIXES) {
    const m = re.exec(s);
    if (m && (/[%‰厘]$|^万/.test(s.slice(0, m.index)) || basis !== null)) {
      // Two different bases in one entry (月息 0.6%/年) say nothing certain.
      if (basis !== null && basis !== b) return null;
      basis = b;
      word = word || BASIS_NAME[b];
      s = s.slice(0, m.index);
      break;
    }
  }
  const rate = readRate(s, basis);
  if (rate) return { kind: 'rate', basis, word: word || BASIS_NAME[basis ?? 'annual'], ...rate };
  if (basis !== null) {
    // A basis word before a bare number: 年化7.2 is 7.2%.
    const n = readDecimal(s);
    return n ? { kind: 'rate', basis, word, percent: n, form: 'percent' } : null;
  }
  const half = /^(.+?)(个半月|年半)$/.exec(s);
  if (half) {
    const n = readDecimal(half[1]!);
    if (!n) return null;
    const value = n.value + 0.5;
    return half[2] === '年半' ? { kind: 'duration', unit: 'years', n: { value, decimals: 1 }, word: '年' } : { kind: 'duration', unit: 'months', n: { value, decimals: 1 }, word: '个月' };
  }
  if (s === '半年') return { kind: 'duration', unit: 'years', n: { value: 0.5, decimals: 1 }, word: '年' };
  const dur = /^(.+?)(个自然月|个月|月|天|日|年|期)$/.exec(s);
  if (dur) {
    const n = readDecimal(dur[1]!);
    if (!n) return null;
    const w = dur[2]!;
    const unit = w === '天' || w === '日' ? 'days' : w === '年' ? 'years' : w === '期' ? 'periods' : 'months';
    return { kind: 'duration', unit, n, word: w };
  }
  const n = readDecimal(s);
  return n ? { kind: 'number', n } : null;
}

const RATE_EXAMPLE: Record<TypedBasis, string> = { annual: '7.2', monthly: '0.6', daily: '0.05', period: '0.6' };

/** Why a rate of one basis cannot go in this rate field, and what to type. */
function rateMismatch(from: TypedBasis, to: TypedBasis, label: string): string {
  if (from === 'period') {
    return `每期手续费是按全部本金收的，不能乘 12 当${BASIS_NAME[to]}用（那样会把成本算低一半左右）。请把它填在“每期费率”一栏（分期方式），计算器会算出真实的年化利率。`;
  }
  // The calculators have no monthly or daily loan-rate field: the annual one reads 月息 and 日息 itself.
  const where = from === 'annual' ? '“年利率”一栏' : `“年利率”一栏（照原样写“${from === 'monthly' ? '月息' : '日息'}…”也可以，会自动换算成年利率）`;
  return `这是按剩余本金计息的${BASIS_NAME[from]}，而${label}是按全部本金收的每期手续费，两者不能互换。请改用按年利率计算的方式，把利率填在${where}。`;
}

/** A rate typed into a rate field: as typed, converted, or refused. */
function rateInto(r: Extract<Reading, { kind: 'rate' }>, field: TypedBasis, rules: NumberRules, daysPerYear: DayCount, typed: string): UnitResult {
  const target = BASIS_NAME[field];
  if (r.basis === null) {
    if (r.form === 'li') {
      return { ok: false, message: '“厘”的大小要看按年、按月还是按日：年息5厘是 5%，月息5厘是 0.5%，日息5厘是 0.05%。请写明，例如“月息5厘”，或直接填百分数。' };
    }
    if (r.form === 'wan' && field !== 'daily') {
      return {
        ok: false,
        belongsIn: 'percent-daily',
        message: `万分之几一般说的是日利率。如果是日息，请写成“日息万分之五”，会按 × ${daysPerYear} 折成${target}；否则请直接填${target}的百分数，例如 ${rules.example ?? RATE_EXAMPLE[field]}。`,
      };
    }
  }
  if (r.basis === null || r.basis === field) {
    const shown = r.form === 'percent' ? ' ' : `（${typed}）`;
    return { ok: true, value: r.percent.value, description: `按${namedPercent(target, r.percent.value)}${shown}计算`, converted: false };
  }
  if (r.basis === 'period' || field === 'period') {
    return { ok: false, belongsIn: RATE_FIELD[r.basis], message: rateMismatch(r.basis, field, rules.label) };
  }
  const value = convertRate(r.percent.value, r.basis, field, daysPerYear);
  const from = r.form === 'percent' ? namedPercent(r.word, r.percent.value) : `${typed}，即${namedPercent(r.word, r.percent.value)}`;
  const how =
    r.basis === 'monthly' && field === 'annual' ? '× 12'
    : r.basis === 'annual' && field === 'monthly' ? '÷ 12'
    : r.basis === 'daily' && field === 'annual' ? `× ${daysPerYear}`
    : r.basis === 'annual' && field === 'daily' ? `÷ ${daysPerYear}`
    : r.basis === 'daily' ? `× ${daysPerYear} ÷ 12`
    : `× 12 ÷ ${daysPerYear}`;
  return { ok: true, value, description: `按${namedPercent(target, value)}（${from} ${how}）计算`, converted: true };
}

/** A term typed into a months, periods or days field. */
function durationInto(r: Extract<Reading, { kind: 'duration' }>, field: 'months' | 'periods' | 'days', rules: NumberRules): UnitResult {
  const n = r.n.value;
  const count = field === 'days' ? '天' : field === 'months' ? '个月' : '期';
  if (field === 'days') {
    if (r.unit === 'days') return { ok: true, value: n, description: `按 ${say(n)} 天计算`, converted: false };
    const months = r.unit === 'years' ? n * 12 : n;
    return {
      ok: false,
      message: `${rules.label}请按实际天数填写：一个月有 28 到 31 天，${say(n)}${r.word}大约是 ${say(months * 30, 0)} 天。请数一数从应还款日到今天过了几天，例如 ${say(Math.max(1, months * 30), 0)}。`,
    };
  }
  if (r.unit === 'days') {
    const guess = Math.max(1, Math.round(n / 30));
    return { ok: false, belongsIn: 'days', message: `${rules.label}要填${field === 'months' ? '月数' : '期数'}，不是天数：${say(n)}天大约是 ${guess} 个月，请按合同写的${field === 'months' ? '月数' : '期数'}填，例如 ${guess}。` };
  }
  if (r.unit === 'years') {
    const value = Number((n * 12).toPrecision(12));
    return { ok: true, value, description: `按 ${say(value)} ${count}（${say(n)} 年 × 12）计算`, converted: true };
  }
  // 期 and 个月 are the same count in a monthly plan, which every calculator here is.
  return { ok: true, value: n, description: `按 ${say(n)} ${count}计算`, converted: false };
}

/**
 * Read one field that knows its unit. The value comes back in the field's unit, with a sentence
 * saying what was used; or a Chinese message saying what to type instead. Never throws.
 *
 * @example
 * parseWithUnit('月息0.6%', 'percent-annual', RULES.annualPercent)
 *   → { ok: true, value: 7.2, description: '按年利率 7.2%（月息 0.6% × 12）计算', converted: true }
 * parseWithUnit('360天', 'months', RULES.months) → { ok: false, message: '期限要填月数，不是天数：…' }
 */
export function parseWithUnit(raw: string | null | undefined, fieldUnit: FieldUnit, rules: NumberRules, options: UnitOptions = {}): UnitResult {
  try {
    return parseUnchecked(raw, fieldUnit, rules, options.daysPerYear ?? DAYS_PER_YEAR);
  } catch {
    // Defensive: the reading above is total, but a reader's typing must never break a page.
    return { ok: false, message: `${rules.label}需要是数字${rules.example ? `，例如 ${rules.example}` : ''}。` };
  }
}

function parseUnchecked(raw: string | null | undefined, fieldUnit: FieldUnit, rules: NumberRules, daysPerYear: DayCount): UnitResult {
  const example = rules.example ? `，例如 ${rules.example}` : '';
  const text = typeof raw === 'string' ? toHalfWidth(raw).trim() : '';
  if (text === '') return { ok: false, message: `请填写${rules.label}${example}。` };
  const negative = /^[-−－]/.test(text);
  const reading = readTyped(negative ? text.slice(1) : text);
  if (!reading) return { ok: false, message: `${rules.label}需要是数字${example}。` };
  if (negative) return { ok: false, message: `${rules.label}不能是负数。` };

  let result: UnitResult;
  const basis = FIELD_BASIS[fieldUnit];
  if (fieldUnit === 'yuan') {
    if (reading.kind === 'number' || reading.kind === 'money') {
      result = { ok: true, value: reading.n.value, description: `按 ${say(reading.n.value, 2)} 元计算`, converted: false };
    } else if (reading.kind === 'rate' && reading.form === 'wan' && reading.basis === null) {
      result = { ok: false, message: `“${text}”在金额里意思不清：一万五千元请写 15000 或 1.5万。` };
    } else {
      result = { ok: false, ...(reading.kind === 'rate' && reading.basis ? { belongsIn: RATE_FIELD[reading.basis] } : {}), message: `${rules.label}请填多少元${example}；利率和期限填在各自一栏。` };
    }
  } else if (basis) {
    if (reading.kind === 'rate') result = rateInto(reading, basis, rules, daysPerYear, text.replace(/\s+/g, ''));
    else if (reading.kind === 'number') result = { ok: true, value: reading.n.value, description: `按${namedPercent(BASIS_NAME[basis], reading.n.value)} 计算`, converted: false };
    else result = { ok: false, message: `${rules.label}填百分数${example}；金额和期限填在各自一栏。` };
  } else {
    const field = fieldUnit as 'months' | 'periods' | 'days';
    if (reading.kind === 'duration') result = durationInto(reading, field, rules);
    else if (reading.kind === 'number') {
      const count = field === 'days' ? '天' : field === 'months' ? '个月' : '期';
      result = { ok: true, value: reading.n.value, description: `按 ${say(reading.n.value)} ${count}计算`, converted: false };
    } else result = { ok: false, message: `${rules.label}填${FIELD_NAME[field]}${example}，不带金额或百分号。` };
  }
  if (!result.ok) return result;
  const typedDecimals = reading.kind === 'number' || reading.kind === 'money' ? reading.n.decimals : decimalsOf(result.value);
  const checked = checkRules({ value: result.value, decimals: result.converted ? decimalsOf(result.value) : typedDecimals }, rules);
  return checked.ok ? result : { ok: false, message: checked.message };
}

/** The unit of each shared rule set in ./number (declared there, with the rule). */
export const RULE_UNITS = Object.fromEntries(Object.entries(RULES).map(([k, r]) => [k, r.fieldUnit])) as { [K in keyof typeof RULES]: (typeof RULES)[K]['fieldUnit'] };
