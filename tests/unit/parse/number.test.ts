import { describe, expect, it } from 'vitest';
import { parseField, readDecimal, readNumber, RULES, toHalfWidth } from '~/lib/parse/number';

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

describe('readDecimal: Chinese numerals and mixed forms', () => {
  it.each<[string, number, number]>([
    // value, and decimals as typed (after 万/千 shift the places)
    ['一万二', 12000, 0], ['1万2', 12000, 0], ['两千五', 2500, 0], ['1.2萬', 12000, 0], ['1.2万', 12000, 0],
    ['一万二千五百', 12500, 0], ['1万2000', 12000, 0], ['一千零五', 1005, 0], ['一千零五十', 1050, 0], ['三百五', 350, 0],
    ['十五', 15, 0], ['二十', 20, 0], ['十', 10, 0], ['零点五', 0.5, 1], ['三点一四', 3.14, 2], ['一点二万', 12000, 0],
    ['壹万贰仟', 12000, 0], ['12k', 12000, 0], ['3w', 30000, 0], ['1千万', 1e7, 0], ['2亿', 2e8, 0], ['1.23456万', 12345.6, 1],
    ['12000.005', 12000.005, 3], ['12.50', 12.5, 1], ['１２,０００', 12000, 0],
  ])('%s → %s (%s decimals)', (text, value, decimals) => {
    expect(readDecimal(text)).toEqual({ value, decimals });
  });
  it.each(['万', '万五', '1万25', '1万2.5', '1.2万3', '一万万x', '点', '..', '12,00', '千千'])('%s is not a plain number', (text) => {
    expect(readDecimal(text)).toBeNull();
  });
  it.each<[string, number]>([['人民币12000元', 12000], ['12000元整', 12000], ['6‰', 0.6], ['万分之零点五', 0.005], ['1万2', 12000], ['一万二', 12000]])(
    'readNumber(%s) === %s',
    (text, want) => expect(readNumber(text)).toBeCloseTo(want, 10),
  );
  it('more than two decimals is refused the same way for any size of amount', () => {
    const amount = { ...RULES.amount, label: '借款金额' };
    for (const text of ['12000.005', '12.005', '1.2345678万元']) {
      expect(parseField(text, amount)).toEqual({ ok: false, message: '借款金额最多保留 2 位小数。' });
    }
    expect(parseField('12000.50', amount)).toEqual({ ok: true, value: 12000.5 });
  });
});
