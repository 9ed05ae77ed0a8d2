// 负担能力: deep-link defaults, typed Chinese numbers, bad input messages, the site's bands.
// Expected values are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { affordabilityCalc, bandFor } from '~/lib/calculators/affordability';
import { inputsFromQuery, queryFromInputs } from '~/lib/calculators/types';

const run = (income: string, debts: string, payment: string) => affordabilityCalc.evaluate({ income, debts, payment });

describe('affordability: deep links and defaults', () => {
  it('the default example: 8,000 income, 1,500 now, 1,100 new → 18.75%, 32.5%, 5,400 left', () => {
    // By hand: 1500 / 8000 = 0.1875; (1500 + 1100) / 8000 = 2600 / 8000 = 0.325; 8000 − 2600 = 5400.
    const e = affordabilityCalc.evaluate(affordabilityCalc.defaults);
    expect(e.errors).toEqual({});
    expect(e.values).toEqual({ 'ratio-before': 18.75, 'ratio-after': 32.5, left: 5400 });
    expect(e.detail?.band).toBe('watch');
  });
  it('the defaults are the documented link', () => {
    expect(queryFromInputs(affordabilityCalc, affordabilityCalc.defaults)).toBe('income=8000&debts=1500&payment=1100');
  });
  it('reads its three names from a link and ignores others', () => {
    const { inputs, fromLink } = inputsFromQuery(affordabilityCalc, '?income=10000&debts=0&payment=2500&amount=9');
    expect(fromLink).toBe(true);
    expect(inputs).toEqual({ income: '10000', debts: '0', payment: '2500' });
    // By hand: 0 / 10000 = 0; 2500 / 10000 = 25%; 10000 − 2500 = 7500.
    expect(affordabilityCalc.evaluate(inputs).values).toEqual({ 'ratio-before': 0, 'ratio-after': 25, left: 7500 });
  });
  it('payments above income give a negative amount left, never NaN', () => {
    // By hand: (3000 + 2500) / 5000 = 110%; 5000 − 5500 = −500.
    const e = run('5000', '3000', '2500');
    expect(e.values).toEqual({ 'ratio-before': 60, 'ratio-after': 110, left: -500 });
    expect(e.detail?.band).toBe('strained');
  });
  it('one-third is kept to six decimals', () => {
    // By hand: 1000 / 3000 = 33.3333…%; 0 before.
    expect(run('3000', '0', '1000').values?.['ratio-after']).toBe(33.333333);
  });
  it('a fifth less income for the stress test', () => {
    // By hand: 2600 / 6400 = 0.40625.
    const d = affordabilityCalc.evaluate(affordabilityCalc.defaults).detail!;
    expect(d.stressIncomeFen).toBe(640_000);
    expect(d.stressRatio).toBeCloseTo(0.40625, 12);
  });
});

describe('affordability: typed Chinese numbers', () => {
  it('accepts 8千, full-width digits, separators and 元', () => {
    expect(run('8千', '１５００', '1,100元').values).toEqual({ 'ratio-before': 18.75, 'ratio-after': 32.5, left: 5400 });
  });
  it('accepts 1.2万 and ¥ with 分', () => {
    // By hand: 12000 income; 0.5 before → 0; (0 + 3000.5) / 12000 = 25.004166…%; 12000 − 3000.5 = 8999.5.
    const e = run('1.2万', '0', '¥3000.50');
    expect(e.values?.['ratio-after']).toBe(25.004167);
    expect(e.values?.['left']).toBe(8999.5);
  });
});

describe('affordability: bad input', () => {
  it('income: empty, zero, negative, words and too large', () => {
    expect(run('', '0', '100').errors['income']).toBe('请填写每月到手收入，例如 8000 或 8千。');
    expect(run('0', '0', '100').errors['income']).toBe('每月到手收入必须大于 0。');
    expect(run('-1', '0', '100').errors['income']).toBe('每月到手收入不能是负数。');
    expect(run('abc', '0', '100').errors['income']).toBe('每月到手收入需要是数字，例如 8000 或 8千。');
    expect(run('1e308', '0', '100').errors['income']).toMatch(/需要是数字/);
    expect(run('99999999999999999999', '0', '100').errors['income']).toBe('每月到手收入不能超过 1000000000元。');
  });
  it('debts may be 0 but not empty or negative', () => {
    expect(run('8000', '0', '100').errors).toEqual({});
    expect(run('8000', '', '100').errors['debts']).toBe('请填写现在每月还款，例如 1500，没有就填 0。');
    expect(run('8000', '-5', '100').errors['debts']).toBe('现在每月还款不能是负数。');
  });
  it('the new payment must be above 0 and at most two decimals', () => {
    expect(run('8000', '1500', '0').errors['payment']).toBe('新贷款每月还款必须大于 0。');
    expect(run('8000', '1500', '1.234').errors['payment']).toBe('新贷款每月还款最多保留 2 位小数。');
  });
  it('hostile text is an error, with no values and no NaN anywhere', () => {
    for (const bad of ['NaN', 'Infinity', '<script>alert(1)</script>', '😀', '1e308']) {
      const e = run(bad, bad, bad);
      expect(e.values).toBeNull();
      expect(Object.keys(e.errors).sort()).toEqual(['debts', 'income', 'payment']);
      expect(JSON.stringify(e)).not.toMatch(/NaN|Infinity|undefined/);
    }
  });
});

describe('affordability: the site bands (plain guidance, not law)', () => {
  it('edges: below 30 comfortable, 30 to 50 inclusive watch, above 50 strained', () => {
    // Integer 分 against 8,000.00 元 = 800,000 分: 30% = 240,000 分, 50% = 400,000 分.
    expect(bandFor(239_999, 800_000)).toBe('comfortable');
    expect(bandFor(240_000, 800_000)).toBe('watch');
    expect(bandFor(400_000, 800_000)).toBe('watch');
    expect(bandFor(400_001, 800_000)).toBe('strained');
    expect(bandFor(0, 1)).toBe('comfortable');
  });
});
