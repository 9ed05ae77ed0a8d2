import { describe, expect, it } from 'vitest';
import { affordability } from '~/lib/finance/affordability';

describe('affordability', () => {
  // 1,500 / 8,000 = 18.75%; 2,600 / 8,000 = 32.5%.
  it('8,000 元 income, 1,500 元 of payments, a new 1,100 元 payment', () => {
    const r = affordability({ incomeFen: 800_000, debtsFen: 150_000, paymentFen: 110_000 });
    expect(r.ratioBefore).toBeCloseTo(0.1875, 12);
    expect(r.ratioAfter).toBeCloseTo(0.325, 12);
    expect(r.leftAfterFen).toBe(540_000);
  });
  it('refuses a zero income with a typed error', () => {
    expect(() => affordability({ incomeFen: 0, debtsFen: 0, paymentFen: 0 })).toThrow(/月收入/);
  });
});
