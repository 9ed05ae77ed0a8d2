const dateFormat = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' });

/** "2026年11月22日", in China time so a build near midnight UTC shows the local date. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** ISO date (YYYY-MM-DD) for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
