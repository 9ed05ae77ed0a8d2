/** Names on chart axes: short lines, so a phone never tilts them. */

/**
 * A long category name on two lines, broken at the word boundary (Intl.Segmenter) nearest its
 * middle (the later of two as near), so a phone shows every bar's name level, not tilted or skipped.
 * "按原计划剩余" → ["按原计划", "剩余"]; "已逾期应还" → ["已逾期", "应还"].
 */
export function wrapLabel(text: string, max = 4): string | string[] {
  if (text.length <= max || typeof Intl.Segmenter !== 'function') return text;
  let best = 0;
  for (const { index } of new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)) {
    if (index > 0 && (best === 0 || Math.abs(index - text.length / 2) <= Math.abs(best - text.length / 2))) best = index;
  }
  return best > 0 ? [text.slice(0, best), text.slice(best)] : text;
}
