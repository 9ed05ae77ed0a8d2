import { describe, expect, it } from 'vitest';
import { wrapLabel } from '~/lib/format/label-lines';

describe('wrapLabel', () => {
  it('leaves a short name on one line', () => {
    expect(wrapLabel('不提前还')).toBe('不提前还');
    expect(wrapLabel('月收入')).toBe('月收入');
  });

  it('breaks a long name between words, near its middle', () => {
    expect(wrapLabel('按原计划剩余')).toEqual(['按原计划', '剩余']);
    expect(wrapLabel('已逾期应还')).toEqual(['已逾期', '应还']);
    expect(wrapLabel('被要求立即还')).toEqual(['被要求', '立即还']);
    expect(wrapLabel('每月还款后剩下')).toEqual(['每月还款', '后剩下']);
  });

  it('keeps every character, in order', () => {
    for (const t of ['现在每月还款', '新贷款每月还款', '按原计划还完', '现在提前还清']) {
      const lines = wrapLabel(t);
      expect(Array.isArray(lines) ? lines.join('') : lines).toBe(t);
      expect(Array.isArray(lines) && lines.length).toBe(2);
    }
  });
});
