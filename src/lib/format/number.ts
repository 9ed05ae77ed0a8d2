/** Display formatting through Intl (zh-CN). Inputs are integer 分 or plain fractions. */
const yuan2 = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent2 = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/** 123456 分 → "1,234.56 元" */
export function formatYuan(fen: number): string {
  return `${yuan2.format(fen / 100)} 元`;
}

/** 123456 分 → "1,234.56" (no unit, for table cells) */
export function formatYuanPlain(fen: number): string {
  return yuan2.format(fen / 100);
}

/** 0.130312 → "13.03%"; `digits` decimal places of the percentage. */
export function formatPercent(fraction: number, digits = 2): string {
  const f = digits === 2 ? percent2 : new Intl.NumberFormat('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${f.format(fraction * 100)}%`;
}

/** 360 → "360" with grouping where needed. */
export function formatInteger(n: number): string {
  return integer.format(n);
}

/** A result for data-value: a plain number with at most `digits` decimals (no exponent noise). */
export function plain(n: number, digits = 6): number {
  return Number(n.toFixed(digits));
}

/** A result's plain value in its unit: 13.034 with % → "13.03%"; 864 with 元 → "864.00 元"; 37 with 个月 → "37 个月". */
export function formatResult(value: number, unit: string): string {
  if (unit === '%') return `${percent2.format(value)}%`;
  if (unit === '元') return `${yuan2.format(value)} 元`;
  return `${value}${unit ? ` ${unit}` : ''}`;
}
