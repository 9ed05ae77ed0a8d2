import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '~/lib/read-aloud/sentences';

describe('sentenceSpans', () => {
  it('splits Chinese text at 。！？ and keeps offsets into the original string', () => {
    const text = '  先看合同。再算利率！逾期了怎么办？';
    const spans = sentenceSpans(text);
    expect(spans.map((s) => s.text)).toEqual(['先看合同。', '再算利率！', '逾期了怎么办？']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans[0]!.start).toBe(2);
  });

  it('keeps a sentence with commas and numbers whole, and skips punctuation alone', () => {
    expect(sentenceSpans('年化 24% 以内，受法律保护。').map((s) => s.text)).toEqual(['年化 24% 以内，受法律保护。']);
    expect(sentenceSpans(' ） ')).toEqual([]);
  });
});
