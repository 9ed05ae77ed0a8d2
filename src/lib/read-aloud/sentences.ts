/**
 * Split a block of text into the sentences read aloud one at a time (one utterance each, so the
 * page can highlight the sentence being read and long texts do not hit engines' length limits).
 * Uses the platform's sentence segmenter (ICU rules for 。！？ and Latin punctuation).
 *
 * @example sentenceSpans('先看合同。再算利率！') → [{ start: 0, end: 5, text: '先看合同。' }, { start: 5, end: 10, text: '再算利率！' }]
 */
export interface SentenceSpan { start: number; end: number; text: string }

const speakable = /[\p{L}\p{N}]/u;

export function sentenceSpans(text: string, locale = 'zh-CN'): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const { segment, index } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    // Punctuation or spaces alone (a stray bracket between inline elements) are not read.
    if (!speakable.test(body)) continue;
    out.push({ start: index + lead, end: index + lead + body.length, text: body });
  }
  return out;
}
