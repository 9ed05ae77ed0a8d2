/**
 * Display formatting in zh-CN style. Inputs are integer 分 or plain fractions. The digits come
 * from formatDecimalText, which writes what Intl.NumberFormat('zh-CN') writes without paying
 * Intl's start-up cost while a calculator hydrates (see decimal.ts).
 */
import { formatDecimalText } from './decimal';

/** n with between min and max decimals, grouped as zh-CN groups them. */
const fixed = (n: number, min: number, max = min) => formatDecimalText(n, { min, max });

/** 123456 分 → "1,234.56 元" */
export function formatYuan(fen: number): string {
  return `${fixed(fen / 100, 2)} 元`;
}

/** 123456 分 → "1,234.56" (no unit, for table cells) */
export function formatYuanPlain(fen: number): string {
  return fixed(fen / 100, 2);
}

/** 0.130312 → "13.03%"; `digits` decimal places of the percentage. */
export function formatPercent(fraction: number, digits = 2): string {
  return `${fixed(fraction * 100, digits)}%`;
}

/** 360 → "360" with grouping where needed. */
export function formatInteger(n: number): string {
  return fixed(n, 0);
}

/** A result for data-value: a plain number with at most `digits` decimals (no exponent noise). */
export function plain(n: number, digits = 6): number {
  return Number(n.toFixed(digits));
}

/** A result's plain value in its unit: 13.034 with % → "13.03%"; 864 with 元 → "864.00 元"; 37 with 个月 → "37 个月". */
export function formatResult(value: number, unit: string): string {
  if (unit === '%') return `${fixed(value, 2)}%`;
  if (unit === '元') return `${fixed(value, 2)} 元`;
  return `${value}${unit ? ` ${unit}` : ''}`;
}

/**
 * No-break space between a number and its unit inside a sentence. Chosen over a nowrap span
 * because it is plain text: it holds in a live region, a copied sentence, a share card and a
 * printout alike, and looks the same as the ordinary space the site already puts before 元.
 * (Digits, grouping commas and a trailing % never break apart on their own: UAX #14 NU/IS/PO.)
 */
export const NBSP = '\u00A0';

/**
 * Money inside a sentence: no ".00" when whole, two decimals otherwise, and the unit joined
 * with a no-break space. Negative amounts are refused: a sentence says the direction in words
 * (少付, 多花), so the caller passes the size.
 *
 * @example formatYuanInSentence(1_200_000) === '12,000\u00A0元'; formatYuanInSentence(10_790) === '107.90\u00A0元'
 */
export function formatYuanInSentence(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`formatYuanInSentence needs whole, non-negative 分, got ${fen}`);
  return `${fixed(fen / 100, fen % 100 === 0 ? 0 : 2)}${NBSP}元`;
}

/** A reference line's rate without trailing zeros: 0.12 → "12%", 0.0435 → "4.35%". */
export function formatPercentShort(fraction: number): string {
  return `${fixed(fraction * 100, 0, 2)}%`;
}

/** A count or ratio with at most one decimal: 3.84 → "3.8", 4 → "4", 1234.5 → "1,234.5". */
export function formatDecimal1(n: number): string {
  return fixed(n, 0, 1);
}
