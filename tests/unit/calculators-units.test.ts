// Issue 16's audit cases: a value typed with a unit the field does not hold is converted as
// parse/README.md documents, or refused on the field; never read in the field's own unit.
import { describe, expect, it } from 'vitest';
import { calculatorDef } from '~/lib/calculators/registry';
import { inputsFromQuery } from '~/lib/calculators/types';
import { conversions } from '~/lib/calculators/fields';

const run = (id: string, query: string) => {
  const def = calculatorDef(id);
  const inputs = inputsFromQuery(def, `?${query}`).inputs;
  return { ...def.evaluate(inputs), said: conversions(inputs, def.fields) };
};

describe('rates typed on another basis are converted', () => {
  it('loan-schedule rate=月息0.6%: 7.2% a year, first payment 8,661.90 (not 8,360.44)', () => {
    // 100000 × 0.006 / (1 − 1.006^−12) = 8661.897…
    const r = run('loan-schedule', 'amount=100000&months=12&rate=月息0.6%');
    expect(r.values?.['first-payment']).toBe(8661.9);
    expect(r.said).toEqual(['按年利率 7.2%（月息 0.6% × 12）计算']);
  });

  it('loan-schedule rate=日息万分之五: 18.25% a year (0.05% × 365), first payment 9,179.90', () => {
    // monthly 0.1825 / 12; 100000 × r / (1 − (1 + r)^−12) = 9179.901…
    const r = run('loan-schedule', 'amount=100000&months=12&rate=日息万分之五');
    expect(r.values?.['first-payment']).toBe(9179.9);
    expect(r.said[0]).toContain('18.25%');
  });

  it('overdue-cost daily=月利率1%: 12% a year is 0.0329% a day, penalty 98.63 on 5,000 for 60 days (not 3,000)', () => {
    // 5000 × 0.12 / 365 × 60 = 98.630…
    const r = run('overdue-cost', 'amount=5000&days=60&daily=月利率1%');
    expect(r.values?.['penalty']).toBe(98.63);
  });

  it('loan-schedule rate=6‰ on the annual field is 0.6% a year: first payment 2,803.55 over 36 months', () => {
    // r = 0.006 / 12; 100000 × r / (1 − (1 + r)^−36) = 2803.547…
    expect(run('loan-schedule', 'amount=100000&months=36&rate=6‰').values?.['first-payment']).toBe(2803.55);
  });

  it('installment-apr fee=每期0.6% and amount=1万2 read as 0.6% a period on 12,000: APR 13.03%', () => {
    const r = run('installment-apr', 'amount=1万2&periods=12&fee=每期0.6%');
    expect(r.values?.['total-fee']).toBe(864); // 12000 × 0.6% × 12
    expect(r.said).toContain('按 12,000 元计算');
  });
});

describe('terms in the wrong unit are refused on the field', () => {
  it('overdue-cost days=2个月 is refused with about 60 days, not read as 2 days', () => {
    const r = run('overdue-cost', 'days=2个月');
    expect(r.values).toBeNull();
    expect(r.errors['days']).toContain('60');
  });
  it('loan-schedule months=360天 is refused, not read as 360 months', () => {
    const r = run('loan-schedule', 'months=360天');
    expect(r.values).toBeNull();
    expect(r.errors['months']).toContain('12');
  });
  it('amount=12000.005 and 12.005 are refused alike', () => {
    expect(run('loan-schedule', 'amount=12000.005').errors['amount']).toBe(run('loan-schedule', 'amount=12.005').errors['amount']);
  });
  it('a per-period fee typed into an annual-rate field is refused (never × 12)', () => {
    expect(run('loan-schedule', 'rate=每期0.6%').errors['rate']).toBeTruthy();
  });
});

describe('plain numbers are not said back', () => {
  it('the defaults give no conversion line', () => {
    for (const id of ['loan-schedule', 'overdue-cost', 'installment-apr', 'acceleration', 'early-repayment', 'minimum-payment', 'affordability']) {
      const def = calculatorDef(id);
      expect(conversions(def.defaults, def.fields), id).toEqual([]);
    }
  });
});

describe('a parameter left out of a link takes the documented default', () => {
  it('early-repayment plan link without fee uses 0.6% a period (the docs’ 分期 0.6), not the loan’s 1%', () => {
    // 12000 分12期 at 0.6%: 72 元 a period; after 4 periods the 8 left carry 576 元 of fees.
    const r = run('early-repayment', 'fee-plan=1&amount=12000&paid=4&remaining-fees=none');
    expect(r.errors).toEqual({});
    expect(r.values?.['net-saving']).toBe(576);
  });
  it('early-repayment loan link without fee uses 1%, as its docs row says', () => {
    // The docs' worked example: 686.41 元 is 1% of the 68,640.65 owed after 12 periods.
    const r = run('early-repayment', 'amount=100000&rate=6&months=36&paid=12');
    expect(r.values?.['fee-cost']).toBe(686.41);
  });
  it('every parameter row in the docs says what a link without it gets', async () => {
    const { docsTables } = await import('~/lib/calculators/define');
    for (const id of ['loan-schedule', 'overdue-cost', 'installment-apr', 'acceleration', 'early-repayment', 'minimum-payment', 'affordability', 'compare']) {
      for (const p of docsTables(calculatorDef(id)).params) expect(p.default, `${id} ${p.name}`).not.toBe('');
    }
  });
});

// Property over every calculator field that holds a unit: a value typed with the field's own unit
// word reads as the bare number; a value typed on another basis gives exactly what its documented
// conversion gives (月 × 12, 日 × 365, 年 × 12 months), or an error on that same field.
import fc from 'fast-check';
import { CALCULATORS } from '~/lib/calculators/registry';
import type { FieldUnit } from '~/lib/parse/units';

const OWN_WORD: Record<FieldUnit, (v: string) => string> = {
  yuan: (v) => `${v}元`,
  'percent-annual': (v) => `年化${v}%`,
  'percent-period': (v) => `每期${v}%`,
  'percent-monthly': (v) => `月息${v}%`,
  'percent-daily': (v) => `日息${v}%`,
  months: (v) => `${v}个月`,
  days: (v) => `${v}天`,
  periods: (v) => `${v}期`,
};
/** Other words, with the value they stand for in the field's unit (independent of the parser), or null when that field must refuse them. */
const OTHER: Partial<Record<FieldUnit, readonly [(v: number) => string, (v: number) => number | null][]>> = {
  'percent-annual': [[(v) => `月息${v}%`, (v) => v * 12], [(v) => `日息${v}%`, (v) => v * 365], [(v) => `每期${v}%`, () => null]],
  'percent-daily': [[(v) => `年化${v}%`, (v) => v / 365], [(v) => `每期${v}%`, () => null]],
  'percent-period': [[(v) => `年化${v}%`, () => null], [(v) => `日息${v}%`, () => null]],
  months: [[(v) => `${v}年`, (v) => v * 12], [(v) => `${v}天`, () => null]],
  periods: [[(v) => `${v}年`, (v) => v * 12]],
  days: [[(v) => `${v}个月`, () => null]],
};

/** Inputs under which the calculator reads the field (a loan field needs kind=loan…): the defaults, or the defaults with one choice changed. */
function baseReading(def: (typeof CALCULATORS)[string], name: string): Record<string, string> | null {
  // Empty defaults filled with the docs' examples (a loan needs its rate…); the field's rivals in an exclusive group cleared.
  const examples = Object.fromEntries(Object.entries(def.fields).map(([n, f]) => [n, def.defaults[n] || f.example]));
  const rivals = Object.fromEntries((def.exclusive ?? []).filter((g) => g.includes(name)).flat().filter((n) => n !== name).map((n) => [n, '']));
  const starts = [def.defaults, { ...def.defaults, ...rivals }, { ...examples, ...rivals }];
  const bases = starts.flatMap((b) => [b, ...Object.entries(def.fields).flatMap(([c, f]) => Object.keys(f.choices ?? {}).map((v) => ({ ...b, [c]: v })))]);
  return bases.find((b) => def.evaluate({ ...b, [name]: 'abc' }).errors[name]) ?? null;
}

const unitFields = Object.values(CALCULATORS).flatMap((def) =>
  Object.entries(def.fields).flatMap(([name, f]) => {
    const base = f.rule?.fieldUnit ? baseReading(def, name) : null;
    return f.rule?.fieldUnit && base ? [{ def, base, name, unit: f.rule.fieldUnit, integer: !!f.rule.integer }] : [];
  }),
);

describe('property: every unit field reads its own words, converts others as documented, or refuses them on the field', () => {
  it('covers the fields that hold a unit in every calculator', () => {
    expect(new Set(unitFields.map((f) => f.def.id)).size).toBeGreaterThanOrEqual(7);
    // Every unit field is read under some choice of mode: none escapes the property.
    const all = Object.values(CALCULATORS).flatMap((d) => Object.values(d.fields).filter((f) => f.rule?.fieldUnit));
    expect(unitFields.length).toBe(all.length);
    expect(new Set(unitFields.map((f) => f.unit))).toEqual(new Set(['yuan', 'percent-annual', 'percent-period', 'percent-daily', 'months', 'days', 'periods']));
  });

  const evalWith = (f: (typeof unitFields)[number], text: string) => f.def.evaluate({ ...f.base, [f.name]: text });
  const same = (a: ReturnType<typeof evalWith>, b: ReturnType<typeof evalWith>) => {
    expect(a.errors).toEqual(b.errors);
    expect(a.values).toEqual(b.values);
  };

  it('the field’s own unit word is the bare number', () => {
    for (const f of unitFields) {
      fc.assert(fc.property(fc.integer({ min: 1, max: f.integer ? 60 : 3000 }), (k) => {
        const v = f.integer ? String(k) : String(k / 100);
        same(evalWith(f, OWN_WORD[f.unit](v)), evalWith(f, v));
      }), { numRuns: 15 });
    }
  });

  it('another basis converts exactly as documented, or errs on the same field', () => {
    for (const f of unitFields) {
      for (const [word, convert] of OTHER[f.unit] ?? []) {
        fc.assert(fc.property(fc.integer({ min: 1, max: f.integer ? 30 : 200 }), (k) => {
          const v = f.integer ? k : k / 100;
          const typed = evalWith(f, word(v));
          const want = convert(v);
          if (want === null) {
            expect(typed.errors[f.name], `${f.def.id}.${f.name}=${word(v)}`).toBeTruthy();
            return;
          }
          const plain = evalWith(f, String(Number(want.toFixed(10))));
          // Out of the field's range after converting: the same refusal either way.
          same(typed, plain);
        }), { numRuns: 10 });
      }
    }
  });
});
