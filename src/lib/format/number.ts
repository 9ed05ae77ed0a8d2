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
