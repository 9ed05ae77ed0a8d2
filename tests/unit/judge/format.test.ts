import { describe, expect, test } from 'vitest';
import { NBSP, formatDecimal1, formatPercentShort, formatYuanInSentence } from '~/lib/format/number';

describe('money inside a sentence', () => {
  test.each([
    [1_200_000, '12,000 元'], // whole: no ".00"
    [10_790, '107.90 元'], // 107.9 元 keeps both decimals
    [10_792, '107.92 元'],
    [50, '0.50 元'],
    [0, '0 元'],
    [100, '1 元'],
    [123_456_789, '1,234,567.89 元'],
  ])('%i 分 → %s', (fen, text) => {
    expect(formatYuanInSentence(fen)).toBe(text.replace(' ', NBSP));
  });

  test('the number and its unit are joined by a no-break space, never an ordinary one', () => {
    const s = formatYuanInSentence(1_200_000);
    expect(s).toContain('\u00A0元');
    expect(s).not.toContain(' 元');
  });

  test.each([-1, -1_200_000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s (negative or not whole 分)', (fen) => {
    expect(() => formatYuanInSentence(fen)).toThrow(RangeError);
  });
});

describe('short percent and one-decimal numbers', () => {
  test.each([
    [0.12, '12%'],
    [0.0435, '4.35%'],
    [0.03, '3%'],
    [0.36, '36%'],
    [0.171, '17.1%'],
  ])('%s → %s', (f, text) => expect(formatPercentShort(f)).toBe(text));

  test.each([
    [3.84, '3.8'],
    [4, '4'],
    [1234.5, '1,234.5'],
  ])('%s → %s', (n, text) => expect(formatDecimal1(n)).toBe(text));
});
