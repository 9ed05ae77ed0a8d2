/**
 * Decimal text the way `Intl.NumberFormat('zh-CN', …)` writes it, without Intl.
 *
 * Why not Intl here: the first `Intl.NumberFormat` a page creates loads ICU's number data,
 * which costs 150–250 ms of main thread on a throttled phone. Every calculator formats
 * while it hydrates, so that one call was most of the pages' blocking time. zh-CN's decimal
 * format is fixed (Latin digits, "," every three digits, "." before the fraction, "-" for
 * minus), so the output is reproduced here and checked against Intl itself in
 * tests/unit/format-decimal.test.ts.
 */
export interface DecimalOptions {
  /** Fraction digits always shown (default 0). */
  min?: number;
  /** Fraction digits at most, rounding half away from zero as Intl does (default 3). */
  max?: number;
  /** "1,234" (default) or "1234". */
  grouping?: boolean;
}

/** Intl for what the fast path does not cover (exponent notation, NaN, ±∞): rare, so created lazily. */
const fallbacks = new Map<string, Intl.NumberFormat>();
function viaIntl(n: number, min: number, max: number, grouping: boolean): string {
  const key = `${min}/${max}/${grouping}`;
  let f = fallbacks.get(key);
  if (!f) fallbacks.set(key, (f = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping })));
  return f.format(n);
}

/** Add one to the last digit of a digit string, carrying left ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  const a = digits.split('');
  let i = a.length - 1;
  while (i >= 0 && a[i] === '9') a[i--] = '0';
  if (i < 0) return `1${a.join('')}`;
  a[i] = String(Number(a[i]) + 1);
  return a.join('');
}

/**
 * @example formatDecimalText(1234.5, { min: 2, max: 2 }) === '1,234.50'
 * @example formatDecimalText(0.125, { max: 2 }) === '0.13'; formatDecimalText(12000, { grouping: false }) === '12000'
 */
export function formatDecimalText(n: number, { min = 0, max = Math.max(min, 3), grouping = true }: DecimalOptions = {}): string {
  // Shortest round-trip digits, as ICU starts from, so 1.005 rounds to 1.01 like Intl.
  const shortest = Math.abs(n).toString();
  if (!Number.isFinite(n) || shortest.includes('e')) return viaIntl(n, min, max, grouping);
  const [intPart = '0', fracPart = ''] = shortest.split('.');
  let whole = intPart;
  let frac = fracPart;
  if (frac.length > max) {
    const roundUp = frac.charCodeAt(max) >= 53; // '5'
    frac = frac.slice(0, max);
    if (roundUp) {
      const bumped = increment(whole + frac);
      whole = bumped.slice(0, bumped.length - max);
      frac = bumped.slice(bumped.length - max);
    }
  }
  frac = frac.replace(/0+$/, '');
  if (frac.length < min) frac = frac.padEnd(min, '0');
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return `${sign}${whole}${frac ? `.${frac}` : ''}`;
}
