/**
 * Reading numbers the way people type them in China: full-width digits (１２０００), thousands
 * separators (12,000 / 12，000), units (1.2万, 3千, 12000元, ¥500), percentages with or without
 * %, and daily rates written 万分之五. Every failure is a typed result with a Chinese message
 * saying what is allowed; nothing returns NaN or Infinity.
 */

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

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const FRACTION_WORDS: [string, number][] = [['万分之', 1e-4], ['千分之', 1e-3], ['百分之', 1e-2]];
const MULTIPLIERS: [RegExp, number][] = [[/亿$/, 1e8], [/万$/, 1e4], [/千$/, 1e3], [/[kK]$/, 1e3], [/[wW]$/, 1e4]];

/** A number after 万分之 etc.: ASCII digits, or one or two Chinese digits (五, 十五). */
function fractionNumber(s: string): number | null {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s] ?? null;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? (CN_DIGITS[m[1]] ?? 1) : 1) * 10 + (m[2] ? (CN_DIGITS[m[2]] ?? 0) : 0);
  return null;
}

/**
 * The plain number in a typed string, or null when it is not one. Percent signs and
 * 万分之/千分之/百分之 give a value in percent (万分之五 → 0.05); 万/千/亿 multiply.
 *
 * @example readNumber('１２，０００元') === 12000; readNumber('1.2万') === 12000; readNumber('日息万分之五') === 0.05
 */
export function readNumber(text: string): number | null {
  let s = toHalfWidth(String(text)).trim().replace(/\s+/g, '');
  if (s.length === 0 || s.length > 40) return null;
  s = s.replace(/^(日息|日利率|日费率|月息|月利率|月费率|年化利率|年化|年利率|利率|费率|约)/, '');
  for (const [word, factor] of FRACTION_WORDS) {
    if (s.startsWith(word)) {
      const n = fractionNumber(s.slice(word.length));
      return n === null ? null : n * factor * 100;
    }
  }
  s = s.replace(/^[¥￥]/, '').replace(/(人民币|元|块|rmb|RMB|期|个月|月|天|日)$/, '');
  // A percent sign says the unit; the number is already in percent.
  if (s.endsWith('%')) s = s.slice(0, -1);
  let factor = 1;
  for (const [re, f] of MULTIPLIERS) {
    if (re.test(s)) {
      factor = f;
      s = s.replace(re, '');
      break;
    }
  }
  // Thousands separators only between digit groups of three: 12,000 or 1,234,567.89.
  if (/,/.test(s)) {
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return null;
    s = s.replace(/,/g, '');
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const n = Number(s) * factor;
  if (!Number.isFinite(n)) return null;
  // Cut binary noise from the unit factor (1.2 × 1e4 = 11999.999…).
  const clean = Number(n.toPrecision(12));
  return clean;
}

function fmt(n: number): string {
  return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6, useGrouping: false }).format(n);
}

/**
 * Parse and validate one field.
 *
 * @example parseField('1.2万', { label: '借款金额', min: 0.01, max: 1e9, unit: '元' }) → { ok: true, value: 12000 }
 */
export function parseField(text: string | null | undefined, rules: NumberRules): ParseResult {
  const unit = rules.unit ?? '';
  const example = rules.example ? `，例如 ${rules.example}` : '';
  if (text === null || text === undefined || toHalfWidth(text).trim() === '') {
    return { ok: false, message: `请填写${rules.label}${example}。` };
  }
  const n = readNumber(text);
  if (n === null) return { ok: false, message: `${rules.label}需要是数字${example}。` };
  if (n < 0) return { ok: false, message: `${rules.label}不能是负数。` };
  if (rules.integer && !Number.isInteger(n)) return { ok: false, message: `${rules.label}需要是整数。` };
  if (rules.decimals !== undefined && !rules.integer) {
    const scaled = n * 10 ** rules.decimals;
    if (Math.abs(scaled - Math.round(scaled)) > 1e-6 * Math.max(1, Math.abs(scaled))) {
      return { ok: false, message: `${rules.label}最多保留 ${rules.decimals} 位小数。` };
    }
  }
  if (n === 0 && rules.min > 0) return { ok: false, message: `${rules.label}必须大于 0。` };
  if (n < rules.min) return { ok: false, message: `${rules.label}不能小于 ${fmt(rules.min)}${unit}。` };
  if (n > rules.max) return { ok: false, message: `${rules.label}不能超过 ${fmt(rules.max)}${unit}。` };
  return { ok: true, value: n };
}

/** Field rules the calculators share, so the same words get the same limits everywhere. */
export const RULES = {
  amount: { label: '金额', min: 0.01, max: 1e9, decimals: 2, unit: '元', example: '12000 或 1.2万' },
  periods: { label: '期数', min: 1, max: 360, integer: true, unit: '期', example: '12' },
  months: { label: '期限', min: 1, max: 360, integer: true, unit: '个月', example: '36' },
  feePercent: { label: '每期费率', min: 0, max: 10, unit: '%', example: '0.6' },
  annualPercent: { label: '年利率', min: 0, max: 100, unit: '%', example: '6' },
  dailyPercent: { label: '日利率', min: 0, max: 1, unit: '%', example: '0.05 或 万分之五' },
  days: { label: '天数', min: 0, max: 3650, integer: true, unit: '天', example: '60' },
} as const satisfies Record<string, NumberRules>;
