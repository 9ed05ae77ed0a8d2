// The help numbers as they appear in running text, split out so each can become a tel: link.
// Plain JS (with JSDoc types) because both the rehype plugin (loaded by astro.config.mjs) and
// Astro components use it.

/** Characters that, next to a number, show it is not a phone number (第110条, 1100元, 110%). */
const NOT_BEFORE = '[0-9０-９.第]';
const NOT_AFTER = '[0-9０-９.条元万%％天日月年期个分款项号]';

/** @param {readonly string[]} numbers */
export function phonePattern(numbers) {
  const alternatives = [...numbers].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<!${NOT_BEFORE})(?:${alternatives})(?!${NOT_AFTER})`, 'g');
}

import { CLOSING_RUN_AT_START } from '../format/line-break.mjs';
/** Closing punctuation that must stay on the number's line (no line may start with it). */
const CLOSING = CLOSING_RUN_AT_START;

/**
 * Split `text` into plain runs and help numbers, e.g.
 * splitPhones('找 12378 投诉', ['12378']) → [{ text: '找 ' }, { tel: '12378' }, { text: ' 投诉' }].
 * Closing punctuation right after a number comes with it as `after`, so a renderer can keep the
 * two on one line: splitPhones('打110。', ['110']) → [{ text: '打' }, { tel: '110', after: '。' }].
 * @param {string} text
 * @param {readonly string[]} numbers digits of the known help lines
 * @returns {Array<{ text: string } | { tel: string, after?: string }>}
 */
export function splitPhones(text, numbers) {
  /** @type {Array<{ text: string } | { tel: string, after?: string }>} */
  const out = [];
  if (numbers.length === 0) return [{ text }];
  let last = 0;
  for (const m of text.matchAll(phonePattern(numbers))) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at) });
    last = at + m[0].length;
    const after = CLOSING.exec(text.slice(last))?.[0];
    if (after) {
      out.push({ tel: m[0], after });
      last += after.length;
    } else out.push({ tel: m[0] });
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
