/** How much of a date is known: a source whose day (or month) was not verified says so. */
export type DatePrecision = 'day' | 'month' | 'year';

const formats: Record<DatePrecision, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' }),
  month: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', timeZone: 'Asia/Shanghai' }),
  year: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', timeZone: 'Asia/Shanghai' }),
};

/**
 * "2026年11月22日", in China time so a build near midnight UTC shows the local date; with a
 * lower precision only what is known: "2025年1月" (month), "2025年" (year).
 */
export function formatDate(date: Date, precision: DatePrecision = 'day'): string {
  return formats[precision].format(date);
}

/** ISO date for `<time datetime>`: YYYY-MM-DD, or YYYY-MM / YYYY at a lower precision (all valid HTML). */
export function isoDate(date: Date, precision: DatePrecision = 'day'): string {
  return date.toISOString().slice(0, { day: 10, month: 7, year: 4 }[precision]);
}
