import { describe, expect, it } from 'vitest';
import { parseField, readNumber, RULES, toHalfWidth } from '~/lib/parse/number';

describe('readNumber: how people type numbers in China', () => {
  it.each([
    ['12000', 12000], ['１２０００', 12000], ['12,000', 12000], ['12，000', 12000], ['1,234,567.89', 1234567.89],
    ['1.2万', 12000], ['1.2万元', 12000], ['3千', 3000], ['12000元', 12000], ['¥500', 500], ['￥５００', 500],
    ['0.6%', 0.6], ['0.6％', 0.6], [' 0.6 ', 0.6], ['万分之五', 0.05], ['日息万分之五', 0.05], ['千分之一', 0.1],
    ['万分之3.5', 0.035], ['万分之十五', 0.15], ['12期', 12], ['60天', 60], ['2亿', 2e8], ['.5', 0.5],
  ])('%s → %s', (text, want) => {
    expect(readNumber(text)).toBeCloseTo(want, 9);
  });
  it.each(['', 'abc', '1e308', 'NaN', 'Infinity', '1,00', '12.000.1', '<script>', '💰', '1..2', '万分之', '--1'])('%s is not a number', (text) => {
    expect(readNumber(text)).toBeNull();
  });
  it('converts full-width punctuation', () => {
    expect(toHalfWidth('１２．５％')).toBe('12.5%');
  });
});

describe('parseField: a Chinese message for every bad value', () => {
  const amount = { ...RULES.amount, label: '借款金额' };
  it.each([
    ['', '请填写借款金额'],
    ['abc', '借款金额需要是数字'],
    ['-1', '借款金额不能是负数'],
    ['0', '借款金额必须大于 0'],
    ['99999999999999999999', '借款金额不能超过 1000000000元'],
    ['12.345', '借款金额最多保留 2 位小数'],
  ])('%s → %s', (text, message) => {
    const r = parseField(text, amount);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
  it('periods must be whole numbers from 1 to 360', () => {
    expect(parseField('12.5', RULES.periods)).toEqual({ ok: false, message: '期数需要是整数。' });
    expect(parseField('361', RULES.periods).ok).toBe(false);
    expect(parseField('３６０', RULES.periods)).toEqual({ ok: true, value: 360 });
  });
  it('accepts 1.2万 as 12,000 元', () => {
    expect(parseField('1.2万', amount)).toEqual({ ok: true, value: 12000 });
  });
});
