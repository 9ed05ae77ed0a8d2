import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES, type NumberRules } from '~/lib/parse/number';
import { FIELD_UNITS, parseWithUnit, RULE_UNITS, type FieldUnit } from '~/lib/parse/units';

const RULES_OF: Record<FieldUnit, NumberRules> = {
  yuan: RULES.amount,
  'percent-annual': RULES.annualPercent,
  'percent-period': RULES.feePercent,
  'percent-monthly': { label: '月利率', min: 0, max: 10, unit: '%', example: '0.6' },
  'percent-daily': RULES.dailyPercent,
  months: RULES.months,
  days: RULES.days,
  periods: RULES.periods,
};

describe('the audit cases (issue 16): converted, with words, or refused; never read in another unit', () => {
  it.each<[string, FieldUnit, number | null, string]>([
    // 0.6% a month × 12 = 7.2% a year (the audit's loan-schedule link read it as 0.6% a year).
    ['月息0.6%', 'percent-annual', 7.2, '按年利率 7.2%（月息 0.6% × 12）计算'],
    // 万分之五 = 0.05% a day; × 365 (the site's day count) = 18.25% a year.
    ['日息万分之五', 'percent-annual', 18.25, '按年利率 18.25%（日息万分之五，即日息 0.05% × 365）计算'],
    // 1% a month × 12 ÷ 365 = 0.032876712…% a day; never 1.
    ['月利率1%', 'percent-daily', 0.0328767123288, '按日利率约 0.0329%（月利率 1% × 12 ÷ 365）计算'],
    ['2个月', 'days', null, '请按实际天数填写'],
    ['360天', 'months', null, '不是天数'],
    ['3年', 'months', 36, '按 36 个月（3 年 × 12）计算'],
    ['30年', 'months', 360, '按 360 个月（30 年 × 12）计算'],
    ['1万2', 'yuan', 12000, '按 12,000 元计算'],
    ['一万二', 'yuan', 12000, '按 12,000 元计算'],
    ['1.2萬', 'yuan', 12000, '按 12,000 元计算'],
    ['人民币12000元', 'yuan', 12000, '按 12,000 元计算'],
    ['12000元整', 'yuan', 12000, '按 12,000 元计算'],
    ['万五', 'percent-daily', 0.05, '按日利率 0.05%（万五）计算'],
    ['万分之零点五', 'percent-daily', 0.005, '按日利率 0.005%（万分之零点五）计算'],
    ['日息5厘', 'percent-daily', 0.05, '按日利率 0.05%（日息5厘）计算'],
    ['月息5厘', 'percent-monthly', 0.5, '按月利率 0.5%（月息5厘）计算'],
    ['年息5厘', 'percent-annual', 5, '按年利率 5%（年息5厘）计算'],
    ['5厘', 'percent-annual', null, '年息5厘是 5%，月息5厘是 0.5%，日息5厘是 0.05%'],
    ['6‰', 'percent-period', 0.6, '按每期费率 0.6% 计算'],
    ['每期0.6%', 'percent-period', 0.6, '按每期费率 0.6% 计算'],
    // A fee on the original principal is not an interest rate on the balance: never × 12.
    ['每期0.6%', 'percent-annual', null, '请把它填在“每期费率”一栏'],
    ['月息0.6%', 'percent-period', null, '两者不能互换'],
    ['万五', 'percent-annual', null, '请写成“日息万分之五”'],
    ['12000.005', 'yuan', null, '金额最多保留 2 位小数。'],
    ['12.005', 'yuan', null, '金额最多保留 2 位小数。'],
  ])('%s in a %s field', (typed, unit, value, words) => {
    const r = parseWithUnit(typed, unit, RULES_OF[unit]);
    if (value === null) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(words);
    } else {
      expect(r.ok && r.value).toBeCloseTo(value, 10);
      expect(r.ok && r.description).toBe(words);
    }
  });

  it('the 360-day year is an option, and the words say so', () => {
    const r = parseWithUnit('日息万分之五', 'percent-annual', RULES.annualPercent, { daysPerYear: 360 });
    expect(r).toEqual({ ok: true, value: 18, description: '按年利率 18%（日息万分之五，即日息 0.05% × 360）计算', converted: true });
  });

  it('a refusal names where the value belongs', () => {
    expect(parseWithUnit('360天', 'months', RULES.months)).toMatchObject({ ok: false, belongsIn: 'days' });
    expect(parseWithUnit('每期0.6%', 'percent-annual', RULES.annualPercent)).toMatchObject({ ok: false, belongsIn: 'percent-period' });
  });

  it('limits apply after the conversion: 31年 is 372 months, over 360', () => {
    expect(parseWithUnit('31年', 'months', RULES.months)).toEqual({ ok: false, message: '期限不能超过 360个月。' });
    expect(parseWithUnit('2.5个月', 'months', RULES.months)).toEqual({ ok: false, message: '期限需要是整数。' });
  });

  it('every shared rule set names its unit', () => {
    for (const [key, unit] of Object.entries(RULE_UNITS)) {
      expect(FIELD_UNITS).toContain(unit);
      expect(RULES).toHaveProperty(key);
    }
  });
});

// ---- Property tests: the documented conversion table, written out independently of the code ----

type Basis = 'annual' | 'monthly' | 'daily' | 'period';
const FIELD_BASIS: Partial<Record<FieldUnit, Basis>> = { 'percent-annual': 'annual', 'percent-monthly': 'monthly', 'percent-daily': 'daily', 'percent-period': 'period' };
/** How many make a year: README.md, "Rates". */
const PER_YEAR = { annual: 1, monthly: 12, daily: 365 } as const;
const RATE_WORDS: [string, Basis][] = [
  ['年化', 'annual'], ['年化利率', 'annual'], ['年利率', 'annual'], ['年息', 'annual'],
  ['月息', 'monthly'], ['月利率', 'monthly'], ['日息', 'daily'], ['日利率', 'daily'], ['每期', 'period'],
];
/** 1 厘 in percent on each basis: 年息1厘 = 1%, 月息1厘 = 0.1%, 日息1厘 = 0.01%. */
const LI = { annual: 1, monthly: 0.1, daily: 0.01, period: 0.1 } as const;

/** A rate of `basis` in a field: the documented value, or null for a refusal. */
function rateExpected(field: FieldUnit, basis: Basis, percent: number): number | null {
  const fb = FIELD_BASIS[field];
  if (!fb) return null;
  if (fb === basis) return percent;
  if (fb === 'period' || basis === 'period') return null;
  return (percent * PER_YEAR[basis]) / PER_YEAR[fb];
}

const WIDE = { label: '数值', min: 0, max: 1e12 } satisfies NumberRules;
const field = fc.constantFrom(...FIELD_UNITS);
const hundredths = fc.integer({ min: 1, max: 99_999 }).map((n) => n / 100);

function agrees(typed: string, unit: FieldUnit, expected: number | null): void {
  const r = parseWithUnit(typed, unit, WIDE);
  if (expected === null) {
    expect(r.ok, `${typed} in ${unit} should be refused`).toBe(false);
    return;
  }
  expect(r.ok, `${typed} in ${unit}`).toBe(true);
  if (!r.ok) return;
  expect(Math.abs(r.value - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
  // Typing the converted value in the field's own unit gives the same result.
  const own = parseWithUnit(String(r.value), unit, WIDE);
  expect(own.ok && own.value).toBe(r.value);
}

describe('property: a value with its unit word reads as the documented conversion, or is refused', () => {
  it('rates with a basis word (%)', () => {
    fc.assert(fc.property(field, fc.constantFrom(...RATE_WORDS), hundredths, (unit, [word, basis], v) => {
      agrees(`${word}${v}%`, unit, rateExpected(unit, basis, v));
    }));
  });
  it('rates with the basis after the number (7.2%/年, 0.05%每天)', () => {
    const suffixes: [string, Basis][] = [['/年', 'annual'], ['/月', 'monthly'], ['/天', 'daily'], ['每天', 'daily'], ['每期', 'period']];
    fc.assert(fc.property(field, fc.constantFrom(...suffixes), hundredths, (unit, [suffix, basis], v) => {
      agrees(`${v}%${suffix}`, unit, rateExpected(unit, basis, v));
    }));
  });
  it('厘 with a basis word; 厘 without one is always refused', () => {
    fc.assert(fc.property(field, fc.constantFrom(...RATE_WORDS), fc.integer({ min: 1, max: 99 }), (unit, [word, basis], k) => {
      agrees(`${word}${k}厘`, unit, rateExpected(unit, basis, k * LI[basis]));
      agrees(`${k}厘`, unit, null);
    }));
  });
  it('‰ and 千分之 are a tenth of a percent on the field’s basis; 万分之 only in a daily field', () => {
    fc.assert(fc.property(field, hundredths, (unit, v) => {
      const fb = FIELD_BASIS[unit];
      agrees(`${v}‰`, unit, fb ? v / 10 : null);
      agrees(`千分之${v}`, unit, fb ? v / 10 : null);
      agrees(`万分之${v}`, unit, fb === 'daily' ? v / 100 : null);
      agrees(`日息万分之${v}`, unit, rateExpected(unit, 'daily', v / 100));
    }));
  });
  it('terms: 年 is 12 months or periods; 期 and 个月 are one count; days never become months', () => {
    const words: [string, 'days' | 'months' | 'years' | 'periods'][] = [['天', 'days'], ['日', 'days'], ['个月', 'months'], ['月', 'months'], ['年', 'years'], ['期', 'periods']];
    fc.assert(fc.property(field, fc.constantFrom(...words), fc.integer({ min: 1, max: 500 }), (unit, [word, kind], n) => {
      let expected: number | null = null;
      if (unit === 'days') expected = kind === 'days' ? n : null;
      if (unit === 'months' || unit === 'periods') expected = kind === 'years' ? 12 * n : kind === 'days' ? null : n;
      agrees(`${n}${word}`, unit, expected);
    }));
  });
  it('money words only in a money field', () => {
    fc.assert(fc.property(field, fc.constantFrom('{}元', '人民币{}元', '¥{}', '{}元整', '{}块'), hundredths, (unit, form, v) => {
      agrees(form.replace('{}', String(v)), unit, unit === 'yuan' ? v : null);
    }));
  });
  it('a bare number is the field’s own unit', () => {
    fc.assert(fc.property(field, hundredths, (unit, v) => agrees(String(v), unit, v)));
  });
});

describe('property: the parser never throws and never returns a number out of its rules', () => {
  const ALPHABET = [...'0123456789.,-+%‰ 年月日天期个元整万千百十亿分厘之零一二两三五九点息利率化每¥人民币萬/（）', '１', '％', '\u3000', 'e', 'x'];
  const typed = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.array(fc.constantFrom(...ALPHABET), { maxLength: 14 }).map((a) => a.join('')));
  it('for any text in any field', () => {
    fc.assert(fc.property(typed, field, (text, unit) => {
      const rules = RULES_OF[unit];
      const r = parseWithUnit(text, unit, rules);
      if (r.ok) {
        expect(Number.isFinite(r.value)).toBe(true);
        expect(r.value).toBeGreaterThanOrEqual(rules.min);
        expect(r.value).toBeLessThanOrEqual(rules.max);
        expect(r.description).toMatch(/^按.+计算$/);
      } else {
        expect(r.message.length).toBeGreaterThan(0);
      }
    }), { numRuns: 3000 });
  });
});
