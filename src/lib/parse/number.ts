/**
 * Reading numbers the way people type them in China: full-width digits (１２０００), thousands
 * separators (12,000 / 12，000), units (1.2万, 3千, 12000元, ¥500), percentages with or without
 * %, and daily rates written 万分之五. Every failure is a typed result with a Chinese message
 * saying what is allowed; nothing returns NaN or Infinity.
 */
import { formatDecimalText } from '../format/decimal';
import type { FieldUnit } from './units';

export type ParseResult = { ok: true; value: number } | { ok: false; message: string };

export interface NumberRules {
  /** What the field is called in messages, e.g. 借款金额. */
  label: string;
  /** Inclusive bounds after unit conversion. */
  min: number;
  max: number;
  /** 0 is allowed only when min is 0 and this is true (it is by default when min is 0). */
  integer?: boolean;
  /** Largest number of decimals kept meaningful (extra ones are an error), e.g. 2 for 元. */
  decimals?: number;
  /** Unit written in messages, e.g. 元, %, 期. */
  unit?: string;
  /** A typical value for the "例如" hint. */
  example?: string;
}

const FULL_WIDTH = /[\uff10-\uff19\uff0e\uff0c\uff05\uff0b\uff0d\u3000]/g;

/** Full-width digits and punctuation to ASCII; ideographic space to a space. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Chinese digits, everyday and banker's (大写) forms, as ASCII digits. */
const CN_DIGIT_CHARS: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 壹: '1', 二: '2', 贰: '2', 两: '2', 三: '3', 叁: '3', 四: '4', 肆: '4',
  五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
};
/** Unit characters (and their 大写, traditional and Latin shorthands) to one spelling each. */
const UNIT_CHARS: Record<string, string> = { 拾: '十', 佰: '百', 仟: '千', 萬: '万', 億: '亿', k: '千', K: '千', w: '万', W: '万' };
const UNIT_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
/** Largest unit first: a number splits on its biggest unit, then each side on the smaller ones. */
const UNIT_ORDER = ['亿', '万', '千', '百', '十'] as const;

/** A number with the count of decimals it was typed with (after any 万/千 shift), so 12000.005 keeps 3. */
export interface Decimal {
  value: number;
  decimals: number;
}

const digitCount = (u: string) => Math.round(Math.log10(UNIT_VALUE[u] ?? 1));

/**
 * The number in a string of ASCII digits, '.', and 十百千万亿 (Chinese digits already replaced).
 * After a unit, a single digit is the next place down, as people say it: 1万2 = 一万二 = 12000,
 * 两千五 = 2500; a tail with a leading 0 is literal (一千零五 = 1005); a digits-only tail must fill
 * the places below the unit (1万2000), anything else (1万25) is ambiguous and not read.
 */
function readPlaces(s: string): Decimal | null {
  for (const u of UNIT_ORDER) {
    const at = s.indexOf(u);
    if (at < 0) continue;
    const unit = UNIT_VALUE[u]!;
    const headText = s.slice(0, at);
    const tailText = s.slice(at + 1);
    // 十五 is 15; 万 or 千 with nothing before it is not a number (万五 as a rate is read elsewhere).
    const head = headText === '' ? (u === '十' ? { value: 1, decimals: 0 } : null) : readPlaces(headText);
    // 1.2万3 says two things about the thousands: not read.
    if (!head || (head.decimals > 0 && tailText !== '')) return null;
    let tail: Decimal | null;
    if (tailText === '') tail = { value: 0, decimals: 0 };
    else if (/^[1-9]$/.test(tailText)) tail = { value: (Number(tailText) * unit) / 10, decimals: 0 };
    else if (/^0/.test(tailText)) {
      const rest = tailText.replace(/^0+/, '');
      tail = rest === '' ? { value: 0, decimals: 0 } : readPlaces(rest);
    } else if (/^\d+$/.test(tailText)) tail = tailText.length === digitCount(u) ? { value: Number(tailText), decimals: 0 } : null;
    else tail = readPlaces(tailText);
    if (!tail || tail.value >= unit || !Number.isInteger(tail.value)) return null;
    const decimals = Math.max(0, head.decimals - digitCount(u), tail.decimals);
    const value = Number((head.value * unit + tail.value).toFixed(Math.min(decimals, 20)));
    return { value, decimals };
  }
  const m = /^(\d*)(?:\.(\d+))?$/.exec(s);
  if (!m || (m[1] === '' && m[2] === undefined)) return null;
  // Trailing zeros add no precision: 12.50 has two decimals' worth of meaning, 12.500 too.
  return { value: Number(s), decimals: (m[2] ?? '').replace(/0+$/, '').length };
}

/**
 * A bare number in Arabic or Chinese digits or a mix: 12000, 1.2万, 1万2, 一万二, 两千五,
 * 零点五, 壹万贰仟, 12,000 (thousands separators between groups of three). No words, no signs.
 *
 * @example readDecimal('一万二') → { value: 12000, decimals: 0 }; readDecimal('12000.005') → { value: 12000.005, decimals: 3 }
 */
export function readDecimal(text: string): Decimal | null {
  let s = toHalfWidth(String(text)).replace(/\s+/g, '');
  if (s.length === 0 || s.length > 40) return null;
  if (/,/.test(s)) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return null;
    s = s.replace(/,/g, '');
  }
  s = s.replace(/[拾佰仟萬億kKwW]/g, (c) => UNIT_CHARS[c] ?? c).replace(/[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖]/g, (c) => CN_DIGIT_CHARS[c] ?? c).replace(/点/g, '.');
  if (!/^[\d.十百千万亿]+$/.test(s) || (s.match(/\./g)?.length ?? 0) > 1) return null;
  // A decimal point belongs to the number right before a unit or to the end: 1.2万, not 1万2.5.
  if (/\.\d*[十百千万亿].*[十百千万亿]/.test(s) || /[十百千万亿]\d*\.\d/.test(s)) return null;
  const r = readPlaces(s);
  return r && Number.isFinite(r.value) ? r : null;
}

const FRACTION_WORDS: [string, number][] = [['万分之', 1e-4], ['千分之', 1e-3], ['百分之', 1e-2]];

/** The number after 万分之 etc., in any digits: 五, 十五, 3.5, 零点五. */
function fractionNumber(s: string): number | null {
  return readDecimal(s)?.value ?? null;
}

/**
 * The plain number in a typed string, or null when it is not one; with how many decimals it
 * was typed. Lenient about words: a basis word in front (日息, 年化…) and a unit behind (元, 期,
 * 天…) are dropped. This is the reading for fields that ignore units; fields that know their unit
 * read through parseWithUnit (./units), which converts or refuses unit words instead of dropping them.
 */
export function readNumberDecimal(text: string): Decimal | null {
  let s = toHalfWidth(String(text)).trim().replace(/\s+/g, '');
  if (s.length === 0 || s.length > 40) return null;
  s = s.replace(/^(日息|日利率|日费率|月息|月利率|月费率|年化利率|年化|年利率|利率|费率|约)/, '');
  for (const [word, factor] of FRACTION_WORDS) {
    if (s.startsWith(word)) {
      const n = fractionNumber(s.slice(word.length));
      if (n === null) return null;
      const d = readDecimal(s.slice(word.length))?.decimals ?? 0;
      const exp = Math.round(-Math.log10(factor)) - 2;
      return { value: Number((n * factor * 100).toPrecision(12)), decimals: d + exp };
    }
  }
  s = s.replace(/^(人民币|[¥￥])/, '').replace(/(元整|人民币|元|块|圆|rmb|RMB|期|个月|月|天|日)$/, '');
  // A percent sign says the unit; the number is already in percent. ‰ is a tenth of that.
  if (s.endsWith('%')) s = s.slice(0, -1);
  else if (s.endsWith('‰')) {
    const r = readDecimal(s.slice(0, -1));
    return r ? { value: Number((r.value / 10).toPrecision(12)), decimals: r.decimals + 1 } : null;
  }
  let sign = 1;
  if (/^[+-]/.test(s)) {
    if (s.startsWith('-')) sign = -1;
    s = s.slice(1);
  }
  const r = readDecimal(s);
  return r ? { value: sign * r.value, decimals: r.decimals } : null;
}

/**
 * The plain number in a typed string, or null when it is not one. Percent signs and
 * 万分之/千分之/百分之 give a value in percent (万分之五 → 0.05); 万/千/亿 multiply.
 *
 * @example readNumber('１２，０００元') === 12000; readNumber('1.2万') === 12000; readNumber('日息万分之五') === 0.05
 */
export function readNumber(text: string): number | null {
  return readNumberDecimal(text)?.value ?? null;
}

function fmt(n: number): string {
  return formatDecimalText(n, { max: 6, grouping: false });
}

/**
 * Parse and validate one field.
 *
 * @example parseField('1.2万', { label: '借款金额', min: 0.01, max: 1e9, unit: '元' }) → { ok: true, value: 12000 }
 */
export function parseField(text: string | null | undefined, rules: NumberRules): ParseResult {
  const example = rules.example ? `，例如 ${rules.example}` : '';
  if (text === null || text === undefined || toHalfWidth(text).trim() === '') {
    return { ok: false, message: `请填写${rules.label}${example}。` };
  }
  const read = readNumberDecimal(text);
  if (read === null) return { ok: false, message: `${rules.label}需要是数字${example}。` };
  return checkRules(read, rules);
}

/**
 * Check a number already read against a field's rules. Decimals are counted as typed, so
 * 12000.005 and 12.005 are refused alike (a float test would let the first through).
 */
export function checkRules(read: Decimal, rules: NumberRules): ParseResult {
  const unit = rules.unit ?? '';
  const n = read.value;
  if (n < 0) return { ok: false, message: `${rules.label}不能是负数。` };
  if (rules.integer && !Number.isInteger(n)) return { ok: false, message: `${rules.label}需要是整数。` };
  if (rules.decimals !== undefined && !rules.integer && read.decimals > rules.decimals) {
    return { ok: false, message: `${rules.label}最多保留 ${rules.decimals} 位小数。` };
  }
  if (n === 0 && rules.min > 0) return { ok: false, message: `${rules.label}必须大于 0。` };
  if (n < rules.min) return { ok: false, message: `${rules.label}不能小于 ${fmt(rules.min)}${unit}。` };
  if (n > rules.max) return { ok: false, message: `${rules.label}不能超过 ${fmt(rules.max)}${unit}。` };
  return { ok: true, value: n };
}

/** Field rules the calculators share, so the same words get the same limits everywhere. */
export const RULES = {
  amount: { label: '金额', min: 0.01, max: 1e9, decimals: 2, unit: '元', fieldUnit: 'yuan', example: '12000 或 1.2万' },
  periods: { label: '期数', min: 1, max: 360, integer: true, unit: '期', fieldUnit: 'periods', example: '12' },
  months: { label: '期限', min: 1, max: 360, integer: true, unit: '个月', fieldUnit: 'months', example: '36' },
  feePercent: { label: '每期费率', min: 0, max: 10, unit: '%', fieldUnit: 'percent-period', example: '0.6' },
  annualPercent: { label: '年利率', min: 0, max: 100, unit: '%', fieldUnit: 'percent-annual', example: '6' },
  dailyPercent: { label: '日利率', min: 0, max: 1, unit: '%', fieldUnit: 'percent-daily', example: '0.05 或 万分之五' },
  days: { label: '天数', min: 0, max: 3650, integer: true, unit: '天', fieldUnit: 'days', example: '60' },
} as const satisfies Record<string, NumberRules & { fieldUnit: FieldUnit }>;
