import { describe, expect, it } from 'vitest';
import { fenToYuan, roundHalfUp, splitEvenly, yuanToFen } from '~/lib/finance/money';

describe('roundHalfUp', () => {
  it.each([
    [2.5, 3], [3.5, 4], [2.4999, 2], [-2.5, -3], [-0.2, 0], [0, 0],
    // 0.285 × 100 is 28.499999999999996 in binary; the 分 it stands for is 28.5 → 29.
    [0.285 * 100, 29], [1.005 * 100, 101],
  ])('%s → %s', (x, want) => {
    expect(roundHalfUp(x)).toBe(want);
    expect(Object.is(roundHalfUp(x), -0)).toBe(false);
  });
});

describe('yuan and fen', () => {
  it('converts both ways', () => {
    expect(yuanToFen(8833.3)).toBe(883330);
    expect(yuanToFen(1406.42)).toBe(140642);
    expect(fenToYuan(140642)).toBe(1406.42);
  });
});

describe('splitEvenly', () => {
  it('gives the last part the remainder so parts sum exactly', () => {
    expect(splitEvenly(100000, 3)).toEqual([33333, 33333, 33334]);
    expect(splitEvenly(1200000, 12)).toEqual(new Array(12).fill(100000));
    expect(splitEvenly(1001, 4)).toEqual([250, 250, 250, 251]);
    // Regression: 100 分 over 27 parts once gave the last part −4.
    expect(splitEvenly(100, 27)).toEqual([...new Array(26).fill(3), 22]);
  });
});
